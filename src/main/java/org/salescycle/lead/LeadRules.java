package org.salescycle.lead;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.salescycle.shared.InvalidField;

/**
 * What a lead must carry before the sales cycle starts for it, in one place for every way a lead
 * arrives: Tasklist's start form, the REST API and the CSV import (the purchase timeline by
 * {@link PlannedPurchase}). Every broken rule is reported
 * with the field's name, so the sender can fix them all at once.
 */
public final class LeadRules {

  public static final Set<String> NEED_LEVELS = Set.of("HIGH", "MEDIUM", "LOW", "NONE");

  /**
   * The most money a lead's figures may state. The lead table keeps the deal value as
   * numeric(19, 2), and a credit limit, a share of the revenue, becomes a long; a quadrillion fits
   * both, and a double still holds every whole amount up to it exactly.
   */
  public static final long MAX_AMOUNT = 1_000_000_000_000_000L;

  /**
   * Every number of a lead and the values it may take; whole numbers no larger than an int, as
   * the decision tables read them.
   */
  public static final Map<String, NumberRange> NUMBERS = numbers();

  private static final int TEXT_LENGTH = 255;

  private final Function<String, Object> fields;
  private final List<InvalidField> errors = new ArrayList<>();

  private LeadRules(Function<String, Object> fields) {
    this.fields = fields;
  }

  /** The broken rules of the lead whose fields the function returns by name; empty when valid. */
  public static List<InvalidField> check(Function<String, Object> fields) {
    return new LeadRules(fields).checkAll();
  }

  private List<InvalidField> checkAll() {
    requireText(LeadVariables.COMPANY_NAME);
    optionalText(LeadVariables.CONTACT_NAME, TEXT_LENGTH);
    requireEmail(LeadVariables.CONTACT_EMAIL);
    requireServedMarket(LeadVariables.COUNTRY);
    NUMBERS.forEach(this::requireNumber);
    errors.addAll(PlannedPurchase.check(fields));
    requireBoolean(LeadVariables.BUDGET_CONFIRMED);
    requireBoolean(LeadVariables.DECISION_MAKER);
    Object need = fields.apply(LeadVariables.NEED_LEVEL);
    if (need == null || !NEED_LEVELS.contains(need.toString())) {
      invalid(LeadVariables.NEED_LEVEL, "must be one of " + NEED_LEVELS);
    }
    optionalText(LeadVariables.PHONE, 50);
    optionalText(LeadVariables.SOURCE, 100);
    return List.copyOf(errors);
  }

  private void requireText(String name) {
    Object value = fields.apply(name);
    if (!(value instanceof String text) || text.isBlank()) {
      invalid(name, "is required");
    } else if (text.length() > TEXT_LENGTH) {
      invalid(name, "must be at most " + TEXT_LENGTH + " characters");
    }
  }

  private void optionalText(String name, int maxLength) {
    Object value = fields.apply(name);
    if (value != null && (!(value instanceof String text) || text.length() > maxLength)) {
      invalid(name, "must be text of at most " + maxLength + " characters");
    }
  }

  /** A served market: a lead from elsewhere is refused, not disqualified for a typo. */
  private void requireServedMarket(String name) {
    Object value = fields.apply(name);
    if (!(value instanceof String text) || ServedMarkets.code(text).isEmpty()) {
      invalid(name, "must be the ISO code of a country we serve: " + ServedMarkets.described());
    }
  }

  private void requireEmail(String name) {
    if (!(fields.apply(name) instanceof String text) || !EmailAddress.of(text).valid()) {
      invalid(name, "must be a valid e-mail address");
    }
  }

  private void requireNumber(String name, NumberRange range) {
    if (!range.contains(fields.apply(name))) {
      invalid(name, "must be " + range.describe());
    }
  }

  private void requireBoolean(String name) {
    if (!(fields.apply(name) instanceof Boolean)) {
      invalid(name, "must be true or false");
    }
  }

  private void invalid(String field, String message) {
    errors.add(new InvalidField(field, message));
  }

  private static Map<String, NumberRange> numbers() {
    Map<String, NumberRange> numbers = new LinkedHashMap<>();
    numbers.put(LeadVariables.ANNUAL_REVENUE, NumberRange.amount(0, MAX_AMOUNT));
    numbers.put(LeadVariables.EMPLOYEES, NumberRange.wholeNumber(0, Integer.MAX_VALUE));
    numbers.put(LeadVariables.YEARS_IN_BUSINESS, NumberRange.wholeNumber(0, Integer.MAX_VALUE));
    numbers.put(LeadVariables.ESTIMATED_DEAL_VALUE, NumberRange.amount(1, MAX_AMOUNT));
    return Collections.unmodifiableMap(numbers);
  }
}
