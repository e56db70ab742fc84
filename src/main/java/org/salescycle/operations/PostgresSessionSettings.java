package org.salescycle.operations;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Starts every PostgreSQL connection of the pool with the session settings in
 * {@code sales-cycle.database.postgres-options} (the driver's {@code options} property), unless
 * the pool's own data source properties already name some.
 *
 * <p>The defaults are for the engine's task queries. A rep's query joins each open task with the
 * authorizations on {@code RESOURCE_ID_ IN (task id, definition key, '*')}, and the engine keeps
 * about one authorization per open task. With the server's defaults PostgreSQL compared every
 * task with every authorization (see {@code docs/benchmarks.md}, "The rep's task list on
 * PostgreSQL"); these settings, with the custom plans of {@code
 * engine.CustomPlansForAuthorizationChecks}, let it look each task's authorizations up by index:
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
  private static final String DRIVER_PROPERTY = "options";

  private final String options;

  PostgresSessionSettings(@Value("${sales-cycle.database.postgres-options:}") String options) {
    this.options = options;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && isPostgres(pool) && !options.isBlank()) {
      if (pool.getDataSourceProperties().containsKey(DRIVER_PROPERTY)) {
        LOG.info("PostgreSQL session options left as configured for the pool: {}",
            pool.getDataSourceProperties().get(DRIVER_PROPERTY));
      } else {
        pool.addDataSourceProperty(DRIVER_PROPERTY, options);
        LOG.info("PostgreSQL sessions start with: {}", options);
      }
    }
    return bean;
  }

  private static boolean isPostgres(HikariDataSource pool) {
    return pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:");
  }
}
