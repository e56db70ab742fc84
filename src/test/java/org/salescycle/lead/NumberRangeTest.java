package org.salescycle.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberRangeTest {

  private final NumberRange amount = NumberRange.amount(0, LeadRules.MAX_AMOUNT);
  private final NumberRange months = NumberRange.wholeNumber(0, 120);

  @Test
  void numbersOfTheEnginesNumberTypesWithinTheRangeAreIn() {
    assertThat(List.<Object>of(0, 5_000_000L, (short) 7, 5e6, 0.5f, 1e15, -0.0))
        .allMatch(amount::contains);
    assertThat(List.<Object>of(0, 120, 12L, (short) 3, 3.0, 3.0f)).allMatch(months::contains);
  }

  @Test
  void nanInfinitiesAndNumbersOutsideTheRangeAreOut() {
    assertThat(List.<Object>of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Float.NaN, Float.POSITIVE_INFINITY, -0.01, 1e15 + 1, Double.MAX_VALUE, Long.MIN_VALUE))
        .noneMatch(amount::contains);
    assertThat(List.<Object>of(121, -1, 2.5, 120.000001, Long.MAX_VALUE, 1e300))
        .noneMatch(months::contains);
  }

  @Test
  void textAndNumberTypesTheEngineKeepsAsObjectsAreOut() {
    assertThat(Arrays.asList(null, "5", "NaN", "", true, new BigDecimal("5"),
        BigInteger.ONE)).noneMatch(amount::contains);
  }

  @Test
  void theRangeSaysWhatItTakes() {
    assertThat(amount.describe()).isEqualTo("a number from 0 to 1,000,000,000,000,000");
    assertThat(months.describe()).isEqualTo("a whole number from 0 to 120");
  }
}
