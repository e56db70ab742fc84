package org.salescycle.lead;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Corrects a lead's facts, the figures and answers its assessment reads, as its own audited
 * action: the new values go to the lead's row and, but for the contact's name, its instance, and every changed field is recorded
 * with who changed it, when and why (table lead_correction).
 */
@Component
public class LeadCorrections {

  /**
   * The facts a correction may change: what the lead's assessment reads, and the company's and
   * the contact's names.
   */
  public static final List<String> FIELDS = List.of(LeadVariables.COMPANY_NAME,
      LeadVariables.CONTACT_NAME,
      LeadVariables.COUNTRY, LeadVariables.ANNUAL_REVENUE, LeadVariables.EMPLOYEES,
      LeadVariables.YEARS_IN_BUSINESS, LeadVariables.ESTIMATED_DEAL_VALUE,
      LeadVariables.NEED_LEVEL, LeadVariables.BUDGET_CONFIRMED, LeadVariables.DECISION_MAKER,
      LeadVariables.PURCHASE_TIMELINE_MONTHS);

  public record Change(String field, String from, String to) {}

  public record Correction(Instant at, String by, String reason, List<Change> changes) {}

  private final JdbcTemplate jdbc;
  private final LeadOnTasks leadOnTasks;

  public LeadCorrections(JdbcTemplate jdbc, LeadOnTasks leadOnTasks) {
    this.jdbc = jdbc;
    this.leadOnTasks = leadOnTasks;
  }

  /**
   * Applies the corrected fields (absent ones keep their value) after checking the corrected lead
   * against the {@link LeadRules}, and records the changes.
   *
   * @throws InvalidLeadException naming every field the corrected lead breaks a rule with
   */
  public List<Change> apply(DelegateExecution lead, Map<String, Object> corrected, String reason,
      String user, Instant at) {
    List<InvalidField> errors = new ArrayList<>();
    if (reason == null || reason.isBlank()) {
      errors.add(new InvalidField("reason", "is required: say why the data was wrong"));
    } else if (reason.length() > 1000) {
      errors.add(new InvalidField("reason", "must be at most 1000 characters"));
    }
    corrected.keySet().stream().filter(field -> !FIELDS.contains(field))
        .forEach(field -> errors.add(new InvalidField(field, "cannot be corrected")));
    String leadId = (String) lead.getVariable(LeadVariables.LEAD_ID);
    Function<String, Object> held = field -> ContactFields.NAMES.contains(field)
        ? contactNameOf(leadId) : lead.getVariable(field);
    Map<String, Object> after = new LinkedHashMap<>();
    for (String field : FIELDS) {
      after.put(field, corrected.containsKey(field)
          ? coerce(field, held.apply(field), corrected.get(field)) : held.apply(field));
    }
    errors.addAll(LeadRules.check(name -> after.containsKey(name) ? after.get(name)
        : lead.getVariable(name)).stream().filter(error -> FIELDS.contains(error.field())).toList());
    if (!errors.isEmpty()) {
      throw new InvalidLeadException(errors);
    }
    List<Change> changes = new ArrayList<>();
    for (String field : corrected.keySet()) {
      Object before = held.apply(field);
      Object value = after.get(field);
      if (!sameValue(before, value)) {
        if (!ContactFields.NAMES.contains(field)) {
          lead.setVariable(field, value);
        }
        changes.add(new Change(field, text(before), text(value)));
        jdbc.update("""
            insert into lead_correction (id, lead_id, corrected_at, corrected_by, reason, field,
              old_value, new_value) values (?, ?, ?, ?, ?, ?, ?, ?)""",
            UUID.randomUUID().toString(), leadId, Timestamp.from(at), user, reason.trim(), field,
            text(before), text(value));
      }
    }
    jdbc.update("""
        update sales_lead set company_name = ?, contact_name = ?, country = ?, deal_value = ?
        where id = ?""",
        after.get(LeadVariables.COMPANY_NAME), after.get(LeadVariables.CONTACT_NAME),
        lead.getVariable(LeadVariables.COUNTRY),
        new BigDecimal(lead.getVariable(LeadVariables.ESTIMATED_DEAL_VALUE).toString()),
        leadId);
    if (changes.stream().anyMatch(change -> change.field().equals(LeadVariables.COMPANY_NAME))) {
      renameInstance(lead, leadId, after.get(LeadVariables.COMPANY_NAME).toString());
    }
    leadOnTasks.refresh(lead);
    return changes;
  }

  /** The contact's name lives in the lead row only ({@link ContactFields}). */
  private String contactNameOf(String leadId) {
    return jdbc.queryForList("select contact_name from sales_lead where id = ?", String.class,
        leadId).stream().filter(Objects::nonNull).findFirst().orElse(null);
  }

  /** A numbered lead's business key names its company, so it follows a corrected name. */
  private void renameInstance(DelegateExecution lead, String leadId, String companyName) {
    jdbc.queryForList("select lead_number from sales_lead where id = ? and lead_number is not null",
        String.class, leadId).stream().findFirst().ifPresent(number ->
        lead.setProcessBusinessKey(LeadBusinessKey.of(number, companyName)));
  }

  /** The lead's corrections, oldest first. */
  public List<Correction> of(String leadId) {
    Map<String, Correction> byTime = new LinkedHashMap<>();
    jdbc.query("""
        select corrected_at, corrected_by, reason, field, old_value, new_value from lead_correction
        where lead_id = ? order by corrected_at, field""", rs -> {
      Instant at = rs.getTimestamp("corrected_at").toInstant();
      String by = rs.getString("corrected_by");
      Correction correction = byTime.computeIfAbsent(at + "|" + by,
          key -> new Correction(at, by, null, new ArrayList<>()));
      if (correction.reason() == null) {
        correction = new Correction(at, by, rs.getString("reason"), correction.changes());
        byTime.put(at + "|" + by, correction);
      }
      correction.changes().add(new Change(rs.getString("field"), rs.getString("old_value"),
          rs.getString("new_value")));
    }, leadId);
    return List.copyOf(byTime.values());
  }

  /**
   * The corrected value in the type the lead's variable has: a form sends yes/no choices as YES
   * or NO and whole numbers as decimals; the country is kept as the served market's code, as the
   * rules expect. A number that type cannot hold exactly (NaN, infinite, beyond an int) stays as
   * sent, for the rules to refuse.
   */
  private static Object coerce(String field, Object before, Object value) {
    if (value instanceof String text && (LeadVariables.BUDGET_CONFIRMED.equals(field)
        || LeadVariables.DECISION_MAKER.equals(field))) {
      if (text.equalsIgnoreCase("YES") || text.equalsIgnoreCase("true")) {
        return true;
      }
      if (text.equalsIgnoreCase("NO") || text.equalsIgnoreCase("false")) {
        return false;
      }
    }
    if (value instanceof String text && LeadVariables.COUNTRY.equals(field)) {
      return ServedMarkets.code(text).orElse(text);
    }
    if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
      BigDecimal exact = new BigDecimal(number.toString());
      try {
        if (before instanceof Integer) {
          return exact.intValueExact();
        }
        if (before instanceof Long) {
          return exact.longValueExact();
        }
      } catch (ArithmeticException fractionOrTooLarge) {
        return value;
      }
      if (before instanceof Double) {
        return number.doubleValue();
      }
    }
    return value;
  }

  private static boolean sameValue(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
    }
    return Objects.equals(a, b);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
