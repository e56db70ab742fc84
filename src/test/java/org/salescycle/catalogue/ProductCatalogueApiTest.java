package org.salescycle.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salescycle.web.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.identity.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The product catalogue over real HTTP: the seeded products, creating, changing and retiring
 * products, every invalid field named, and who may do what.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProductCatalogueApiTest {

  static final String PASSWORD = "secret";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired ProductCatalogue catalogue;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, "rita-catalogue", PASSWORD, "sales-reps");
    TestUsers.ensure(identity, "mia-catalogue", PASSWORD, "sales-managers");
    TestUsers.ensure(identity, "webform-catalogue", PASSWORD, "lead-sources");
    TestUsers.ensure(identity, "outsider-catalogue", PASSWORD);
  }

  // ---- reading

  @Test
  void theSeededProductsAreListedByNameWithTwoDecimalPrices() {
    ResponseEntity<JsonNode> listed = get("rita-catalogue", "/api/products");

    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode licence = byCode(listed.getBody(), "LIC-SEAT");
    assertThat(licence.get("name").asText()).isEqualTo("Sales Cycle licence, per seat");
    assertThat(licence.get("unitPrice").decimalValue()).isEqualByComparingTo("120.00");
    assertThat(licence.get("currency").asText()).isEqualTo("EUR");
    assertThat(licence.get("active").asBoolean()).isTrue();
    assertThat(licence.get("updatedAt").asText()).isNotBlank();
    assertThat(byCode(listed.getBody(), "SUP-ANNUAL").get("unitPrice").decimalValue())
        .isEqualByComparingTo("2400.00");
    assertThat(byCode(listed.getBody(), "WS-DAY").get("name").asText())
        .isEqualTo("Onboarding workshop day");
    List<String> names = listed.getBody().findValuesAsText("name");
    assertThat(names).isSorted();

    ResponseEntity<String> raw = http.withBasicAuth("webform-catalogue", PASSWORD)
        .getForEntity("/api/products/SUP-ANNUAL", String.class);
    assertThat(raw.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(raw.getBody()).contains("\"unitPrice\":2400.00");
  }

  @Test
  void anUnknownProductIsNotFound() {
    ResponseEntity<JsonNode> unknown = get("rita-catalogue", "/api/products/NO-SUCH-PRODUCT");
    assertProblem(unknown, HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody().get("detail").asText()).contains("NO-SUCH-PRODUCT");

    assertProblem(delete("mia-catalogue", "/api/products/NO-SUCH-PRODUCT"), HttpStatus.NOT_FOUND);
  }

  // ---- maintaining

  @Test
  void aManagerCreatesThenChangesAProduct() {
    String code = newCode();

    ResponseEntity<JsonNode> created = put("mia-catalogue", code, """
        {"name": " Data migration package ", "unitPrice": 4999.9, "currency": "eur"}""");

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getHeaders().getLocation()).hasToString("/api/products/" + code);
    JsonNode product = created.getBody();
    assertThat(product.get("code").asText()).isEqualTo(code);
    assertThat(product.get("name").asText()).isEqualTo("Data migration package");
    assertThat(product.get("unitPrice").decimalValue()).isEqualByComparingTo("4999.90");
    assertThat(product.get("currency").asText()).isEqualTo("EUR");
    assertThat(product.get("active").asBoolean()).isTrue();

    ResponseEntity<JsonNode> changed = put("mia-catalogue", code, """
        {"name": "Data migration package, large", "unitPrice": 7500.00, "currency": "USD",
         "active": true}""");

    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(changed.getHeaders().getLocation()).isNull();
    JsonNode stored = get("rita-catalogue", "/api/products/" + code).getBody();
    assertThat(stored.get("name").asText()).isEqualTo("Data migration package, large");
    assertThat(stored.get("unitPrice").decimalValue()).isEqualByComparingTo("7500.00");
    assertThat(stored.get("currency").asText()).isEqualTo("USD");
    assertThat(catalogue.all(true).stream().filter(p -> p.code().equals(code))).hasSize(1);

    ResponseEntity<JsonNode> byAdmin = send("admin", TestUsers.ADMIN_PASSWORD, HttpMethod.PUT,
        "/api/products/" + code, """
        {"name": "Data migration package", "unitPrice": 0, "currency": "EUR"}""");
    assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(byAdmin.getBody().get("unitPrice").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void retiringAProductKeepsItReadableButOffTheDefaultList() {
    String code = newCode();
    put("mia-catalogue", code, """
        {"name": "Legacy connector", "unitPrice": 800.00, "currency": "EUR"}""");
    assertThat(codes(get("rita-catalogue", "/api/products"))).contains(code);

    ResponseEntity<JsonNode> retired = delete("mia-catalogue", "/api/products/" + code);

    assertThat(retired.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(codes(get("rita-catalogue", "/api/products"))).doesNotContain(code)
        .contains("LIC-SEAT");
    JsonNode all = get("rita-catalogue", "/api/products?includeInactive=true").getBody();
    assertThat(byCode(all, code).get("active").asBoolean()).isFalse();
    JsonNode product = get("rita-catalogue", "/api/products/" + code).getBody();
    assertThat(product.get("active").asBoolean()).isFalse();
    assertThat(product.get("unitPrice").decimalValue()).isEqualByComparingTo("800.00");
    assertThat(catalogue.findActive(List.of(code, "LIC-SEAT", "NO-SUCH-PRODUCT")))
        .extracting(Product::code).containsExactly("LIC-SEAT");

    ResponseEntity<JsonNode> restored = put("mia-catalogue", code, """
        {"name": "Legacy connector", "unitPrice": 800.00, "currency": "EUR"}""");
    assertThat(restored.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(restored.getBody().get("active").asBoolean()).isTrue();
  }

  @Test
  void theSeedAddsMissingProductsAndNeverOverwritesOne() {
    String edited = newCode();
    String missing = newCode();
    put("mia-catalogue", edited, """
        {"name": "Edited by a manager", "unitPrice": 10.00, "currency": "EUR"}""");
    DemoProductsProperties seed = new DemoProductsProperties(List.of(
        new DemoProductsProperties.DemoProduct(edited, "Seeded", new BigDecimal("1.00"), "EUR"),
        new DemoProductsProperties.DemoProduct(missing, "Seeded", new BigDecimal("2.00"), "EUR")));

    new DemoProducts(catalogue, seed).run(null);

    assertThat(catalogue.find(edited).orElseThrow().name()).isEqualTo("Edited by a manager");
    assertThat(catalogue.find(missing).orElseThrow().unitPrice()).isEqualByComparingTo("2.00");
  }

  // ---- invalid requests

  @Test
  void everyInvalidFieldIsNamedAndNothingIsStored() {
    ResponseEntity<JsonNode> refused = send("mia-catalogue", PASSWORD, HttpMethod.PUT,
        "/api/products/lower_case", """
        {"unitPrice": -1, "currency": "EURO"}""");

    assertProblem(refused, HttpStatus.BAD_REQUEST);
    assertThat(fields(refused)).containsExactlyInAnyOrder("code", "name", "unitPrice", "currency");
    assertProblem(get("mia-catalogue", "/api/products/lower_case"), HttpStatus.NOT_FOUND);

    String code = newCode();
    ResponseEntity<JsonNode> threeDecimals = put("mia-catalogue", code, """
        {"name": "Rounding trouble", "unitPrice": 10.005, "currency": "EUR"}""");
    assertProblem(threeDecimals, HttpStatus.BAD_REQUEST);
    assertThat(fields(threeDecimals)).containsExactly("unitPrice");

    ResponseEntity<JsonNode> unknownCurrency = put("mia-catalogue", code, """
        {"name": "%s", "unitPrice": 10.00, "currency": "ABC"}""".formatted("n".repeat(201)));
    assertThat(fields(unknownCurrency)).containsExactlyInAnyOrder("name", "currency");

    ResponseEntity<JsonNode> tooLong = put("mia-catalogue", "C".repeat(41), """
        {"name": "Too long a code", "unitPrice": 1, "currency": "EUR"}""");
    assertThat(fields(tooLong)).containsExactly("code");

    ResponseEntity<JsonNode> misspelt = put("mia-catalogue", code, """
        {"name": "Misspelt", "price": 10.00, "currency": "EUR"}""");
    assertProblem(misspelt, HttpStatus.BAD_REQUEST);
    assertThat(fields(misspelt)).containsExactly("price");

    assertProblem(get("mia-catalogue", "/api/products/" + code), HttpStatus.NOT_FOUND);
  }

  // ---- who may do what

  @Test
  void repsReadTheCatalogueButOnlyManagersAndAdministratorsChangeIt() {
    assertThat(get("rita-catalogue", "/api/products/WS-DAY").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(get("webform-catalogue", "/api/products").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    assertProblem(put("rita-catalogue", "WS-DAY", """
        {"name": "Cheap workshop day", "unitPrice": 1.00, "currency": "EUR"}"""),
        HttpStatus.FORBIDDEN);
    assertProblem(put("rita-catalogue", newCode(), """
        {"name": "A rep's own product", "unitPrice": 1.00, "currency": "EUR"}"""),
        HttpStatus.FORBIDDEN);
    assertProblem(delete("rita-catalogue", "/api/products/WS-DAY"), HttpStatus.FORBIDDEN);
    assertProblem(delete("webform-catalogue", "/api/products/WS-DAY"), HttpStatus.FORBIDDEN);

    JsonNode workshop = get("rita-catalogue", "/api/products/WS-DAY").getBody();
    assertThat(workshop.get("unitPrice").decimalValue()).isEqualByComparingTo("1500.00");
    assertThat(workshop.get("active").asBoolean()).isTrue();

    assertProblem(get("outsider-catalogue", "/api/products"), HttpStatus.FORBIDDEN);
  }

  @Test
  void theCatalogueNeedsCredentials() {
    assertThat(http.getForEntity("/api/products", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/products/LIC-SEAT", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.exchange("/api/products/LIC-SEAT", HttpMethod.PUT, new HttpEntity<>("""
        {"name": "Free licence", "unitPrice": 0, "currency": "EUR"}""", json), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.exchange("/api/products/LIC-SEAT", HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(catalogue.find("LIC-SEAT").orElseThrow().active()).isTrue();
  }

  // ---- helpers

  private static String newCode() {
    return "T-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
  }

  private static JsonNode byCode(JsonNode products, String code) {
    for (JsonNode product : products) {
      if (product.get("code").asText().equals(code)) {
        return product;
      }
    }
    throw new AssertionError("No product " + code + " in " + products);
  }

  private static List<String> codes(ResponseEntity<JsonNode> products) {
    assertThat(products.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> codes = new ArrayList<>();
    products.getBody().forEach(product -> codes.add(product.get("code").asText()));
    return codes;
  }

  private static List<String> fields(ResponseEntity<JsonNode> problem) {
    assertProblem(problem, HttpStatus.BAD_REQUEST);
    return problem.getBody().get("errors").findValuesAsText("field");
  }

  ResponseEntity<JsonNode> get(String user, String path) {
    return send(user, PASSWORD, HttpMethod.GET, path, null);
  }

  ResponseEntity<JsonNode> put(String user, String code, String json) {
    return send(user, PASSWORD, HttpMethod.PUT, "/api/products/" + code, json);
  }

  ResponseEntity<JsonNode> delete(String user, String path) {
    return send(user, PASSWORD, HttpMethod.DELETE, path, null);
  }

  ResponseEntity<JsonNode> send(String user, String password, HttpMethod method, String path,
      String json) {
    HttpHeaders headers = new HttpHeaders();
    if (json != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return http.withBasicAuth(user, password)
        .exchange(path, method, new HttpEntity<>(json, headers), JsonNode.class);
  }
}
