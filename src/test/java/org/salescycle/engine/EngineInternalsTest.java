package org.salescycle.engine;

import camundajar.impl.scala.util.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelLogger;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSession;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.FeelEngineClock;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.EvaluationFailureCollector;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.Exp;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.valuemapper.ValueMapper;
import org.junit.jupiter.api.Test;
import org.postgresql.PGProperty;
import org.postgresql.PGStatement;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One guard per patch of this package: the engine internals it overrides, calls or rewrites are
 * still what it was written against. Run these first after an upgrade of Camunda (or feel-scala,
 * MyBatis, the PostgreSQL driver): each failure names the patch and what to revisit. Plain
 * reflection and the engine's own resources, no engine started.
 */
class EngineInternalsTest {

  private static final String MAPPINGS = "org/camunda/bpm/engine/impl/mapping/entity/";
  private static final String CREATE = "org/camunda/bpm/engine/db/create/activiti.%s.create.%s.sql";
  private static final String CHECKED_FEEL_VERSION = "1.19.3";

  @Test
  void preparedFeelEngine() {
    EngineInternals.of("PreparedFeelEngine (sales-cycle.engine.prepared-feel)",
            "its overrides of ScalaFeelEngine and its calls into feel-scala's parser and "
                + "interpreter; whether feel-scala still builds its built-in functions and parses "
                + "on every evaluation (DecisionEvaluationBenchmark)")
        .version("feel-scala", feelVersion(), CHECKED_FEEL_VERSION)
        .constructor(ScalaFeelEngine.class, List.class)
        .overridable(ScalaFeelEngine.class, "buildFeelEngine",
            CustomFunctionTransformer.class, ValueMapper.CompositeValueMapper.class)
        .callable(ScalaFeelEngine.class, FeelEngine.class, "buildFeelEngine",
            CustomFunctionTransformer.class, ValueMapper.CompositeValueMapper.class)
        .overridable(ScalaFeelEngine.class, "evaluateSimpleExpression",
            String.class, VariableContext.class)
        .overridable(ScalaFeelEngine.class, "evaluateSimpleUnaryTests",
            String.class, String.class, VariableContext.class)
        .field(ScalaFeelEngine.class, "feelEngine", FeelEngine.class)
        .field(ScalaFeelEngine.class, "INPUT_VARIABLE_NAME", String.class)
        .field(ScalaFeelEngine.class, "LOGGER", ScalaFeelLogger.class)
        .constructor(ContextVariableWrapper.class, VariableContext.class)
        .callable(FeelEngine.class, Either.class, "parseExpression", String.class)
        .callable(FeelEngine.class, Either.class, "parseUnaryTests", String.class)
        .callable(FeelEngine.class, FeelEngineClock.class, "defaultClock")
        .constructor(BuiltinFunctions.class, FeelEngineClock.class, ValueMapper.class)
        .constructor(FeelInterpreter.class, ValueMapper.class)
        .callable(FeelInterpreter.class, Val.class, "eval", Exp.class, EvalContext.class)
        .callable(EvalContext.class, EvalContext.class, "create",
            ValueMapper.class, FunctionProvider.class)
        .callable(EvalContext.class, EvalContext.class, "merge", Context.class)
        .callable(EvalContext.class, EvaluationFailureCollector.class, "failureCollector")
        .callable(ParsedExpression.class, Exp.class, "expression")
        .callable(ParsedExpression.class, String.class, "text")
        .callable(ProcessEngineConfigurationImpl.class, boolean.class,
            "isDmnFeelEnableLegacyBehavior")
        .callable(ProcessEngineConfigurationImpl.class, void.class, "setDmnEngineConfiguration",
            DefaultDmnEngineConfiguration.class)
        .callable(DefaultDmnEngineConfiguration.class, void.class, "setFeelEngineFactory",
            FeelEngineFactory.class)
        .callable(DefaultDmnEngineConfiguration.class, List.class,
            "getFeelCustomFunctionProviders")
        .verify();
  }

