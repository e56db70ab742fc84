package org.salescycle.migration;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /operations/migrations/{processKey}}: moves running instances of older versions to
 * the latest one (administrators only, HTTP Basic) and answers with the report.
 */
@RestController
@RequestMapping("/operations/migrations")
class MigrationController {

  private final VersionMigration migration;

  MigrationController(VersionMigration migration) {
    this.migration = migration;
  }

  @PostMapping("/{processKey}")
  MigrationReport migrateToLatest(@PathVariable String processKey) {
    try {
      return migration.migrateToLatest(processKey);
    } catch (IllegalArgumentException unknownProcess) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, unknownProcess.getMessage());
    }
  }
}
