package org.salescycle.benchmark.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * A job-executor setting under test: the properties the application is started with on top of
 * its application.yaml. The starter's defaults are set explicitly, so that the column stays the
 * starter's defaults whatever application.yaml ships.
 *
 * @param key short name for database and log names
 * @param label column title in the tables
 * @param properties Spring properties given on the command line, empty to run as shipped
 */
public record JobExecutorSettings(String key, String label, Map<String, String> properties) {

  private static final String JOB_EXECUTION = "camunda.bpm.job-execution.";

  /**
   * What the Camunda Spring Boot starter 7.24 and its engine use when nothing is configured
   * (JobExecutionProperty and JobExecutor), and Spring Boot's Hikari pool size.
   */
  public static JobExecutorSettings starterDefaults() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put(JOB_EXECUTION + "core-pool-size", "3");
    properties.put(JOB_EXECUTION + "max-pool-size", "10");
    properties.put(JOB_EXECUTION + "queue-capacity", "3");
    properties.put(JOB_EXECUTION + "max-jobs-per-acquisition", "3");
    properties.put(JOB_EXECUTION + "wait-time-in-millis", "5000");
    properties.put(JOB_EXECUTION + "max-wait", "60000");
    properties.put("spring.datasource.hikari.maximum-pool-size", "10");
    return new JobExecutorSettings("defaults", "starter defaults", properties);
  }

  /**
   * The application as shipped (application.yaml), or, with {@code -Dbenchmark.tuned}, candidate
   * values to try before shipping them: comma-separated {@code name=value}, where a name without
   * a dot is a {@code camunda.bpm.job-execution} property, e.g.
   * {@code core-pool-size=8,max-pool-size=8,spring.datasource.hikari.maximum-pool-size=20}.
   */
  public static JobExecutorSettings tuned() {
    String candidate = System.getProperty("benchmark.tuned", "").trim();
    if (candidate.isEmpty()) {
      return new JobExecutorSettings("tuned", "tuned (application.yaml)", Map.of());
    }
    Map<String, String> properties = new LinkedHashMap<>();
    Arrays.stream(candidate.split(",")).map(String::trim).filter(entry -> !entry.isEmpty())
        .forEach(entry -> {
          String[] nameAndValue = entry.split("=", 2);
          if (nameAndValue.length != 2) {
            throw new IllegalArgumentException("benchmark.tuned: not name=value: " + entry);
          }
          String name = nameAndValue[0].trim();
          properties.put(name.contains(".") ? name : JOB_EXECUTION + name, nameAndValue[1].trim());
        });
    return new JobExecutorSettings("candidate", "tuned (candidate)", properties);
  }

  /**
   * These settings spelled out: application.yaml's job-execution and connection pool values, with
   * these settings' own on top, for an engine that does not read application.yaml.
   */
  public JobExecutorSettings spelledOut() {
    Map<String, String> spelled = new LinkedHashMap<>();
    spelled.put("spring.datasource.hikari.maximum-pool-size", "10");
    try {
      for (PropertySource<?> source : new YamlPropertySourceLoader()
          .load("application.yaml", new ClassPathResource("application.yaml"))) {
        for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
          if ((name.startsWith(JOB_EXECUTION) && !name.equals(JOB_EXECUTION + "enabled"))
              || name.startsWith("spring.datasource.hikari.")) {
            spelled.put(name, String.valueOf(source.getProperty(name)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read application.yaml", e);
    }
    spelled.putAll(properties);
    return new JobExecutorSettings(key, label, spelled);
  }

  /** The properties as command line arguments, which outrank every application*.yaml. */
  public String[] arguments() {
    return properties.entrySet().stream()
        .map(property -> "--" + property.getKey() + "=" + property.getValue())
        .toArray(String[]::new);
  }
}