  @Test
  void fullHistoryWithoutVariableUpdates() {
    HistoryLevel full = HistoryLevel.HISTORY_LEVEL_FULL;
    List<HistoryEventType> leftOutOfFull = new ArrayList<>();
    for (HistoryEventTypes type : HistoryEventTypes.values()) {
      if (!full.isHistoryEventProduced(type, null)) {
        leftOutOfFull.add(type);
      }
    }
    EngineInternals.of("FullHistoryWithoutVariableUpdates and HistoryLevels "
                + "(camunda.bpm.history-level)",
            "the level's id and events against the engine's \"full\", and how custom levels are "
                + "registered")
        .that(full.getId() == 3 && "full".equals(full.getName()),
            "the engine's full level is now %d %s, the patch keeps id 3"
                .formatted(full.getId(), full.getName()))
        .that(leftOutOfFull.isEmpty(),
            "the engine's full level no longer records " + leftOutOfFull)
        .that(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL.getEventName().equals("update-detail")
                && HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL.getEntityType()
                    .equals("variable-instance"),
            "HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL is no longer the variable "
                + "update's detail")
        .callable(HistoryLevel.class, boolean.class, "isHistoryEventProduced",
            HistoryEventType.class, Object.class)
        .callable(HistoryLevel.class, int.class, "getId")
        .callable(HistoryLevel.class, String.class, "getName")
        .that(HistoryLevel.class.isAssignableFrom(AbstractHistoryLevel.class),
            "AbstractHistoryLevel is no HistoryLevel")
        .callable(ProcessEngineConfigurationImpl.class, List.class, "getCustomHistoryLevels")
        .callable(ProcessEngineConfigurationImpl.class, ProcessEngineConfigurationImpl.class,
            "setCustomHistoryLevels", List.class)
        .verify();
  }

  @Test
  void customPlansForAuthorizationChecks() {
    EngineInternals internals = EngineInternals.of(
            "CustomPlansForAuthorizationChecks "
                + "(sales-cycle.engine.custom-plans-for-authorization-checks)",
            "which selects join ACT_RU_AUTHORIZATION (filtersByAuthorizations), the engine's "
                + "table names, the MyBatis interceptor's signature and the driver's prepare "
                + "threshold")
        .resourceContains(MAPPINGS + "Authorization.xml",
            "<sql id=\"authCheckJoinWithoutOnClauseWithBinding\">",
            "FROM ${prefix}ACT_RU_AUTHORIZATION A")
        .resourceContains(MAPPINGS + "Task.xml",
            "AuthorizationEntity.authCheckJoinWithoutOnClause")
        .callable(StatementHandler.class, Statement.class, "prepare",
            Connection.class, Integer.class)
        .callable(StatementHandler.class, BoundSql.class, "getBoundSql")
        .callable(BoundSql.class, String.class, "getSql")
        .callable(BoundSql.class, Object.class, "getParameterObject")
        .callable(Configuration.class, void.class, "addInterceptor", Interceptor.class)
        .callable(ProcessEngineConfigurationImpl.class, SqlSessionFactory.class,
            "getSqlSessionFactory")
        .callable(PGStatement.class, void.class, "setPrepareThreshold", int.class)
        .that("5".equals(PGProperty.PREPARE_THRESHOLD.getDefaultValue()),
            "the PostgreSQL driver prepares on the server from run "
                + PGProperty.PREPARE_THRESHOLD.getDefaultValue() + ", not 5")
        .callable(TaskQueryImpl.class, List.class, "getQueries")
        .callable(TaskQueryImpl.class, String.class, "getTaskId")
        .callable(TaskQueryImpl.class, String.class, "getExecutionId")
        .callable(TaskQueryImpl.class, String.class, "getProcessInstanceId");
    for (String table : engineTables("postgres")) {
      internals.that(List.of("ACT_RU_", "ACT_RE_", "ACT_HI_", "ACT_ID_", "ACT_GE_").stream()
              .anyMatch(table::startsWith),
          "the engine's table " + table + " begins otherwise than the patch's table names");
    }
    internals.that(engineTables("postgres").contains("ACT_RU_AUTHORIZATION"),
            "the engine has no table ACT_RU_AUTHORIZATION")
        .verify();
  }

