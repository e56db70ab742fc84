package org.salescycle.numbering;

import org.salescycle.IntegrationTest;
import org.salescycle.postgres.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same numbering on PostgreSQL, where concurrent transactions wait for the year's counter row
 * and a concurrent first number of a year is a unique-key violation undone to a savepoint.
 */
@IntegrationTest
class DocumentNumbersOnPostgresTest extends DocumentNumbersTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry);
  }
}
