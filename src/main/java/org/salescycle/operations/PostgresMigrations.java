package org.salescycle.operations;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the domain migrations also include {@value #LOCATION}: what only PostgreSQL can
 * run (the lead search's trigram indexes). Spring Boot's {@code {vendor}} placeholder in
 * {@code spring.flyway.locations} would do the same, but Flyway warns at every start on a database
 * without such a folder.
 */
@Component
class PostgresMigrations implements FlywayConfigurationCustomizer {

  private static final String LOCATION = "classpath:db/migration-postgresql";

  @Override
  public void customize(FluentConfiguration configuration) {
    if (onPostgres(configuration.getDataSource())) {
      List<Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
      locations.add(new Location(LOCATION));
      configuration.locations(locations.toArray(Location[]::new));
    }
  }

  private static boolean onPostgres(DataSource dataSource) {
    try {
      String url = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL);
      return DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.POSTGRESQL;
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Could not tell which database Flyway migrates", e);
    }
  }
}