  @Test
  void authorizedGroupsByIndex() {
    AuthorizationManager withTwoGroups = new AuthorizationManager() {
      @Override
      protected Set<String> getAllGroups() {
        return Set.of("sales-reps", "sales-managers");
      }
    };
    EngineInternals.of("AuthorizedGroupsByIndex (sales-cycle.engine.authorized-groups-by-index)",
            "its override of AuthorizationManager.getAllGroups and the engine's query it replaces")
        .resourceContains(MAPPINGS + "Authorization.xml",
            "<select id=\"selectAuthorizedGroupIds\" resultType=\"string\">",
            "SELECT distinct(A.GROUP_ID_) FROM ${prefix}ACT_RU_AUTHORIZATION A")
        .resourceContains(CREATE.formatted("postgres", "engine"),
            "create index ACT_IDX_AUTH_GROUP_ID on ACT_RU_AUTHORIZATION(GROUP_ID_);")
        .overridable(AuthorizationManager.class, "getAllGroups")
        .callable(AuthorizationManager.class, Set.class, "getAllGroups")
        .field(AuthorizationManager.class, "availableAuthorizedGroupIds", Set.class)
        .that(withTwoGroups.filterAuthenticatedGroupIds(List.of("sales-reps", "auditors"))
                .equals(List.of("sales-reps")),
            "AuthorizationManager.filterAuthenticatedGroupIds no longer filters by getAllGroups()")
        .callable(AuthorizationManager.class, DbSqlSession.class, "getDbSqlSession")
        .callable(DbSqlSession.class, SqlSession.class, "getSqlSession")
        .callable(ProcessEngineConfigurationImpl.class, Map.class, "getSessionFactories")
        .callable(ProcessEngineConfigurationImpl.class, String.class, "getDatabaseTablePrefix")
        .callable(CommandContext.class, AuthorizationManager.class, "getAuthorizationManager")
        .verify();
  }

  @Test
  void engineIndexes() {
    EngineInternals internals = EngineInternals.of(
            "EngineIndexes (sales-cycle.engine.engine-indexes)",
            "the migrations in db/engine-migration: whether the engine's schema still has their "
                + "tables and columns, or now indexes them itself")
        .overridable(AbstractProcessEnginePlugin.class, "postProcessEngineBuild",
            ProcessEngine.class)
        .callable(ProcessEngineConfigurationImpl.class, String.class, "getDatabaseType");
    Pattern index = Pattern.compile("create index \\w+ on (\\w+) ?\\(([^;]*)\\)\\s*;",
        Pattern.CASE_INSENSITIVE);
    Pattern statistics = Pattern.compile("create statistics \\w+ on (.*) from (\\w+)\\s*;",
        Pattern.CASE_INSENSITIVE);
    internals.that(migrations().length > 0, "no migrations found in db/engine-migration");
    for (Resource migration : migrations()) {
      String folder = folderOf(migration);
      String sql = withoutComments(read(migration));
      List<String[]> tablesAndColumns = new ArrayList<>();
      Matcher indexes = index.matcher(sql);
      while (indexes.find()) {
        tablesAndColumns.add(new String[] {indexes.group(1), indexes.group(2)});
      }
      Matcher stats = statistics.matcher(sql);
      while (stats.find()) {
        tablesAndColumns.add(new String[] {stats.group(2), stats.group(1)});
      }
      internals.that(!tablesAndColumns.isEmpty(),
          migration.getFilename() + " adds no index or statistics this check understands");
      for (String database : "common".equals(folder) ? List.of("h2", "postgres")
          : List.of(folder)) {
        for (String[] tableAndColumns : tablesAndColumns) {
          checkAgainstSchema(internals, migration.getFilename(), database,
              tableAndColumns[0].toUpperCase(), tableAndColumns[1]);
        }
      }
    }
    internals.verify();
  }

  @Test
  void guardedLogins() {
    EngineInternals.of("GuardedLogins (sales-cycle.engine.guarded-logins)",
            "its overrides of DbIdentityServiceProvider and the engine's login lock settings")
        .callable(ProcessEngineConfigurationImpl.class, void.class,
            "setIdentityProviderSessionFactory", SessionFactory.class)
        .overridable(DbIdentityServiceProvider.class, "checkPassword", String.class, String.class)
        .overridable(DbIdentityServiceProvider.class, "unlockUser", String.class)
        .callable(DbIdentityServiceProvider.class, IdentityOperationResult.class, "unlockUser",
            String.class)
        .callable(DbIdentityServiceProvider.class, boolean.class, "isUserLocked",
            UserEntity.class)
        .callable(DbIdentityServiceProvider.class, UserEntity.class, "findUserById",
            String.class)
        .callable(ProcessEngineConfigurationImpl.class, void.class, "setLoginMaxAttempts",
            int.class)
        .callable(ProcessEngineConfigurationImpl.class, void.class, "setLoginDelayMaxTime",
            int.class)
        .verify();
  }

