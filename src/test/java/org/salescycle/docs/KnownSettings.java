package org.salescycle.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * The settings the application has: the keys of application.yaml (a list's items joined with
 * commas under the list's key), the environment variables its YAML files read, the keys its code
 * reads with {@code @Value}, and Spring Boot's own settings (from the libraries' configuration
 * metadata).
 */
record KnownSettings(Map<String, String> keys, String configurationText, String mainSource,
    Set<String> springBootSettings) {

  private static final Pattern ENV_WITH_DEFAULT =
      Pattern.compile("^\\$\\{([A-Z][A-Z0-9_]*):(.*)}$", Pattern.DOTALL);
  private static final Pattern NESTED = Pattern.compile("\\$\\{([a-z][a-z0-9.-]*)}");

  static KnownSettings read() {
    try {
      Path resources = DocumentedCommand.ROOT.resolve("src/main/resources");
      String configuration = Files.readString(resources.resolve("application.yaml"))
          + Files.readString(resources.resolve("application-demo.yaml"));
      StringBuilder source = new StringBuilder();
      try (Stream<Path> sources = Files.walk(DocumentedCommand.ROOT.resolve("src/main/java"))) {
        for (Path file : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
          source.append(Files.readString(file));
        }
      }
      Set<String> springBoot = new HashSet<>();
      ObjectMapper json = new ObjectMapper();
      for (URL metadata : Collections.list(KnownSettings.class.getClassLoader()
          .getResources("META-INF/spring-configuration-metadata.json"))) {
        try (InputStream in = metadata.openStream()) {
          for (JsonNode property : json.readTree(in).path("properties")) {
            springBoot.add(property.get("name").asText());
          }
        }
      }
      return new KnownSettings(flattened(resources.resolve("application.yaml")), configuration,
          source.toString(), springBoot);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the name (a key, a key pattern or an environment variable) is a setting. */
  boolean real(String name) {
    if (SettingsTable.isEnvironmentVariable(name)) {
      String key = name.toLowerCase().replace('_', '.');
      return configurationText.contains("${" + name + ":") || springBootSettings.contains(key)
          || springBootSettings.stream().anyMatch(map -> key.startsWith(map + "."))
          || keys.keySet().stream().anyMatch(known -> known.replace("-", "").equals(key));
    }
    return keys.keySet().stream().anyMatch(key -> SettingsTable.covers(name, key))
        || mainSource.contains("${" + name + ":") || springBootSettings.contains(name);
  }

  /** Whether the documented name is this key, or the environment variable its value reads. */
  boolean names(String name, String key) {
    if (SettingsTable.isEnvironmentVariable(name)) {
      return keys.get(key).startsWith("${" + name + ":");
    }
    return SettingsTable.covers(name, key);
  }

  /** The key's default: its value, or the default of the environment variable it reads. */
  String defaultOf(String key) {
    String value = keys.get(key);
    Matcher env = ENV_WITH_DEFAULT.matcher(value);
    if (!env.matches()) {
      return value;
    }
    // a default that reads another key shows as the environment variable that key reads
    return NESTED.matcher(env.group(2)).replaceAll(nested -> {
      Matcher inner = ENV_WITH_DEFAULT.matcher(keys.getOrDefault(nested.group(1), ""));
      return Matcher.quoteReplacement(inner.matches() ? "${" + inner.group(1) + "}" : nested.group());
    });
  }

  private static Map<String, String> flattened(Path yaml) throws IOException {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (PropertySource<?> document :
        new YamlPropertySourceLoader().load("application", new FileSystemResource(yaml))) {
      var enumerable = (EnumerablePropertySource<?>) document;
      for (String name : enumerable.getPropertyNames()) {
        values.computeIfAbsent(name.replaceAll("\\[\\d+]$", ""), ignored -> new ArrayList<>())
            .add(String.valueOf(enumerable.getProperty(name)));
      }
    }
    return values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
        entry -> String.join(",", entry.getValue()), (a, b) -> a, LinkedHashMap::new));
  }
}
