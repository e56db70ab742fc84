package org.salescycle.catalogue;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product a quote can list: its price per unit in {@code currency} (ISO 4217, two decimals). A
 * retired product is not {@code active}; quotes that listed it keep their own name and price.
 */
public record Product(
    String code,
    String name,
    BigDecimal unitPrice,
    String currency,
    boolean active,
    Instant updatedAt) {}