  @Test
  void refusalsAreNoErrors() {
    EngineInternals.of("RefusalsAreNoErrors (sales-cycle.engine.refusals-are-no-errors)",
            "its override of CommandContext.shouldLogFine and how the engine creates command "
                + "contexts")
        .constructor(CommandContext.class, ProcessEngineConfigurationImpl.class)
        .overridable(CommandContext.class, "shouldLogFine", Throwable.class)
        .callable(CommandContext.class, boolean.class, "shouldLogFine", Throwable.class)
        .overridable(CommandContextFactory.class, "createCommandContext")
        .field(CommandContextFactory.class, "processEngineConfiguration",
            ProcessEngineConfigurationImpl.class)
        .callable(CommandContextFactory.class, void.class, "setProcessEngineConfiguration",
            ProcessEngineConfigurationImpl.class)
        .callable(ProcessEngineConfigurationImpl.class, ProcessEngineConfigurationImpl.class,
            "setCommandContextFactory", CommandContextFactory.class)
        .verify();
  }

  @Test
  void nodeIdentity() {
    EngineInternals.of("NodeIdentity (sales-cycle.engine.node-identity)",
            "how the engine names its host in the job log and the job executor's lock owner")
        .callable(ProcessEngineConfigurationImpl.class, ProcessEngineConfigurationImpl.class,
            "setHostname", String.class)
        .callable(ProcessEngineConfigurationImpl.class, JobExecutor.class, "getJobExecutor")
        .callable(JobExecutor.class, void.class, "setLockOwner", String.class)
        .verify();
  }

  private static void checkAgainstSchema(EngineInternals internals, String migration,
      String database, String table, String columns) {
    String schema = engineResource(CREATE.formatted(database, "engine"));
    Set<String> tableColumns = columnsOf(schema, table);
    internals.that(!tableColumns.isEmpty(),
        "%s: the engine's %s schema has no table %s".formatted(migration, database, table));
    Matcher column = Pattern.compile("\\b[A-Z][A-Z0-9_]*_\\b").matcher(columns.toUpperCase());
    List<String> named = new ArrayList<>();
    while (column.find()) {
      named.add(column.group());
    }
    for (String name : named) {
      internals.that(tableColumns.contains(name), "%s: the engine's %s table %s has no column %s"
          .formatted(migration, database, table, name));
    }
    Matcher own = Pattern.compile("create index (\\w+) on " + table + " ?\\(\\s*(\\w+)",
        Pattern.CASE_INSENSITIVE).matcher(schema);
    while (own.find()) {
      internals.that(named.isEmpty() || !own.group(2).equalsIgnoreCase(named.get(0)),
          "%s: the engine's %s schema indexes %s(%s) itself (%s)"
              .formatted(migration, database, table, own.group(2), own.group(1)));
    }
  }

  /** The column names of one table in an engine create script. */
  private static Set<String> columnsOf(String schema, String table) {
    Matcher create = Pattern.compile("create table " + table + " \\((.*?)\\);",
        Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(schema);
    if (!create.find()) {
      return Set.of();
    }
    Matcher column = Pattern.compile("^\\s*([A-Z][A-Z0-9_]*_)\\s", Pattern.MULTILINE)
        .matcher(create.group(1));
    Set<String> columns = new HashSet<>();
    while (column.find()) {
      columns.add(column.group(1));
    }
    return columns;
  }

  private static List<String> engineTables(String database) {
    List<String> tables = new ArrayList<>();
    for (String part : List.of("engine", "history", "identity", "case.engine", "case.history",
        "decision.engine", "decision.history")) {
      String script = engineResource(CREATE.formatted(database, part));
      if (script == null) {
        continue;
      }
      Matcher create = Pattern.compile("create table (\\w+)", Pattern.CASE_INSENSITIVE)
          .matcher(script);
      while (create.find()) {
        tables.add(create.group(1).toUpperCase());
      }
    }
    return tables;
  }

  private static String engineResource(String path) {
    String content = EngineInternals.engineResource(path);
    return content == null ? "" : content;
  }

  private static Resource[] migrations() {
    try {
      return new PathMatchingResourcePatternResolver()
          .getResources("classpath*:db/engine-migration/*/*.sql");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String folderOf(Resource migration) {
    try {
      String[] parts = migration.getURL().getPath().split("/");
      return parts[parts.length - 2];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String withoutComments(String sql) {
    return sql.replaceAll("--[^\n]*", "");
  }

  private static String feelVersion() {
    Properties pom = new Properties();
    try (InputStream in = FeelEngine.class.getClassLoader()
        .getResourceAsStream("META-INF/maven/org.camunda.feel/feel-engine/pom.properties")) {
      if (in == null) {
        return "unknown (no pom.properties of org.camunda.feel:feel-engine)";
      }
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pom.getProperty("version");
  }
}
