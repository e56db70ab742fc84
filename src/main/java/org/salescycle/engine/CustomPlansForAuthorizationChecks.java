package org.salescycle.engine;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.postgresql.PGStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, sends the engine's selects that join {@code ACT_RU_AUTHORIZATION} with another
 * engine table as unnamed statements, so the server plans each run with its parameter values,
 * because a generic plan cannot use the statistics on the permission bits and compares every open
 * task with every authorization;
 * {@code sales-cycle.engine.custom-plans-for-authorization-checks=false} leaves every statement to
 * the driver's plan cache.
 *
 * <p>From a statement's fifth run on a connection the driver prepares it on the server, which may
 * then reuse a plan made without the values (see {@code docs/benchmarks.md}, "The rep's task list
 * on PostgreSQL"). Planning every statement anew ({@code plan_cache_mode=force_custom_plan}) would
 * slow down the inserts of a new lead too. Selects that read the authorizations alone, and task
 * queries for one task, execution or process instance, keep the plan cache: the engine's indexes
 * find their few rows whatever the values.
 */
@Component
@ConditionalOnProperty(name = "sales-cycle.engine.custom-plans-for-authorization-checks",
    matchIfMissing = true)
class CustomPlansForAuthorizationChecks extends AbstractProcessEnginePlugin {

  private static final Logger LOG =
      LoggerFactory.getLogger(CustomPlansForAuthorizationChecks.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if ("postgres".equals(configuration.getDatabaseType())) {
      configuration.getSqlSessionFactory().getConfiguration()
          .addInterceptor(new UnnamedWhenCheckingAuthorizations());
      LOG.info("Engine queries filtered by authorizations are planned with their parameters");
    }
  }

  @Intercepts(@Signature(type = StatementHandler.class, method = "prepare",
      args = {Connection.class, Integer.class}))
  static final class UnnamedWhenCheckingAuthorizations implements Interceptor {

    /** The engine's authorization table (its mappings spell table names in capitals). */
    private static final String AUTHORIZATIONS = "ACT_RU_AUTHORIZATION";
    private static final String SELECT = "select";
    /** How the engine's table names begin; its column names never continue these with a letter. */
    private static final List<String> TABLE_NAME_STARTS =
        List.of("ACT_RU_", "ACT_RE_", "ACT_HI_", "ACT_ID_", "ACT_GE_");

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      Statement statement = (Statement) invocation.proceed();
      BoundSql bound = ((StatementHandler) invocation.getTarget()).getBoundSql();
      String sql = bound.getSql();
      if (isQuery(sql) && filtersByAuthorizations(sql)
          && !findsTasksByTheirIds(bound.getParameterObject())
          && statement.isWrapperFor(PGStatement.class)) {
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
      }
      return statement;
    }

    /** Whether the query reads the authorizations together with another engine table. */
    static boolean filtersByAuthorizations(String sql) {
      if (!sql.contains(AUTHORIZATIONS)) {
        return false;
      }
      for (int at = sql.indexOf("ACT_"); at >= 0; at = sql.indexOf("ACT_", at + 1)) {
        if (!sql.startsWith(AUTHORIZATIONS, at) && namesATable(sql, at)) {
          return true;
        }
      }
      return false;
    }

    private static boolean namesATable(String sql, int at) {
      int after = at + "ACT_RU_".length();
      return after < sql.length() && Character.isLetter(sql.charAt(after))
          && TABLE_NAME_STARTS.stream().anyMatch(start -> sql.startsWith(start, at));
    }

    /**
     * A task query for one task, execution or process instance (Tasklist opening a task, a client
     * waiting for an instance's next task) finds its few rows by the engine's indexes on those
     * ids, so the server's generic plan serves it as well. Or-queries may widen it, so only a
     * query without them counts.
     */
    static boolean findsTasksByTheirIds(Object parameter) {
      return parameter instanceof TaskQueryImpl query && query.getQueries().size() == 1
          && (query.getTaskId() != null || query.getExecutionId() != null
              || query.getProcessInstanceId() != null);
    }

    /** Runs for every statement the engine prepares, so it reads the text without copying it. */
    private static boolean isQuery(String sql) {
      int start = 0;
      while (start < sql.length() && Character.isWhitespace(sql.charAt(start))) {
        start++;
      }
      return sql.regionMatches(true, start, SELECT, 0, SELECT.length());
    }
  }
}
