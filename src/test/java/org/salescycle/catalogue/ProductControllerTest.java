package org.salescycle.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.salescycle.web.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.salescycle.web.ControllerSlice;
import org.salescycle.web.SliceRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/products} in the web layer: the product rules' refusals, each field named, the
 * refusal of anyone but managers and administrators, 404 for an unknown product, and 201 or 200
 * for a saved one. Storage and the HTTP security in front are tested by {@code
 * ProductCatalogueApiTest} over HTTP.
 */
@ControllerSlice(ProductController.class)
class ProductControllerTest {

  @MockitoBean ProductCatalogue catalogue;
  @MockitoBean IdentityService identity;

  @Autowired MockMvc mvc;
  SliceRequests http;

  @BeforeEach
  void manager() {
    http = new SliceRequests(mvc);
    SliceRequests.signedIn(identity, "mia", "sales-managers");
  }

  @Test
  void everyInvalidFieldIsNamedAndNothingIsSaved() {
    ResponseEntity<JsonNode> refused = http.put("/api/products/lower_case", """
        {"unitPrice": -1, "currency": "EURO"}""");
    assertProblem(refused, HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("detail").asText()).isEqualTo("The product is invalid");
    assertThat(fields(refused)).containsExactlyInAnyOrder("code", "name", "unitPrice", "currency");

    ResponseEntity<JsonNode> threeDecimals = http.put("/api/products/SEAT", """
        {"name": "Rounding trouble", "unitPrice": 10.005, "currency": "EUR"}""");
    assertProblem(threeDecimals, HttpStatus.BAD_REQUEST);
    assertThat(fields(threeDecimals)).containsExactly("unitPrice");

    ResponseEntity<JsonNode> unknownCurrency = http.put("/api/products/SEAT", """
        {"name": "%s", "unitPrice": 10.00, "currency": "ABC"}""".formatted("n".repeat(201)));
    assertThat(fields(unknownCurrency)).containsExactlyInAnyOrder("name", "currency");

    ResponseEntity<JsonNode> tooLong = http.put("/api/products/" + "C".repeat(41), """
        {"name": "Too long a code", "unitPrice": 1, "currency": "EUR"}""");
    assertThat(fields(tooLong)).containsExactly("code");

    ResponseEntity<JsonNode> misspelt = http.put("/api/products/SEAT", """
        {"name": "Misspelt", "price": 10.00, "currency": "EUR"}""");
    assertProblem(misspelt, HttpStatus.BAD_REQUEST);
    assertThat(fields(misspelt)).containsExactly("price");

    ResponseEntity<JsonNode> mistyped = http.put("/api/products/SEAT", """
        {"name": "Mistyped", "unitPrice": "ten", "currency": "EUR"}""");
    assertProblem(mistyped, HttpStatus.BAD_REQUEST);
    assertThat(fields(mistyped)).containsExactly("unitPrice");

    verify(catalogue, never()).save(any());
  }

  @Test
  void onlyManagersAndAdministratorsChangeTheCatalogue() {
    SliceRequests.signedIn(identity, "rita", "sales-reps");

    ResponseEntity<JsonNode> put = http.put("/api/products/SEAT", """
        {"name": "Seat", "unitPrice": 10.00, "currency": "EUR"}""");
    ResponseEntity<JsonNode> delete = http.send(HttpMethod.DELETE, "/api/products/SEAT", null,
        null);

    assertProblem(put, HttpStatus.FORBIDDEN);
    assertThat(put.getBody().get("detail").asText())
        .isEqualTo("Only sales managers and administrators change the catalogue");
    assertProblem(delete, HttpStatus.FORBIDDEN);
    verify(catalogue, never()).save(any());
    verify(catalogue, never()).deactivate(anyString(), any());
  }

  @Test
  void anUnknownProductIs404() {
    when(catalogue.find("NO-SUCH")).thenReturn(Optional.empty());
    when(catalogue.deactivate(any(), any())).thenReturn(false);

    assertProblem(http.get("/api/products/NO-SUCH"), HttpStatus.NOT_FOUND);
    assertProblem(http.send(HttpMethod.DELETE, "/api/products/NO-SUCH", null, null),
        HttpStatus.NOT_FOUND);
  }

  @Test
  void aParameterOfTheWrongTypeIs400() {
    assertProblem(http.get("/api/products?includeInactive=maybe"), HttpStatus.BAD_REQUEST);
  }

  @Test
  void aNewProductIs201WithItsLocationAndAChangedOne200StoredAsTheRulesSay() {
    Product stored = new Product("SEAT", "Seat", new BigDecimal("10.00"), "EUR", true,
        Instant.parse("2026-01-01T00:00:00Z"));
    when(catalogue.find("SEAT")).thenReturn(Optional.of(stored));
    when(catalogue.save(any())).thenReturn(true, false);

    ResponseEntity<JsonNode> created = http.put("/api/products/SEAT", """
        {"name": " Seat ", "unitPrice": 10, "currency": "eur"}""");
    ResponseEntity<JsonNode> changed = http.put("/api/products/SEAT", """
        {"name": "Seat", "unitPrice": 10.00, "currency": "EUR", "active": true}""");

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getHeaders().getLocation()).isEqualTo(URI.create("/api/products/SEAT"));
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(changed.getHeaders().getLocation()).isNull();
    ArgumentCaptor<Product> saved = ArgumentCaptor.forClass(Product.class);
    verify(catalogue, times(2)).save(saved.capture());
    assertThat(saved.getAllValues().get(0)).satisfies(product -> {
      assertThat(product.name()).isEqualTo("Seat");
      assertThat(product.unitPrice()).isEqualTo(new BigDecimal("10.00"));
      assertThat(product.currency()).isEqualTo("EUR");
      assertThat(product.active()).isTrue();
    });
  }

  private static List<String> fields(ResponseEntity<JsonNode> refused) {
    return refused.getBody().get("errors").findValuesAsText("field");
  }
}
