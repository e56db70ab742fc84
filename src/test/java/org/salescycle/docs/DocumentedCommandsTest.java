package org.salescycle.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The documented commands that are not HTTP calls, each checked for what can be checked without
 * running it (the HTTP calls are run by {@link DocumentedExamplesTest}):
 * <ul>
 *   <li>{@code mvn}: its goals are ones the build has, each {@code -P} a profile of pom.xml, each
 *       {@code -Dtest=} and {@code -Dit.test=} a test or benchmark class ({@code -Dtest=none}: no
 *       unit test), each other {@code -D} one the build or the benchmarks read ({@code skipTests},
 *       {@code surefire.failIfNoSpecifiedTests}, {@code benchmark.*} as read in the benchmark
 *       code);
 *   <li>{@code java}: the jar is the one the build makes, each {@code --name=value} a setting
 *       of the application; a start with a profile other than the demo sets every setting the
 *       settings table marks "required outside the demo". The PostgreSQL start of
 *       docs/operations.md is run, as documented, by {@link ProductionStartTest};
 *   <li>environment variables set in front of a command are settings of the application;
 *   <li>{@code npm --prefix .ci/models run X} and scripts: the script exists;
 *   <li>the benchmark properties in docs/benchmarks.md's tables are read by the benchmark code.
 * </ul>
 * A command of any other kind fails here until this test learns to check it.
 */
class DocumentedCommandsTest {

  private static final Set<String> MAVEN_GOALS = Set.of("spring-boot:run", "verify", "test",
      "package", "ci");
  private static final Set<String> BUILD_PROPERTIES =
      Set.of("skipTests", "surefire.failIfNoSpecifiedTests");
  private static final Pattern BENCHMARK_PROPERTY = Pattern.compile("\"(benchmark\\.[a-z.-]+)\"");

  private static KnownSettings settings;
  private static String pom;
  private static Set<String> benchmarkProperties;

