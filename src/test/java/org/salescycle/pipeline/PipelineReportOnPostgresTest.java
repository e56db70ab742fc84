package org.salescycle.pipeline;

import org.salescycle.IntegrationTest;
import org.salescycle.postgres.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same report and figures with PostgreSQL counting them: the report's SQL (ordered-set
 * percentiles, the stalled cutoffs, the period's counts) must give the same answers as on H2.
 */
@IntegrationTest
class PipelineReportOnPostgresTest extends PipelineReportTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry);
  }
}
