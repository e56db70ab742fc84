package org.salescycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.identity.TestUsers;
import org.salescycle.shared.SalesGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The security headers of each kind of content the application serves itself, over HTTP: the
 * customers' acceptance page, Swagger UI, the rep's board page, the OpenAPI description, the API's JSON and CSV answers
 * and its refusals, errors, the engine REST API and health; and the Camunda webapps' own headers.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {

  static final String PASSWORD = "secret";
  static final String DATA = "default-src 'none'; frame-ancestors 'none'";
  static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, "rep-headers", PASSWORD, SalesGroups.REPS);
    TestUsers.ensure(identity, "manager-headers", PASSWORD, SalesGroups.MANAGERS);
    TestUsers.ensure(identity, "no-group-headers", PASSWORD);
  }

  @Test
  void theAcceptancePageMayApplyOnlyItsOwnStyleAndSendItsFormOnlyHere() throws Exception {
    ResponseEntity<String> page =
        http.getForEntity("/api/quotes/accept?token=forged", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(page.getHeaders().getContentType()).isEqualTo(
        new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
    Matcher style = STYLE.matcher(page.getBody());
    assertThat(style.find()).isTrue();
    assertThat(page.getHeaders().get("Content-Security-Policy")).containsExactly(
        "default-src 'none'; style-src '" + sha256(style.group(1)) + "'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'");
    assertNoSniffing(page);
  }

  @Test
  void swaggerUiLoadsOnlyItsOwnFilesAndNeedsALogin() {
    String swaggerUi = "default-src 'self'; img-src 'self' data:; style-src 'self' "
        + "'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors 'none'";
    ResponseEntity<String> anonymous = http.getForEntity("/swagger-ui.html", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertPolicy(anonymous, swaggerUi);

    ResponseEntity<String> page = http.withBasicAuth("rep-headers", PASSWORD)
        .getForEntity("/swagger-ui/index.html", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<div id=\"swagger-ui\">");
    assertPolicy(page, swaggerUi);

    ResponseEntity<String> script = http.withBasicAuth("rep-headers", PASSWORD)
        .getForEntity("/swagger-ui/swagger-initializer.js", String.class);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(script.getHeaders().getContentType().toString()).startsWith("text/javascript");
    assertPolicy(script, swaggerUi);
  }

  @Test
  void theApiDescriptionIsForAnyEngineUserAndForNobodyElse() {
    ResponseEntity<String> anonymous = http.getForEntity("/v3/api-docs", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertPolicy(anonymous, DATA);
    assertThat(http.withBasicAuth("nobody-headers", PASSWORD)
        .getForEntity("/v3/api-docs", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<String> description = http.withBasicAuth("no-group-headers", PASSWORD)
        .getForEntity("/v3/api-docs", String.class);
    assertThat(description.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(description.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    assertThat(description.getBody()).contains("\"title\":\"Sales Cycle API\"");
    assertPolicy(description, DATA);
  }

  @Test
  void apiAnswersAndRefusalsMayNeitherRunNorBeFramed() {
    ResponseEntity<String> products = http.withBasicAuth("rep-headers", PASSWORD)
        .getForEntity("/api/products", String.class);
    assertThat(products.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(products.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    assertPolicy(products, DATA);

    ResponseEntity<String> csv = http.withBasicAuth("manager-headers", PASSWORD)
        .getForEntity("/api/pipeline/leads.csv", String.class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertPolicy(csv, DATA);

    ResponseEntity<String> unknown = http.withBasicAuth("rep-headers", PASSWORD)
        .getForEntity("/api/leads/L-0", String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertPolicy(unknown, DATA);

    ResponseEntity<String> anonymous = http.getForEntity("/api/leads", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertPolicy(anonymous, DATA);

    ResponseEntity<String> outsider = http.withBasicAuth("no-group-headers", PASSWORD)
        .getForEntity("/api/leads", String.class);
    assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertPolicy(outsider, DATA);
  }

  @Test
  void engineRestHealthAndErrorsCarryTheHeadersToo() {
    assertPolicy(http.withBasicAuth("admin", TestUsers.ADMIN_PASSWORD)
        .getForEntity("/engine-rest/process-definition/count", String.class), DATA);
    assertPolicy(http.getForEntity("/actuator/health", String.class), DATA);

    ResponseEntity<String> missing = http.getForEntity("/no-such-page", String.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertPolicy(missing, DATA);
  }

  @Test
  void theBoardPageMayLoadOnlyItsOwnFilesAndSendsABrowserWithoutLoginToTasklist()
      throws Exception {
    String board = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    HttpClient client = HttpClient.newHttpClient();
    for (String path : List.of("/my-pipeline", "/my-pipeline/", "/my-pipeline/board.js")) {
      HttpResponse<String> anonymous = client.send(
          HttpRequest.newBuilder(URI.create(http.getRootUri() + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
      assertThat(anonymous.headers().firstValue("Location")).get().asString()
          .endsWith("/camunda/app/tasklist/default/");
      assertThat(anonymous.headers().allValues("Content-Security-Policy")).containsExactly(board);
      assertThat(anonymous.headers().allValues("X-Content-Type-Options"))
          .containsExactly("nosniff");
    }
  }

  @Test
  void theCamundaWebappsKeepTheirOwnHeaders() {
    ResponseEntity<String> cockpit = http.getForEntity("/camunda/app/cockpit/default/",
        String.class);

    assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(cockpit.getHeaders().get("Content-Security-Policy")).singleElement().asString()
        .contains("frame-ancestors 'none'").contains("script-src 'nonce-");
    assertNoSniffing(cockpit);
  }

  private static void assertPolicy(ResponseEntity<String> answer, String policy) {
    assertThat(answer.getHeaders().get("Content-Security-Policy")).containsExactly(policy);
    assertNoSniffing(answer);
  }

  private static void assertNoSniffing(ResponseEntity<String> answer) {
    assertThat(answer.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
  }

  private static String sha256(String text) throws Exception {
    return "sha256-" + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
