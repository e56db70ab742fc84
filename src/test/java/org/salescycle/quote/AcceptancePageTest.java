package org.salescycle.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.salescycle.lead.Lead;

/** What the customer reads behind the acceptance link, in each state the link can be in. */
class AcceptancePageTest {

  static final Instant SENT = Instant.parse("2026-11-27T10:00:00Z");
  static final Instant VALID_UNTIL = Instant.parse("2026-12-27T10:00:00Z");
  static final String TOKEN = "MTIuMTc5ODM2NjQwMA.c2lnbmF0dXJl";

  final AcceptancePage page = new AcceptancePage(new QuoteProperties(new BigDecimal("23"),
      new QuoteProperties.Company("Sales Cycle Demo Sp. z o.o.", "ul. Przykładowa 1, Warszawa",
          "PL0000000000", "sales@sales-cycle.example", "+48 22 000 00 00"),
      new QuoteProperties.Mail("quotes@sales-cycle.example"),
      new QuoteProperties.Acceptance(URI.create("http://localhost"), null)));

  @Test
  void anOpenQuoteShowsLetterheadCustomerLinesTotalsValidityThePdfAndTheButton() {
    String html = page.render(outcome(QuoteAcceptance.Status.READY, null), TOKEN);

    assertThat(html)
        .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .contains("<title>Quote Q-2026-00042, revision 2: Sales Cycle Demo Sp. z o.o.</title>")
        .contains("Sales Cycle Demo Sp. z o.o.", "ul. Przykładowa 1, Warszawa",
            "Tax id: PL0000000000")
        .contains("Quote Q-2026-00042 <span class=\"revision\">revision 2</span>")
        .contains("Smith &amp; Sons &lt;Ltd&gt;", "Attn. Jane Smith")
        .contains("Issued</dt><dd>27 November 2026", "Valid until</dt><dd>27 December 2026")
        .contains("Payment within 30 days of delivery")
        .contains("Sales Cycle licence, per seat", "LIC-SEAT", "120.00 EUR", "10%",
            "2,700.00 EUR")
        .contains("List total</th><td>3,000.00 EUR", "Discount (10%)</th><td>-300.00 EUR",
            "Net total</th><td>2,700.00 EUR", "Tax (23%)</th><td>621.00 EUR",
            "Total</th><td id=\"total\">3,321.00 EUR")
        .contains("href=\"/api/quotes/pdf?token=" + TOKEN + "\"")
        .contains("<input type=\"hidden\" name=\"token\" value=\"" + TOKEN + "\">")
        .contains("Accept quote Q-2026-00042")
        .contains("sales@sales-cycle.example · +48 22 000 00 00")
        .doesNotContain("<script", "http://", "https://");
  }

  @Test
  void theInlineStyleIsTheOneThePolicyAllows() throws Exception {
    String html = page.render(outcome(QuoteAcceptance.Status.READY, null), TOKEN);
    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
    assertThat(style.find()).isTrue();
    String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
        .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
    assertThat(AcceptancePage.CONTENT_SECURITY_POLICY).contains("style-src 'sha256-" + hash + "'");
    assertThat(style.group(1)).contains("@media (max-width:40em)");
  }

  @Test
  void acceptedExpiredAndOtherStatesSayWhatHappenedAndStillShowTheQuote() {
    String accepted = page.render(outcome(QuoteAcceptance.Status.ACCEPTED,
        Instant.parse("2026-12-01T09:00:00Z")), TOKEN);
    assertThat(accepted).contains("Thank you: quote accepted",
            "You accepted quote Q-2026-00042, revision 2, on 1 December 2026",
            "3,321.00 EUR", "/api/quotes/pdf?token=")
        .doesNotContain("<form", "id=\"accept\"");

    String again = page.render(outcome(QuoteAcceptance.Status.ALREADY_ACCEPTED,
        Instant.parse("2026-12-01T09:00:00Z")), TOKEN);
    assertThat(again).contains("Already accepted", "Quote Q-2026-00042, revision 2, was accepted on 1 December 2026")
        .doesNotContain("<form");

    var expired = new QuoteAcceptance.Outcome(QuoteAcceptance.Status.EXPIRED,
        stored(null), customer(), VALID_UNTIL);
    assertThat(page.render(expired, TOKEN)).contains("This quote has expired",
        "Quote Q-2026-00042, revision 2, was valid until 27 December 2026",
        "Please ask us for a new one").doesNotContain("<form");

    assertThat(page.render(outcome(QuoteAcceptance.Status.SUPERSEDED, null), TOKEN))
        .contains("There is a newer quote").doesNotContain("<form");
    assertThat(page.render(outcome(QuoteAcceptance.Status.CLOSED, null), TOKEN))
        .contains("can no longer be accepted online").doesNotContain("<form");
  }

