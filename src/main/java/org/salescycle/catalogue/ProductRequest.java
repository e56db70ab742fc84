package org.salescycle.catalogue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** The body of {@code PUT /api/products/{code}}; the code is the path's. */
@Schema(description = "A product of the catalogue: its name and price per unit")
public record ProductRequest(
    @Schema(example = "Sales Cycle licence, per seat", maxLength = ProductRules.NAME_LENGTH,
        requiredMode = Schema.RequiredMode.REQUIRED)
    String name,
    @Schema(description = "Price per unit, at most two decimals", example = "120.00",
        minimum = "0", requiredMode = Schema.RequiredMode.REQUIRED)
    BigDecimal unitPrice,
    @Schema(description = "ISO 4217 currency code", example = "EUR",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String currency,
    @Schema(description = "false retires the product; true when left out")
    Boolean active) {}
