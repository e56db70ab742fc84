package org.salescycle.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The customer's language, its words, amounts and dates. */
class DocumentWordsTest {

  static final Currency EUR = Currency.getInstance("EUR");
  static final Currency PLN = Currency.getInstance("PLN");
  static final Instant JANUARY_3 = Instant.parse("2027-01-03T10:00:00Z");

  @Test
  void polishForALeadInPolandEnglishForAnyOther() {
    assertThat(CustomerLanguage.of("PL")).isEqualTo(Locale.forLanguageTag("pl-PL"));
    assertThat(CustomerLanguage.of("pl")).isEqualTo(CustomerLanguage.POLISH);
    assertThat(CustomerLanguage.of("DE")).isEqualTo(Locale.ENGLISH);
    assertThat(CustomerLanguage.of("GB")).isEqualTo(Locale.ENGLISH);
    assertThat(CustomerLanguage.of((String) null)).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void amountsInTheLanguagesFormat() {
    var amount = new BigDecimal("12300.5");
    assertThat(Amounts.format(amount, EUR)).isEqualTo("12,300.50 EUR");
    assertThat(Amounts.format(amount, EUR, Locale.ENGLISH)).isEqualTo("12,300.50 EUR");
    assertThat(Amounts.format(amount, PLN, Locale.ENGLISH)).isEqualTo("12,300.50 PLN");
    assertThat(Amounts.format(amount, PLN, CustomerLanguage.POLISH))
        .isEqualTo("12\u00a0300,50 zł");
    assertThat(Amounts.format(amount, EUR, CustomerLanguage.POLISH))
        .isEqualTo("12\u00a0300,50 EUR");
    assertThat(Amounts.format(new BigDecimal("-862.5"), EUR, CustomerLanguage.POLISH))
        .isEqualTo("-862,50 EUR");
    assertThat(Amounts.percent(new BigDecimal("12.50"), CustomerLanguage.POLISH))
        .isEqualTo("12,5%");
    assertThat(Amounts.percent(new BigDecimal("12.50"), Locale.ENGLISH)).isEqualTo("12.5%");
  }

  @Test
  void datesInTheLanguagesFormat() {
    assertThat(Dates.format(JANUARY_3)).isEqualTo("3 January 2027");
    assertThat(Dates.format(JANUARY_3, CustomerLanguage.POLISH)).isEqualTo("3 stycznia 2027");
    Instant end = JANUARY_3.plusSeconds(3600);
    assertThat(Dates.span(JANUARY_3, end)).isEqualTo("3 Jan 2027, 10:00 to 11:00 UTC");
    assertThat(DocumentWords.in(CustomerLanguage.POLISH).span(JANUARY_3, end))
        .isEqualTo("3 sty 2027, 10:00 do 11:00 UTC");
    assertThat(DocumentWords.in(Locale.ENGLISH).span(JANUARY_3, JANUARY_3.plusSeconds(86400)))
        .isEqualTo("3 Jan 2027, 10:00 UTC to 4 Jan 2027, 10:00 UTC");
  }

  @Test
  void everyLanguageHasEveryText() throws IOException {
    Properties english = bundle("en");
    Properties polish = bundle("pl");
    assertThat(polish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(
        english.stringPropertyNames());
    assertThat(DocumentWords.in(CustomerLanguage.POLISH).text("paymentTerms.PARTIAL_PREPAYMENT"))
        .isEqualTo("Przedpłata 50%, reszta w ciągu 14 dni od dostawy");
  }

  private static Properties bundle(String language) throws IOException {
    var properties = new Properties();
    try (InputStream in = DocumentWordsTest.class.getResourceAsStream(
        "/messages/documents_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