  @BeforeAll
  static void read() throws Exception {
    settings = KnownSettings.read();
    pom = Files.readString(DocumentedCommand.ROOT.resolve("pom.xml"));
    try (Stream<Path> sources = Files.walk(
        DocumentedCommand.ROOT.resolve("src/benchmark/java"))) {
      StringBuilder text = new StringBuilder();
      for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
        text.append(Files.readString(source));
      }
      Matcher property = BENCHMARK_PROPERTY.matcher(text);
      benchmarkProperties = property.results().map(found -> found.group(1))
          .collect(Collectors.toSet());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyOtherCommandRunsWhatTheProjectHas() throws Exception {
    Path directory = Files.createTempDirectory("documented-commands");
    return DocumentedCommand.all().stream().filter(command -> !command.isHttp())
        .map(command -> dynamicTest(command.title(), () -> check(command, directory)));
  }

  @Test
  void theRequiredSettingsAreTheOnesTheApplicationStopsWithout() {
    Matcher thrown = Pattern.compile("new MissingSetting\\(\"([A-Z_]+)\"")
        .matcher(settings.mainSource());
    Set<String> stopsWithout = thrown.results().map(found -> found.group(1))
        .collect(Collectors.toSet());
    assertThat(requiredSettings())
        .as("settings docs/operations.md marks 'required outside the demo'")
        .isEqualTo(stopsWithout);
  }

  @Test
  void everyBenchmarkPropertyTheDocsNameIsOneABenchmarkReads() throws Exception {
    Matcher row = Pattern.compile("(?m)^\\| `(benchmark\\.[a-z.-]+)`")
        .matcher(Files.readString(DocumentedCommand.ROOT.resolve("docs/benchmarks.md")));
    List<String> documented = row.results().map(found -> found.group(1)).toList();
    assertThat(documented).as("benchmark properties in docs/benchmarks.md").isNotEmpty();
    assertThat(benchmarkProperties).as("properties the benchmark code reads")
        .containsAll(documented);
  }

  static Set<String> requiredSettings() {
    return SettingsTable.rows().stream().filter(SettingsTable.Row::required)
        .flatMap(row -> row.names().stream().filter(SettingsTable::isEnvironmentVariable))
        .collect(Collectors.toSet());
  }

  private void check(DocumentedCommand command, Path directory) throws Exception {
    String text = command.text().strip();
    if (text.startsWith(".ci/") || text.startsWith("scripts/")) {
      String script = text.split("\\s+")[0];
      assertThat(DocumentedCommand.ROOT.resolve(script)).as(command + ": the script").exists();
      return;
    }
    List<Invocation> invocations = Invocation.of(text, directory);
    assertThat(invocations).as(command + ": a kind of command this test knows").isNotEmpty();
    for (Invocation invocation : invocations) {
      invocation.environment().keySet().forEach(variable -> assertThat(settings.real(variable))
          .as("%s: %s is a setting of the application", command, variable).isTrue());
      switch (invocation.program()) {
        case "mvn" -> checkMaven(command, invocation.args());
        case "java" -> checkJava(command, invocation);
        case "npm" -> checkNpm(command, invocation.args());
        default -> throw new AssertionError(command + ": no check for " + invocation.program());
      }
    }
  }

  private void checkMaven(DocumentedCommand command, List<String> args) {
    for (String arg : args) {
      if (arg.startsWith("-P")) {
        assertThat(pom).as("%s: profile %s in pom.xml", command, arg)
            .contains("<id>" + arg.substring(2) + "</id>");
      } else if (arg.equals("-Dtest=none")) {
        continue; // surefire runs no test: only the integration test named by -Dit.test=
      } else if (arg.startsWith("-Dtest=") || arg.startsWith("-Dit.test=")) {
        String name = arg.substring(arg.indexOf('=') + 1);
        try (Stream<Path> tests = Stream.concat(
            Files.walk(DocumentedCommand.ROOT.resolve("src/test/java")),
            Files.walk(DocumentedCommand.ROOT.resolve("src/benchmark/java")))) {
          assertThat(tests.anyMatch(path -> path.getFileName().toString().equals(name + ".java")))
              .as("%s: a test class %s", command, name).isTrue();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      } else if (arg.startsWith("-D")) {
        String property = arg.substring(2).split("=", 2)[0];
        assertThat(BUILD_PROPERTIES.contains(property) || benchmarkProperties.contains(property))
            .as("%s: %s is read by the build or the benchmarks", command, property).isTrue();
      } else {
        assertThat(MAVEN_GOALS).as("%s: goal %s", command, arg).contains(arg);
      }
    }
  }

  private void checkJava(DocumentedCommand command, Invocation java) {
    String jar = java.args().get(java.args().indexOf("-jar") + 1);
    assertThat(Path.of(jar).getFileName().toString()).as(command + ": the jar the build makes")
        .isEqualTo(artifact("artifactId") + "-" + artifact("version") + ".jar");
    // a jar mode's own options (-Djarmode=tools ... extract --destination) are not settings
    java.args().stream().filter(arg -> arg.startsWith("--"))
        .filter(arg -> java.args().stream().noneMatch(option -> option.startsWith("-Djarmode=")))
        .map(arg -> arg.substring(2).split("=", 2)[0])
        .forEach(name -> assertThat(settings.real(name))
            .as("%s: --%s is a setting of the application", command, name).isTrue());
    String profiles = java.environment().getOrDefault("SPRING_PROFILES_ACTIVE", "demo");
    if (!profiles.contains("demo")) {
      assertThat(java.environment().keySet()).as(command + ": the required settings")
          .containsAll(requiredSettings());
    }
  }

  private void checkNpm(DocumentedCommand command, List<String> args) throws Exception {
    int prefix = args.indexOf("--prefix");
    Path project = DocumentedCommand.ROOT.resolve(args.get(prefix + 1));
    assertThat(project.resolve("package.json")).as(command + ": package.json").exists();
    int run = args.indexOf("run");
    if (run >= 0) {
      assertThat(new ObjectMapper().readTree(project.resolve("package.json").toFile())
          .path("scripts").has(args.get(run + 1)))
          .as("%s: script %s", command, args.get(run + 1)).isTrue();
    }
  }

  private static String artifact(String element) {
    // the project's own, after the parent's
    String project = pom.substring(pom.indexOf("</parent>"));
    return project.substring(project.indexOf("<" + element + ">") + element.length() + 2,
        project.indexOf("</" + element + ">"));
  }
}
