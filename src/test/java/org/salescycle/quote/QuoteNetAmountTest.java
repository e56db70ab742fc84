package org.salescycle.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteNetAmountTest {

  @ParameterizedTest(name = "{0} less {1}% is {2}")
  @CsvSource({
      "40000, 5, 38000.00",
      "40000, 0, 40000.00",
      "999.99, 12.5, 874.99",   // 874.99125 rounds down
      "0.05, 10, 0.05",         // 0.045 rounds half up
      "1234.56, 33.33, 823.08", // 823.081152 keeps cents
      "100, 99.99, 0.01"})
  void netAmountIsRoundedHalfUpToCents(String amount, String discount, String expected) {
    assertThat(Quote.netAmount(new BigDecimal(amount), new BigDecimal(discount)))
        .isEqualByComparingTo(expected)
        .hasScaleOf(2);
  }

  @ParameterizedTest
  @CsvSource({"0, 5", "-10, 5", "100, -1", "100, 100"})
  void impossibleFiguresAreRefused(String amount, String discount) {
    assertThatThrownBy(() -> Quote.netAmount(new BigDecimal(amount), new BigDecimal(discount)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
