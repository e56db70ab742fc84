package org.salescycle.operations;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Starts every PostgreSQL connection of the pool with the session settings in
 * {@code sales-cycle.database.postgres-options} (the driver's {@code options} property), and has
 * the driver send the engine's batched inserts as multi-row inserts
 * ({@code sales-cycle.database.postgres-rewrite-batched-inserts}, the driver's
 * {@code reWriteBatchedInserts}); either is left alone where the pool's own data source properties
 * already set it.
 *
 * <p>The engine flushes a transaction's inserts as JDBC batches, one per table: a timer job that
 * reassesses a lead writes 7 decision inputs, 5 variable history details and so on. Rewritten, a
 * batch of 7 rows takes 3 statements (4, 2 and 1 rows) instead of 7, and the server parses, plans
 * and runs fewer of them. The engine needs no row counts for inserts (it accepts the driver's
 * "success, count unknown" for them, and only for them); updates and deletes are not rewritten
 * and keep the counts its optimistic locking checks.
 *
 * <p>The defaults are for the engine's task queries. A rep's query joins each open task with the
 * authorizations on {@code RESOURCE_ID_ IN (task id, definition key, '*')}, and the engine keeps
 * about one authorization per open task. With the server's defaults PostgreSQL compared every
 * task with every authorization (see {@code docs/benchmarks.md}, "The rep's task list on
 * PostgreSQL"); these settings, with the custom plans of {@link
 * CustomPlansForAuthorizationChecks}, let it look each task's authorizations up by index:
 * <ul>
 *   <li>{@code random_page_cost=1.1}: index lookups priced as on SSDs or cached tables (the
 *       server's default, 4, assumes spinning disks);
 *   <li>{@code jit=off}: the engine's queries are short, and past the JIT threshold compiling
 *       them took longer than running them.
 * </ul>
 */
@Component
class PostgresSessionSettings implements BeanPostProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresSessionSettings.class);
  private static final String OPTIONS = "options";
  private static final String REWRITE_BATCHED_INSERTS = "reWriteBatchedInserts";

  private final String options;
  private final boolean rewriteBatchedInserts;

  PostgresSessionSettings(@Value("${sales-cycle.database.postgres-options:}") String options,
      @Value("${sales-cycle.database.postgres-rewrite-batched-inserts:true}")
      boolean rewriteBatchedInserts) {
    this.options = options;
    this.rewriteBatchedInserts = rewriteBatchedInserts;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && isPostgres(pool)) {
      if (!options.isBlank()) {
        setUnlessConfigured(pool, OPTIONS, options);
      }
      setUnlessConfigured(pool, REWRITE_BATCHED_INSERTS, String.valueOf(rewriteBatchedInserts));
    }
    return bean;
  }

  private static void setUnlessConfigured(HikariDataSource pool, String property, String value) {
    if (pool.getDataSourceProperties().containsKey(property)) {
      LOG.info("PostgreSQL driver property {} left as configured for the pool: {}", property,
          pool.getDataSourceProperties().get(property));
    } else {
      pool.addDataSourceProperty(property, value);
      LOG.info("PostgreSQL driver property {}: {}", property, value);
    }
  }

  private static boolean isPostgres(HikariDataSource pool) {
    return pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:");
  }
}
