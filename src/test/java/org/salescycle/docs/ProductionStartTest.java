package org.salescycle.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salescycle.IntegrationTest;
import org.salescycle.SalesCycleApplication;
import org.salescycle.postgres.TestPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.web.context.support.StandardServletEnvironment;

/**
 * The PostgreSQL start of docs/operations.md, as documented: the environment variables the
 * command sets (evaluated by bash, {@code $(openssl rand -base64 48)} included) are the only
 * environment the application sees, on a fresh PostgreSQL database ({@link TestPostgres}) in place
 * of {@code db-host}, as the HTTP examples get this machine in place of {@code localhost:8080}.
 * The one thing added is {@code --server.port=0}, so that the test never takes a port something
 * else listens on. Without a setting the settings table marks required, the start stops with the
 * setting named in Spring Boot's failure report and no stack trace.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartTest {

  @Test
  void theDocumentedPostgresStartAnswers() throws Exception {
    Map<String, String> environment = documentedEnvironment();

    try (var application = start(environment)) {
      int port = ((WebServerApplicationContext) application).getWebServer().getPort();
      assertThat(get(port, "/actuator/health", null).body()).contains("\"status\":\"UP\"");
      String admin = environment.get("SALES_CYCLE_ADMIN_USER") == null ? "admin"
          : environment.get("SALES_CYCLE_ADMIN_USER");
      var products = get(port, "/api/products", admin + ":" + environment.get("SALES_CYCLE_ADMIN_PASSWORD"));
      assertThat(products.statusCode()).as("the administrator with the documented password")
          .isEqualTo(200);
      assertThat(application.getBean(IdentityService.class).createUserQuery()
          .userIdIn("rita", "mia", "webform").count()).as("demo users").isZero();
      assertThat(application.getEnvironment().getActiveProfiles()).containsExactly("prod");
    }
  }

  @Test
  void withoutARequiredSettingTheStartStopsNamingIt(CapturedOutput output) throws Exception {
    Map<String, String> documented = documentedEnvironment();
    assertThat(documented.keySet()).as("the documented start sets every required setting")
        .containsAll(DocumentedCommandsTest.requiredSettings());

    for (String setting : DocumentedCommandsTest.requiredSettings()) {
      Map<String, String> environment = new HashMap<>(documented);
      environment.remove(setting);
      int before = output.length();

      assertThatThrownBy(() -> start(environment).close()).as("a start without " + setting)
          .isNotNull();

      String log = output.toString().substring(before);
      assertThat(log).as("the log of a start without " + setting)
          .contains("APPLICATION FAILED TO START")
          .contains("Set " + setting + " and start again");
      assertThat(log.lines().filter(line -> line.startsWith("\tat ")).toList())
          .as("stack trace lines in the log of a start without " + setting).isEmpty();
      assertThat(log.lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR "))
          .toList()).as("warnings and errors logged by a start without " + setting).hasSize(1);
    }
  }

  /** The variables the documented command sets, with the test's database for {@code db-host}. */
  private static Map<String, String> documentedEnvironment() throws Exception {
    DocumentedCommand command = DocumentedCommand.in(DocumentedCommand.ROOT.resolve("docs/operations.md"))
        .stream().filter(documented -> documented.text().contains("SALES_CYCLE_DB_URL=")
            && documented.text().contains("java -jar") && !documented.text().contains("--"))
        .findFirst().orElseThrow(() -> new AssertionError(
            "docs/operations.md: no PostgreSQL start (SALES_CYCLE_DB_URL=... java -jar ...)"));
    List<Invocation> invocations =
        Invocation.of(command.text(), Files.createTempDirectory("production-start"));
    assertThat(invocations).as(command + ": what it runs").hasSize(1);
    assertThat(invocations.get(0).args()).as(command + ": the java arguments").hasSize(2);
    Map<String, String> environment = new HashMap<>(invocations.get(0).environment());
    assertThat(environment.get("SALES_CYCLE_DB_URL")).as(command.toString())
        .startsWith("jdbc:postgresql://db-host:5432/");
    TestPostgres database = TestPostgres.get();
    environment.put("SALES_CYCLE_DB_URL", database.url());
    environment.put("SALES_CYCLE_DB_USER", database.user());
    environment.put("SALES_CYCLE_DB_PASSWORD", database.password());
    return environment;
  }

  /** The application with only these environment variables, as {@code java -jar} would get them. */
  private static org.springframework.context.ConfigurableApplicationContext start(
      Map<String, String> environment) {
    StandardServletEnvironment onlyThese = new StandardServletEnvironment();
    onlyThese.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
        new SystemEnvironmentPropertySource(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.copyOf(environment)));
    return new SpringApplicationBuilder(SalesCycleApplication.class).environment(onlyThese)
        .run("--server.port=0");
  }

  private static HttpResponse<String> get(int port, String path, String credentials)
      throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (credentials != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
