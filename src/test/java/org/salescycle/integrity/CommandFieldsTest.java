package org.salescycle.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The guard reads what a user's command carries from the engine's own command classes. An engine
 * upgrade that renames one of those fields fails here, not in production.
 */
class CommandFieldsTest {

  @Test
  void everyCommandFieldTheGuardReadsExistsInThisEngine() {
    CommandFields.READ.forEach((command, fields) -> fields.forEach(
        field -> assertThat(CommandFields.field(command, field)).as(command + "." + field)
            .isNotNull()));
  }
}
