package org.salescycle.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.salescycle.shared.InvalidField;

/**
 * What a product must carry, for the API and the demo seed alike. Every broken rule is reported
 * with the field's name, so the sender can fix them all at once.
 */
final class ProductRules {

  static final int NAME_LENGTH = 200;
  private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,40}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
  // The column is numeric(19, 2): 17 digits before the decimal point.
  private static final BigDecimal PRICE_LIMIT = BigDecimal.TEN.pow(17);

  private ProductRules() {}

  /** The broken rules of the product; empty when valid. */
  static List<InvalidField> check(String code, ProductRequest request) {
    List<InvalidField> errors = new ArrayList<>();
    if (code == null || !CODE.matcher(code).matches()) {
      errors.add(new InvalidField("code", "must be 1 to 40 characters of A-Z, 0-9 and -"));
    }
    String name = request.name() == null ? "" : request.name().trim();
    if (name.isEmpty()) {
      errors.add(new InvalidField("name", "is required"));
    } else if (name.length() > NAME_LENGTH) {
      errors.add(new InvalidField("name", "must be at most " + NAME_LENGTH + " characters"));
    }
    BigDecimal price = request.unitPrice();
    if (price == null) {
      errors.add(new InvalidField("unitPrice", "is required"));
    } else if (price.signum() < 0) {
      errors.add(new InvalidField("unitPrice", "must be 0 or more"));
    } else if (price.stripTrailingZeros().scale() > 2) {
      errors.add(new InvalidField("unitPrice", "must have at most 2 decimals"));
    } else if (price.compareTo(PRICE_LIMIT) >= 0) {
      errors.add(new InvalidField("unitPrice", "must be below " + PRICE_LIMIT.toPlainString()));
    }
    if (request.currency() == null || !isCurrency(request.currency().trim())) {
      errors.add(new InvalidField("currency", "must be an ISO 4217 currency code, e.g. EUR"));
    }
    return errors;
  }

  /** The product as stored, from a request that passed {@link #check}. */
  static Product product(String code, ProductRequest request, Instant at) {
    return new Product(code, request.name().trim(),
        request.unitPrice().setScale(2, RoundingMode.UNNECESSARY),
        request.currency().trim().toUpperCase(Locale.ROOT),
        request.active() == null || request.active(), at);
  }

  private static boolean isCurrency(String code) {
    if (!CURRENCY.matcher(code).matches()) {
      return false;
    }
    try {
      Currency.getInstance(code.toUpperCase(Locale.ROOT));
      return true;
    } catch (IllegalArgumentException unknown) {
      return false;
    }
  }
}
