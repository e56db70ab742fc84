package org.salescycle.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The settings table in docs/operations.md against src/main/resources/application.yaml: every
 * {@code sales-cycle.*} key is in a row, with the same default where the row gives one per
 * setting, and every row names a setting the application has (a key of application.yaml, an
 * environment variable one of its values reads, a key the code reads, or one of Spring Boot's
 * own settings). Every {@code sales-cycle.*} key also has configuration metadata, so an IDE
 * completes and describes it.
 */
class ConfigurationTableTest {

  private static KnownSettings settings;

  @BeforeAll
  static void read() {
    settings = KnownSettings.read();
  }

  @Test
  void everySalesCycleKeyIsInTheTableWithItsDefault() {
    List<SettingsTable.Row> rows = SettingsTable.rows();
    List<String> wrong = new ArrayList<>();
    settings.keys().keySet().stream().filter(key -> key.startsWith("sales-cycle.")).forEach(key -> {
      String expected = settings.defaultOf(key);
      boolean found = false;
      for (SettingsTable.Row row : rows) {
        for (int i = 0; i < row.names().size(); i++) {
          String name = row.names().get(i);
          if (!settings.names(name, key)) {
            continue;
          }
          found = true;
          String documented = row.defaultOf(i);
          if (documented != null && !name.contains("<") && !name.contains("*")
              && !documented.equals(expected)) {
            wrong.add("docs/operations.md:%d: `%s` has the default `%s`, application.yaml `%s`"
                .formatted(row.line(), name, documented, expected));
          }
        }
      }
      if (!found) {
        wrong.add("docs/operations.md: no row for `%s` (default `%s`)".formatted(key, expected));
      }
    });
    assertThat(wrong).as("rows missing or with another default than application.yaml").isEmpty();
  }

  @Test
  void everyRowNamesARealSetting() {
    List<String> stale = new ArrayList<>();
    for (SettingsTable.Row row : SettingsTable.rows()) {
      for (String name : row.names()) {
        if (!settings.real(name)) {
          stale.add("docs/operations.md:%d: `%s` is no setting of the application"
              .formatted(row.line(), name));
        }
      }
    }
    assertThat(stale).as("rows naming settings that do not exist").isEmpty();
  }

  @Test
  void everySalesCycleKeyHasConfigurationMetadata() throws IOException {
    List<String> described = new ArrayList<>();
    try (InputStream metadata = ConfigurationTableTest.class
        .getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(metadata).as("configuration metadata of the build").isNotNull();
      for (JsonNode property : new ObjectMapper().readTree(metadata).path("properties")) {
        described.add(property.path("name").asText());
      }
    }
    List<String> undescribed = settings.keys().keySet().stream()
        .filter(key -> key.startsWith("sales-cycle."))
        .filter(key -> described.stream().noneMatch(name -> key.equals(name)
            || key.startsWith(name + ".") || key.startsWith(name + "[")))
        .toList();
    assertThat(undescribed).as("sales-cycle.* keys of application.yaml without metadata (a "
        + "@ConfigurationProperties class, or META-INF/additional-spring-configuration-metadata.json)")
        .isEmpty();
  }
}
