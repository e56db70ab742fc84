package org.salescycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code mvn test} fast: every test class under src/test/java that starts the HTTP server, a
 * browser, PostgreSQL or the application (in this JVM or another) carries {@link
 * IntegrationTest}, so it runs in {@code mvn verify} and not in {@code mvn test}. A test is
 * recognised by its source: what it names itself, or a helper in src/test/java that starts one
 * of those things.
 */
class IntegrationTagTest {

  private static final Path TESTS = Path.of("src/test/java");
  private static final Pattern TEST_CLASS_NAME =
      Pattern.compile("(Test\\w*|\\w*Test|\\w*Tests|\\w*TestCase)\\.java");
  private static final Pattern HAS_TESTS = Pattern.compile(
      "@(Test|ParameterizedTest|TestFactory|RepeatedTest|TestTemplate)\\b|\\bextends \\w+Test\\b");
  private static final Pattern TAGGED =
      Pattern.compile("@IntegrationTest\\b|@Tag\\(\\s*\"integration\"\\s*\\)");

  /** What a class starts when its source says this, helper or test. */
  private static final Map<Pattern, String> STARTS = markers(
      "org\\.openqa\\.selenium", "a browser",
      "EmbeddedPostgres", "PostgreSQL",
      "SpringApplicationBuilder|SpringApplication\\.run", "the whole application",
      "runtime-classpath\\.txt", "the application in a separate JVM");

  /** What only a test class says when it starts the HTTP server. */
  private static final Map<Pattern, String> SERVES = markers(
      "\\b(RANDOM_PORT|DEFINED_PORT)\\b|@LocalServerPort\\b|\\bTestRestTemplate\\b",
      "the HTTP server");

  @Test
  void everyTestThatStartsServersBrowsersOrDatabasesIsAnIntegrationTest() {
    Map<Pattern, String> markers = markersWithHelpers();
    Map<String, String> untagged = new TreeMap<>();
    for (Path test : sources().stream().filter(IntegrationTagTest::isTestClass).toList()) {
      String source = read(test);
      if (!TAGGED.matcher(source).find()) {
        reason(source, markers)
            .ifPresent(why -> untagged.put(TESTS.relativize(test).toString(), why));
      }
    }
    assertThat(untagged)
        .as("test classes that start %s and lack @IntegrationTest (mvn test would run them)",
            "a server, a browser, PostgreSQL or the application")
        .isEmpty();
  }

  @Test
  void recognisesTheKindsOfIntegrationTests() {
    Map<Pattern, String> markers = markersWithHelpers();
    assertThat(reasonFor("tasklist/TasklistBrowserTest.java", markers)).hasValueSatisfying(
        why -> assertThat(why).contains("a browser", "the HTTP server"));
    assertThat(reasonFor("web/LeadApiTest.java", markers)).hasValue("the HTTP server");
    assertThat(reasonFor("postgres/SalesCycleOnPostgresTest.java", markers))
        .hasValueSatisfying(why -> assertThat(why).contains("PostgreSQL"));
    assertThat(reasonFor("cluster/ClusterTest.java", markers))
        .hasValueSatisfying(why -> assertThat(why).contains("separate JVM"));
    assertThat(reasonFor("RestartTest.java", markers)).hasValue("the whole application");
    assertThat(reasonFor("process/SalesCycleProcessTest.java", markers)).isEmpty();
    assertThat(reasonFor("docs/DocumentedCommandsTest.java", markers)).isEmpty();
  }

  private static Optional<String> reasonFor(String test, Map<Pattern, String> markers) {
    return reason(read(TESTS.resolve("org/salescycle").resolve(test)), markers);
  }

  private static Optional<String> reason(String source, Map<Pattern, String> markers) {
    List<String> reasons = markers.entrySet().stream()
        .filter(marker -> marker.getKey().matcher(source).find())
        .map(Map.Entry::getValue).distinct().toList();
    return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", reasons));
  }

  /** The markers, and the name of each helper class that starts something, as a word. */
  private static Map<Pattern, String> markersWithHelpers() {
    Map<Pattern, String> markers = new LinkedHashMap<>(STARTS);
    markers.putAll(SERVES);
    for (Path helper : sources().stream().filter(path -> !isTestClass(path)).toList()) {
      String name = className(helper);
      reason(read(helper), STARTS).ifPresent(why -> markers.put(
          Pattern.compile("\\b" + name + "\\b"), why + " (" + name + ")"));
    }
    return markers;
  }

  private static List<Path> sources() {
    try (Stream<Path> files = Files.walk(TESTS)) {
      return files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isTestClass(Path source) {
    String file = source.getFileName().toString();
    return TEST_CLASS_NAME.matcher(file).matches() && HAS_TESTS.matcher(read(source)).find()
        && !file.equals("IntegrationTagTest.java");
  }

  private static String className(Path source) {
    String file = source.getFileName().toString();
    return file.substring(0, file.length() - ".java".length());
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<Pattern, String> markers(String... patternsAndReasons) {
    Map<Pattern, String> markers = new LinkedHashMap<>();
    for (int i = 0; i < patternsAndReasons.length; i += 2) {
      markers.put(Pattern.compile(patternsAndReasons[i]), patternsAndReasons[i + 1]);
    }
    return markers;
  }
}
