package org.salescycle.lead;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The business key Cockpit lists a lead by, and the lead number read back from it. */
class LeadBusinessKeyTest {

  @Test
  void namesTheLeadByNumberAndCompany() {
    assertThat(LeadBusinessKey.of("L-2026-00042", "  Acme Sp. z o.o. "))
        .isEqualTo("L-2026-00042 Acme Sp. z o.o.");
    assertThat(LeadBusinessKey.of("L-2026-00042", " ")).isEqualTo("L-2026-00042");
  }

  @Test
  void fitsTheEnginesColumn() {
    String key = LeadBusinessKey.of("L-2026-00042", "x".repeat(300));
    assertThat(key).hasSize(255).startsWith("L-2026-00042 xxx");
  }

  @Test
  void readsTheNumberBackFromAKeyAndNothingFromOtherKeys() {
    assertThat(LeadBusinessKey.numberIn("L-2026-00042 Acme Sp. z o.o.")).isEqualTo("L-2026-00042");
    assertThat(LeadBusinessKey.numberIn("L-2027-123456 Big Year")).isEqualTo("L-2027-123456");
    assertThat(LeadBusinessKey.numberIn("L-2026-00042")).isEqualTo("L-2026-00042");
    assertThat(LeadBusinessKey.numberIn("586b7abd-8694-456b-8a09-4e36fd401867")).isNull();
    assertThat(LeadBusinessKey.numberIn("L-2026-00042x Acme")).isNull();
    assertThat(LeadBusinessKey.numberIn(null)).isNull();
  }
}
