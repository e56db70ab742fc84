package org.salescycle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salescycle.IntegrationTest;
import org.salescycle.SalesCycleApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * The demo setup, as {@code mvn spring-boot:run} starts it (on an in-memory database): it listens
 * on the loopback address only and says loudly, once, what makes it a demo and how to run for
 * real.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoSetupTest {

  @Test
  void demoListensOnLoopbackOnlyAndWarnsOnceAboutItsKnownPasswords(CapturedOutput output)
      throws Exception {
    try (var context = (ServletWebServerApplicationContext) new SpringApplicationBuilder(
        SalesCycleApplication.class).profiles("demo").run(
            "--spring.datasource.url=jdbc:h2:mem:demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            "--server.port=0", "--camunda.bpm.job-execution.enabled=false")) {
      Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
      assertThat(connector.getProperty("address")).isEqualTo(InetAddress.getByName("127.0.0.1"));
      HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/actuator/health"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);

      List<String> warnings = output.getOut().lines()
          .filter(line -> line.contains(" WARN ") && line.contains("DemoSetupWarning"))
          .toList();
      assertThat(warnings).singleElement().asString()
          .contains("DEMO SETUP, not for real use")
          .contains("the users admin, rita, ray, mia and webform have their names as passwords")
          .contains("quote acceptance links are signed with the public demo secret")
          .contains("it listens on 127.0.0.1 only")
          .contains("SPRING_PROFILES_ACTIVE=prod", "SALES_CYCLE_ADMIN_PASSWORD",
              "SALES_CYCLE_QUOTE_LINK_SECRET", "SERVER_ADDRESS");
    }
  }

  @Test
  void warningSaysWhenTheDemoIsOpenToTheNetwork() {
    String message =
        DemoSetupWarning.message(List.of("admin", "rita"), List.of(), false, "0.0.0.0");

    assertThat(message)
        .contains("the users admin and rita have their names as passwords")
        .contains("it listens on 0.0.0.0, so other machines reach it and can log in")
        .doesNotContain("public demo secret");
  }

  @Test
  void warningNamesDemoUsersWithOtherPasswordsAndAnyInterfaceWhenNoAddressIsSet() {
    String message = DemoSetupWarning.message(List.of(), List.of("rita"), true, null);

    assertThat(message)
        .doesNotContain("have their names as passwords")
        .contains("demo users with the passwords set in the configuration: rita")
        .contains("signed with the public demo secret")
        .contains("it listens on every network interface");
  }
}
