package org.salescycle.lead;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.shared.InvalidField;

/**
 * When a lead plans to buy: a month ({@value LeadVariables#PLANNED_PURCHASE}, "2027-06"), so the
 * timeline ages by itself. Callers that still send months from today
 * ({@value LeadVariables#PURCHASE_TIMELINE_MONTHS}) get them turned into that month; the
 * assessment reads the months left until it ({@link #monthsUntil}). Months are counted in UTC, on
 * the engine's clock, like every date the application shows.
 */
public final class PlannedPurchase {

  /** How far ahead a lead may plan, in months from this month. */
  public static final NumberRange MONTHS = NumberRange.wholeNumber(0, 120);

  private PlannedPurchase() {}

  /** The broken rules of the fields' planned purchase; empty when valid. */
  public static List<InvalidField> check(Function<String, Object> fields) {
    List<InvalidField> errors = new ArrayList<>();
    Object planned = given(fields.apply(LeadVariables.PLANNED_PURCHASE));
    Object months = fields.apply(LeadVariables.PURCHASE_TIMELINE_MONTHS);
    if (planned == null && months == null) {
      errors.add(new InvalidField(LeadVariables.PLANNED_PURCHASE,
          "is required: the month the lead plans to buy in, e.g. " + thisMonth().plusMonths(6)));
      return errors;
    }
    if (months != null && !MONTHS.contains(months)) {
      errors.add(new InvalidField(LeadVariables.PURCHASE_TIMELINE_MONTHS,
          "must be " + MONTHS.describe()));
    }
    if (planned == null) {
      return errors;
    }
    YearMonth month = parse(planned);
    YearMonth now = thisMonth();
    if (month == null) {
      errors.add(new InvalidField(LeadVariables.PLANNED_PURCHASE,
          "must be a month written as year-month, e.g. " + now.plusMonths(6)));
    } else if (month.isBefore(now)) {
      errors.add(new InvalidField(LeadVariables.PLANNED_PURCHASE,
          "must not be in the past (" + now + " or later)"));
    } else if (month.isAfter(now.plusMonths(MONTHS.max()))) {
      errors.add(new InvalidField(LeadVariables.PLANNED_PURCHASE,
          "must be at most " + MONTHS.max() + " months ahead (" + now.plusMonths(MONTHS.max())
              + " at the latest)"));
    } else if (months != null && MONTHS.contains(months)
        && !month.equals(now.plusMonths(((Number) months).longValue()))) {
      errors.add(new InvalidField(LeadVariables.PLANNED_PURCHASE,
          "differs from purchaseTimelineMonths (" + months + " months from now is "
              + now.plusMonths(((Number) months).longValue()) + "): send only one of them"));
    }
    return errors;
  }

  /**
   * The planned month of fields that passed {@link #check}: the month given, or this month plus
   * the months given; empty when neither is.
   */
  public static Optional<YearMonth> of(Function<String, Object> fields) {
    Object planned = given(fields.apply(LeadVariables.PLANNED_PURCHASE));
    if (planned != null) {
      return Optional.ofNullable(parse(planned));
    }
    Object months = fields.apply(LeadVariables.PURCHASE_TIMELINE_MONTHS);
    return months instanceof Number number
        ? Optional.of(thisMonth().plusMonths(number.longValue())) : Optional.empty();
  }

  /** Whole months from this month to the planned one; 0 once it has come or passed. */
  public static int monthsUntil(YearMonth planned) {
    return (int) Math.max(0, ChronoUnit.MONTHS.between(thisMonth(), planned));
  }

  /** The month as the engine's clock has it. */
  public static YearMonth thisMonth() {
    return YearMonth.from(today());
  }

  public static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
  }

  /**
   * A month from "2027-06", or the month of a date ("2027-06-15", as a date picker sends it);
   * null for anything else.
   */
  public static YearMonth parse(Object value) {
    if (!(value instanceof String text)) {
      return null;
    }
    String trimmed = text.trim();
    try {
      return switch (trimmed.length()) {
        case 7 -> YearMonth.parse(trimmed);
        case 10 -> YearMonth.from(LocalDate.parse(trimmed));
        default -> null;
      };
    } catch (DateTimeParseException notAMonth) {
      return null;
    }
  }

  private static Object given(Object value) {
    return value == null || (value instanceof String text && text.isBlank()) ? null : value;
  }
}
