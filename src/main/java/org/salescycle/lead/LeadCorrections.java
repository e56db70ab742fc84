package org.salescycle.lead;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.salescycle.shared.InvalidField;
import org.salescycle.stage.TimelineEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Corrects a lead's facts, the figures and answers its assessment reads, as its own audited
 * action: the new values go to the lead's row and, but for the contact's name, its instance, and
 * every changed field is recorded with who changed it, when and why (table lead_correction). The
 * figures a lead gives again after nurture ({@link Kind#FIGURES}) are recorded the same way, without
 * a reason, and show in the lead's timeline ({@link FiguresUpdate}).
 */
@Component
public class LeadCorrections {

  /**
   * The facts a correction may change: what the lead's assessment reads, and the company's and
   * the contact's names. A correction may also give the purchase timeline in months from now
   * ({@value LeadVariables#PURCHASE_TIMELINE_MONTHS}); it changes the planned purchase.
   */
  public static final List<String> FIELDS = List.of(LeadVariables.COMPANY_NAME,
      LeadVariables.CONTACT_NAME,
      LeadVariables.COUNTRY, LeadVariables.ANNUAL_REVENUE, LeadVariables.EMPLOYEES,
      LeadVariables.YEARS_IN_BUSINESS, LeadVariables.ESTIMATED_DEAL_VALUE,
      LeadVariables.NEED_LEVEL, LeadVariables.BUDGET_CONFIRMED, LeadVariables.DECISION_MAKER,
      LeadVariables.PLANNED_PURCHASE);

  /** The figures a lead gives again after nurture: what may have changed while it waited. */
  public static final List<String> FIGURES = List.of(LeadVariables.BUDGET_CONFIRMED,
      LeadVariables.DECISION_MAKER, LeadVariables.NEED_LEVEL, LeadVariables.PLANNED_PURCHASE,
      LeadVariables.ANNUAL_REVENUE, LeadVariables.EMPLOYEES, LeadVariables.ESTIMATED_DEAL_VALUE);

  /** Why a lead's facts changed: they were wrong, or the lead gave new figures after nurture. */
  public enum Kind { CORRECTION, FIGURES }

  public record Change(String field, String from, String to) {}

  public record Correction(Instant at, String by, String reason, List<Change> changes) {}

  /** New figures a lead gave after nurture, as its timeline shows them. */
  @JsonTypeName("FIGURES")
  public record FiguresUpdate(Instant at, String by, List<Change> changes)
      implements TimelineEntry {

    @Override
    public Instant happenedAt() {
      return at;
    }
  }

  private static final int REASON_LENGTH = 1000;

  private final JdbcTemplate jdbc;
  private final LeadOnTasks leadOnTasks;
  private final LeadRepository leads;

  public LeadCorrections(JdbcTemplate jdbc, LeadOnTasks leadOnTasks, LeadRepository leads) {
    this.jdbc = jdbc;
    this.leadOnTasks = leadOnTasks;
    this.leads = leads;
  }

  /**
   * Applies the corrected fields (absent ones keep their value) after checking the corrected lead
   * against the {@link LeadRules}, and records the changes.
   *
   * @throws InvalidLeadException naming every field the corrected lead breaks a rule with
   */
  public List<Change> apply(DelegateExecution lead, Map<String, Object> corrected, String reason,
      String user, Instant at) {
    return record(lead, Kind.CORRECTION, corrected, reason, user, at, lead::getVariable);
  }

  /**
   * Applies the figures a lead gave after nurture (absent ones keep their value) after checking
   * them against the {@link LeadRules}, and records the changes (a note on them is a lead note,
   * {@link LeadNotes}).
   * {@code before} gives each figure's value before the update: a form's answers are the lead's
   * variables already when its step completes.
   *
   * @throws InvalidLeadException naming every field that breaks a rule
   */
  public List<Change> updateFigures(DelegateExecution lead, Map<String, Object> figures,
      String user, Instant at, Function<String, Object> before) {
    return record(lead, Kind.FIGURES, figures, null, user, at, before);
  }

  private List<Change> record(DelegateExecution lead, Kind kind, Map<String, Object> sent,
      String reason, String user, Instant at, Function<String, Object> earlier) {
    List<String> fields = kind == Kind.CORRECTION ? FIELDS : FIGURES;
    String reasonField = "reason";
    List<InvalidField> errors = new ArrayList<>();
    if (kind == Kind.CORRECTION && (reason == null || reason.isBlank())) {
      errors.add(new InvalidField(reasonField, "is required: say why the data was wrong"));
    } else if (reason != null && reason.length() > REASON_LENGTH) {
      errors.add(new InvalidField(reasonField, "must be at most " + REASON_LENGTH + " characters"));
    }
    sent.keySet().stream().filter(field -> !fields.contains(field)
            && !LeadVariables.PURCHASE_TIMELINE_MONTHS.equals(field))
        .forEach(field -> errors.add(new InvalidField(field, kind == Kind.CORRECTION
            ? "cannot be corrected" : "is not one of the lead's figures " + fields)));
    Map<String, Object> corrected = new LinkedHashMap<>(sent);
    Object months = corrected.remove(LeadVariables.PURCHASE_TIMELINE_MONTHS);
    boolean timelineSent = months != null
        || corrected.get(LeadVariables.PLANNED_PURCHASE) != null;
    if (timelineSent) {
      Map<String, Object> timeline = new HashMap<>();
      timeline.put(LeadVariables.PURCHASE_TIMELINE_MONTHS, months);
      timeline.put(LeadVariables.PLANNED_PURCHASE, corrected.get(LeadVariables.PLANNED_PURCHASE));
      List<InvalidField> timelineErrors = PlannedPurchase.check(timeline::get);
      errors.addAll(timelineErrors);
      if (timelineErrors.isEmpty()) {
        corrected.put(LeadVariables.PLANNED_PURCHASE,
            PlannedPurchase.of(timeline::get).orElseThrow().toString());
      }
    }
    String leadId = (String) lead.getVariable(LeadVariables.LEAD_ID);
    Function<String, Object> held = field -> ContactFields.NAMES.contains(field)
        ? contactNameOf(leadId) : earlier.apply(field);
    Function<String, Object> current = field -> ContactFields.NAMES.contains(field)
        ? contactNameOf(leadId) : lead.getVariable(field);
    Map<String, Object> after = new LinkedHashMap<>();
    for (String field : FIELDS) {
      after.put(field, corrected.containsKey(field)
          ? coerce(field, held.apply(field), corrected.get(field)) : current.apply(field));
    }
    // The purchase timeline was checked above, if sent: one planned long ago is no error of the
    // other fields.
    errors.addAll(LeadRules.check(name -> after.containsKey(name) ? after.get(name)
            : lead.getVariable(name)).stream()
        .filter(error -> FIELDS.contains(error.field()))
        .filter(error -> !LeadVariables.PLANNED_PURCHASE.equals(error.field())).toList());
    if (!errors.isEmpty()) {
      throw new InvalidLeadException(errors);
    }
    String recordedReason = reason == null || reason.isBlank() ? null : reason.trim();
    List<Change> changes = new ArrayList<>();
    for (String field : corrected.keySet()) {
      Object before = held.apply(field);
      Object value = after.get(field);
      // set even when unchanged: a form's answer may be a decimal where the lead keeps a whole
      if (!ContactFields.NAMES.contains(field)) {
        lead.setVariable(field, value);
      }
      if (!sameValue(before, value)) {
        changes.add(new Change(field, text(before), text(value)));
        jdbc.update("""
            insert into lead_correction (id, lead_id, corrected_at, corrected_by, reason, field,
              old_value, new_value, kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            UUID.randomUUID().toString(), leadId, Timestamp.from(at), user, recordedReason, field,
            text(before), text(value), kind.name());
      }
    }
    jdbc.update("""
        update sales_lead set company_name = ?, contact_name = ?, country = ?, deal_value = ?
        where id = ?""",
        after.get(LeadVariables.COMPANY_NAME), after.get(LeadVariables.CONTACT_NAME),
        lead.getVariable(LeadVariables.COUNTRY),
        new BigDecimal(lead.getVariable(LeadVariables.ESTIMATED_DEAL_VALUE).toString()),
        leadId);
    if (corrected.containsKey(LeadVariables.PLANNED_PURCHASE)) {
      YearMonth planned = YearMonth.parse(after.get(LeadVariables.PLANNED_PURCHASE).toString());
      leads.recordPlannedPurchase(leadId, planned);
      lead.setVariable(LeadVariables.PURCHASE_TIMELINE_MONTHS, PlannedPurchase.monthsUntil(planned));
    }
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
    return recorded(leadId, Kind.CORRECTION);
  }

  /** The figures the lead gave after nurture, oldest first. */
  public List<FiguresUpdate> figuresOf(String leadId) {
    return recorded(leadId, Kind.FIGURES).stream()
        .map(update -> new FiguresUpdate(update.at(), update.by(), update.changes())).toList();
  }

  private List<Correction> recorded(String leadId, Kind kind) {
    Map<String, Correction> byTime = new LinkedHashMap<>();
    jdbc.query("""
        select corrected_at, corrected_by, reason, field, old_value, new_value from lead_correction
        where lead_id = ? and kind = ? order by corrected_at, field""", rs -> {
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
    }, leadId, kind.name());
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