  @Test
  void anInvalidLinkShowsNoQuoteOnlyWhomToAsk() {
    String html = page.render(QuoteAcceptance.Outcome.of(QuoteAcceptance.Status.INVALID),
        "<forged>");
    assertThat(html).contains("This link is not valid", "Sales Cycle Demo Sp. z o.o.",
            "sales@sales-cycle.example")
        .doesNotContain("<forged>", "Total", "<form", "/api/quotes/pdf");
  }

  @Test
  void aPolishCustomerReadsThePageInPolishWithPolishAmountsAndDates() {
    Currency pln = Currency.getInstance("PLN");
    Instant sent = Instant.parse("2027-01-03T10:00:00Z");
    var quote = new Quote("lead-2", "instance-2", 1, "Q-2027-00003", pln, List.of(
        QuoteLine.of("LIC-SEAT", "Licencja Sales Cycle, stanowisko", 10,
            new BigDecimal("1230.05"), new BigDecimal("12.5"), pln)),
        new BigDecimal("23"), PaymentTerms.NET_14, 30, sent);
    var stored = new StoredQuote(13, quote, sent, "zofia@fabryka.example",
        Instant.parse("2027-02-02T10:00:00Z"), null);
    var customer = new Lead("lead-2", "L-2027-00001", "Łódzka Fabryka Śrub S.A.",
        "Zofia Żółkiewska", "zofia@fabryka.example", "fabryka.example", null, "PL", "web",
        "instance-2", "PROPOSAL", sent, "rita", false, sent, "rita", null, null, sent);

    String html = page.render(new QuoteAcceptance.Outcome(QuoteAcceptance.Status.READY, stored,
        customer, null), TOKEN);

    // 12,300.50 list, 1,537.56 off (12.5%), 10,762.94 net, 2,475.48 tax, 13,238.42 in total
    assertThat(html)
        .contains("<html lang=\"pl\">", "<title>Oferta Q-2027-00003, wersja 1: ")
        .contains("NIP: PL0000000000")
        .contains("Oferta Q-2027-00003 <span class=\"revision\">wersja 1</span>")
        .contains("Łódzka Fabryka Śrub S.A.", "Do rąk: Zofia Żółkiewska")
        .contains("Wystawiona</dt><dd>3 stycznia 2027", "Ważna do</dt><dd>2 lutego 2027")
        .contains("Płatność w ciągu 14 dni od dostawy")
        .contains("<th>Ilość</th><th>Cena jedn.</th><th>Rabat</th>", "12,5%")
        .contains("Wartość wg cennika</th><td>12\u00a0300,50 zł",
            "Rabat (12,5%)</th><td>-1\u00a0537,56 zł", "Razem netto</th><td>10\u00a0762,94 zł",
            "VAT (23%)</th><td>2\u00a0475,48 zł",
            "Razem brutto</th><td id=\"total\">13\u00a0238,42 zł")
        .contains("Akceptuję ofertę Q-2027-00003", "Pobierz ofertę w PDF",
            "Pytania dotyczące oferty?")
        .doesNotContain("Quote ", "Total", "EUR", "Payment");
  }

  @Test
  void aPolishCustomersExpiredQuoteSaysSoInPolish() {
    var customer = new Lead("lead-1", "L-2026-00007", "Kowalski i Synowie", "Jan Kowalski",
        "jan@kowalski.example", "kowalski.example", null, "PL", "web", "instance-1", "PROPOSAL",
        SENT, "rita", false, SENT, "rita", null, null, SENT);
    String html = page.render(new QuoteAcceptance.Outcome(QuoteAcceptance.Status.EXPIRED,
        stored(null), customer, VALID_UNTIL), TOKEN);
    assertThat(html).contains("Oferta wygasła",
        "Oferta Q-2026-00042, wersja 2, była ważna do 27 grudnia 2026", "120,00 EUR",
        "3\u00a0321,00 EUR");
  }

  private static QuoteAcceptance.Outcome outcome(QuoteAcceptance.Status status,
      Instant acceptedAt) {
    return new QuoteAcceptance.Outcome(status, stored(acceptedAt), customer(), null);
  }

  private static StoredQuote stored(Instant acceptedAt) {
    Currency eur = Currency.getInstance("EUR");
    var quote = new Quote("lead-1", "instance-1", 2, "Q-2026-00042", eur, List.of(
        QuoteLine.of("LIC-SEAT", "Sales Cycle licence, per seat", 25, new BigDecimal("120.00"),
            new BigDecimal("10"), eur)),
        new BigDecimal("23"), PaymentTerms.NET_30, 30, SENT);
    return new StoredQuote(12, quote, SENT, "jane@smith.example", VALID_UNTIL, acceptedAt);
  }

  private static Lead customer() {
    return new Lead("lead-1", "L-2026-00007", "Smith & Sons <Ltd>", "Jane Smith",
        "jane@smith.example", "smith.example", null, "GB", "web", "instance-1", "PROPOSAL", SENT,
        "rita", false, SENT, "rita", null, null, SENT);
  }
}
