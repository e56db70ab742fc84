package org.salescycle.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a lead must carry before the sales cycle starts for it, in one place for every way a lead
 * arrives: Tasklist's start form, the REST API and the CSV import. Every broken rule is reported
 * with the field's name, so the sender can fix them all at once.
 */
public final class LeadRules {

  public static final Set<String> NEED_LEVELS = Set.of("HIGH", "MEDIUM", "LOW", "NONE");
  private static final Pattern COUNTRY = Pattern.compile("^[A-Za-z]{2}$");
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
    requireMatch(LeadVariables.COUNTRY, COUNTRY, "a two-letter ISO country code");
    requireNumber(LeadVariables.ANNUAL_REVENUE, 0);
    requireNumber(LeadVariables.EMPLOYEES, 0);
    requireNumber(LeadVariables.YEARS_IN_BUSINESS, 0);
    requireNumber(LeadVariables.PURCHASE_TIMELINE_MONTHS, 0);
    requireNumber(LeadVariables.ESTIMATED_DEAL_VALUE, 1);
    requireBoolean(LeadVariables.BUDGET_CONFIRMED);
    requireBoolean(LeadVariables.DECISION_MAKER);
    Object need = fields.apply(LeadVariables.NEED_LEVEL);
    if (need == null || !NEED_LEVELS.contains(need.toString())) {
      invalid(LeadVariables.NEED_LEVEL, "must be one of " + NEED_LEVELS);
    }
    optionalText(LeadFields.PHONE, 50);
    optionalText(LeadFields.SOURCE, 100);
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

  private void requireMatch(String name, Pattern pattern, String what) {
    Object value = fields.apply(name);
    if (!(value instanceof String text) || !pattern.matcher(text.trim()).matches()) {
      invalid(name, "must be " + what);
    }
  }

  private void requireEmail(String name) {
    if (!(fields.apply(name) instanceof String text) || !EmailAddress.of(text).valid()) {
      invalid(name, "must be a valid e-mail address");
    }
  }

  private void requireNumber(String name, double minimum) {
    Object value = fields.apply(name);
    if (!(value instanceof Number number) || number.doubleValue() < minimum) {
      invalid(name, "must be a number of at least " + (long) minimum);
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
}
