package org.salescycle.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.shared.Caller;
import org.salescycle.shared.InvalidField;
import org.salescycle.shared.InvalidRequestException;
import org.salescycle.shared.NotAllowedException;
import org.salescycle.shared.SalesGroups;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/products}: the catalogue quotes are built from. Everyone with API access reads it;
 * managers and administrators maintain it.
 */
@RestController
@RequestMapping("/api/products")
@Tag(name = "Products")
class ProductController {

  private static final Set<String> EDITORS = Set.of(Groups.CAMUNDA_ADMIN, SalesGroups.MANAGERS);

  private final ProductCatalogue catalogue;
  private final IdentityService identity;

  ProductController(ProductCatalogue catalogue, IdentityService identity) {
    this.catalogue = catalogue;
    this.identity = identity;
  }

  @Operation(summary = "The products quotes can list, by name")
  @GetMapping
  List<Product> products(
      @Parameter(description = "Also the retired products") @RequestParam(defaultValue = "false")
      boolean includeInactive) {
    return catalogue.all(includeInactive);
  }

  @Operation(summary = "A product, active or retired")
  @ApiResponse(responseCode = "404", description = "No such product")
  @GetMapping("/{code}")
  Product product(@PathVariable String code) {
    return catalogue.find(code).orElseThrow(() -> new ProductNotFoundException(code));
  }

  @Operation(summary = "Create or change a product (managers and administrators)",
      description = "The code is 1 to 40 characters of A-Z, 0-9 and -. Quotes sent before keep "
          + "the name and price they were sent with.")
  @ApiResponse(responseCode = "201", description = "Created; Location names the product")
  @ApiResponse(responseCode = "200", description = "Changed")
  @ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors[]")
  @ApiResponse(responseCode = "403", description = "Not a manager or administrator")
  @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Product> save(@PathVariable String code, @RequestBody ProductRequest request) {
    requireEditor();
    List<InvalidField> errors = ProductRules.check(code, request);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("The product is invalid", errors);
    }
    boolean created = catalogue.save(ProductRules.product(code, request, now()));
    Product saved = catalogue.find(code).orElseThrow();
    return created
        ? ResponseEntity.created(URI.create("/api/products/" + code)).body(saved)
        : ResponseEntity.ok(saved);
  }

  @Operation(summary = "Retire a product (managers and administrators)",
      description = "It stays readable, with active false, and quotes that list it keep their "
          + "own copy of its name and price. A PUT with active true brings it back.")
  @ApiResponse(responseCode = "204", description = "Retired")
  @ApiResponse(responseCode = "403", description = "Not a manager or administrator")
  @ApiResponse(responseCode = "404", description = "No such product")
  @DeleteMapping("/{code}")
  ResponseEntity<Void> retire(@PathVariable String code) {
    requireEditor();
    if (!catalogue.deactivate(code, now())) {
      throw new ProductNotFoundException(code);
    }
    return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
  }

  private void requireEditor() {
    if (Caller.current(identity).groups().stream().noneMatch(EDITORS::contains)) {
      throw new NotAllowedException("Only sales managers and administrators change the catalogue");
    }
  }

  // The engine's clock, which the process tests move.
  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
