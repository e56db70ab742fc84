package org.salescycle.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.salescycle.process.SalesCycleProperties;

class CompanyDomainsTest {

  private final CompanyDomains domains = new CompanyDomains(new SalesCycleProperties(
      new SalesCycleProperties.Timers(Duration.ofDays(90), "R/P7D", Duration.ofDays(30), "R3/PT5M",
          "R3/PT10M", "R3/PT5M"),
      Map.of("default", Duration.ofDays(3)),
      Set.of("gmail.com", " WP.pl "),
      "EUR",
      new SalesCycleProperties.Urgency(80, Duration.ofDays(1)),
      Duration.ofDays(1)));

  @Test
  void companyAddressGivesTheCompanyDomainInLowerCase() {
    assertThat(domains.of("Anna.Nowak@ACME.pl")).contains("acme.pl");
  }

  @Test
  void aDomainInUnicodeOrPunycodeWithOrWithoutItsTrailingDotIsOneCompany() {
    assertThat(domains.of("jan@Bücher.de")).contains("bücher.de");
    assertThat(domains.of("anna@XN--BCHER-KVA.DE.")).contains("bücher.de");
    assertThat(domains.of("\u00A0anna@bücher.de\u200B")).contains("bücher.de");
  }

  @Test
  void freeMailAddressesHaveNoCompanyDomainWhateverTheirCase() {
    assertThat(domains.of("someone@gmail.com")).isEmpty();
    assertThat(domains.of("someone@Wp.PL")).isEmpty();
    assertThat(domains.of("someone@gmail.com.")).isEmpty();
  }

  @Test
  void somethingThatIsNoAddressIsRefused() {
    assertThatThrownBy(() -> domains.of("acme.pl")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> domains.of("anna@")).isInstanceOf(IllegalArgumentException.class);
  }
}
