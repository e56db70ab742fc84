package org.salescycle.operations;

import org.salescycle.postgres.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The recursive group lookup on PostgreSQL, which runs it through the driver's plan cache. */
class AuthorizedGroupsByIndexOnPostgresTest extends AuthorizedGroupsByIndexTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry);
  }
}
