package org.salescycle.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The served markets as the application reads them from the lead-qualification table. */
class ServedMarketsTest {

  @Test
  void theMarketsAreTheTablesCodesWithTheirEnglishNamesInTheOrderOfTheNames() {
    assertThat(ServedMarkets.all()).hasSize(14)
        .containsEntry("PL", "Poland").containsEntry("GB", "United Kingdom")
        .containsEntry("CZ", "Czechia").containsEntry("US", "United States");
    assertThat(List.copyOf(ServedMarkets.all().values())).isSorted();
    assertThat(ServedMarkets.described()).startsWith("Austria (AT), Belgium (BE), Canada (CA)");
  }

  @Test
  void aCodeIsTakenInAnyCaseAndTheUkAsGbButNothingIsGuessed() {
    assertThat(ServedMarkets.code("pl")).contains("PL");
    assertThat(ServedMarkets.code(" De ")).contains("DE");
    assertThat(ServedMarkets.code("UK")).contains("GB");
    assertThat(ServedMarkets.code("uk")).contains("GB");
    for (String notServed : new String[] {"BR", "XX", "Poland", "GBR", "", " ", null}) {
      assertThat(ServedMarkets.code(notServed)).as(String.valueOf(notServed)).isEmpty();
    }
  }
}
