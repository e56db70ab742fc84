package org.salescycle.nurture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.lead.PlannedPurchase;
import org.salescycle.shared.InvalidField;

/** The purchase timeline as a month: how it is given, checked, and how it ages on the clock. */
class PlannedPurchaseTest {

  @BeforeEach
  void fiveDecember2026() {
    ClockUtil.setCurrentTime(Date.from(
        ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneOffset.UTC).toInstant()));
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void monthsFromTodayBecomeAMonth() {
    assertThat(PlannedPurchase.of(fields(null, 18)::get)).contains(YearMonth.of(2028, 6));
    assertThat(PlannedPurchase.of(fields("2027-06", null)::get)).contains(YearMonth.of(2027, 6));
    assertThat(PlannedPurchase.of(fields("2027-06-15", null)::get)).contains(YearMonth.of(2027, 6));
  }

  @Test
  void theMonthsLeftShrinkAsTheClockMoves() {
    YearMonth planned = YearMonth.of(2028, 6);
    assertThat(PlannedPurchase.monthsUntil(planned)).isEqualTo(18);

    ClockUtil.setCurrentTime(Date.from(
        ZonedDateTime.of(2028, 4, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant()));
    assertThat(PlannedPurchase.monthsUntil(planned)).isEqualTo(2);

    ClockUtil.setCurrentTime(Date.from(
        ZonedDateTime.of(2028, 9, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant()));
    assertThat(PlannedPurchase.monthsUntil(planned)).as("passed").isZero();
  }

  @Test
  void bothGivenMustAgree() {
    assertThat(PlannedPurchase.check(fields("2027-06", 6)::get)).isEmpty();
    assertThat(fieldsOf(PlannedPurchase.check(fields("2027-07", 6)::get)))
        .containsExactly("plannedPurchase");
  }

  @Test
  void aPastMonthAWrongFormatOrNothingIsRefusedNamingTheField() {
    assertThat(fieldsOf(PlannedPurchase.check(fields("2026-11", null)::get)))
        .containsExactly("plannedPurchase");
    assertThat(PlannedPurchase.check(fields("2026-12", null)::get)).as("this month").isEmpty();
    assertThat(fieldsOf(PlannedPurchase.check(fields("June 2027", null)::get)))
        .containsExactly("plannedPurchase");
    assertThat(fieldsOf(PlannedPurchase.check(fields("2037-01", null)::get)))
        .as("beyond 120 months").containsExactly("plannedPurchase");
    assertThat(fieldsOf(PlannedPurchase.check(fields(null, null)::get)))
        .containsExactly("plannedPurchase");
    assertThat(fieldsOf(PlannedPurchase.check(fields(null, 121)::get)))
        .containsExactly("purchaseTimelineMonths");
  }

  private static Map<String, Object> fields(String planned, Integer months) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("plannedPurchase", planned);
    fields.put("purchaseTimelineMonths", months);
    return fields;
  }

  private static List<String> fieldsOf(List<InvalidField> errors) {
    return errors.stream().map(InvalidField::field).toList();
  }
}
