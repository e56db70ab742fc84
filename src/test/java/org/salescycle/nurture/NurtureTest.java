package org.salescycle.nurture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.salescycle.process.SalesCycleProperties;

/** When a nurtured lead wakes up, and when its nurture goes to the managers. */
class NurtureTest {

  static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneOffset.UTC);

  final Nurture nurture = new Nurture(
      new NurtureProperties(4, Period.ofYears(2), Period.ofDays(60), Period.ofDays(14),
          Period.ofDays(180)),
      new SalesCycleProperties(new SalesCycleProperties.Timers(Duration.ofDays(90), "R/P7D",
          Duration.ofDays(30), "R3/PT5M", "PT10M", "PT5M"), Map.of("default", Duration.ofDays(3)),
          Set.of(), "EUR", new SalesCycleProperties.Urgency(80, Duration.ofDays(1)),
          Duration.ofDays(1)),
      null);

  @Test
  void wakesUpTheLeadTimeBeforeThePlannedMonth() {
    ZonedDateTime at = nurture.wakeUpAt(Optional.of(YearMonth.of(2027, 5)), NOW);

    assertThat(at).isEqualTo(ZonedDateTime.of(2027, 3, 2, 0, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void aPurchaseSoonOrPastWakesUpAfterTheShortestRest() {
    assertThat(nurture.wakeUpAt(Optional.of(YearMonth.of(2027, 1)), NOW))
        .isEqualTo(NOW.plusDays(14));
    assertThat(nurture.wakeUpAt(Optional.of(YearMonth.of(2026, 6)), NOW))
        .isEqualTo(NOW.plusDays(14));
  }

  @Test
  void aPurchaseFarAheadWakesUpAfterTheLongestRest() {
    assertThat(nurture.wakeUpAt(Optional.of(YearMonth.of(2028, 6)), NOW))
        .isEqualTo(NOW.plusDays(180));
  }

  @Test
  void withoutAPlannedPurchaseTheNurturePeriodApplies() {
    assertThat(nurture.wakeUpAt(Optional.empty(), NOW)).isEqualTo(NOW.plusDays(90));
  }

  @Test
  void theLimitIsReachedAfterMoreRoundsThanAllowed() {
    Instant since = NOW.minusMonths(6).toInstant();

    assertThat(nurture.limitReached(4, since, NOW)).isFalse();
    assertThat(nurture.limitReached(5, since, NOW)).isTrue();
  }

  @Test
  void theLimitIsReachedWhenNurturedForLongerThanAllowed() {
    assertThat(nurture.limitReached(1, NOW.minusYears(2).toInstant(), NOW)).isFalse();
    assertThat(nurture.limitReached(1, NOW.minusYears(2).minusDays(1).toInstant(), NOW)).isTrue();
    assertThat(nurture.limitReached(1, null, NOW)).isFalse();
  }
}
