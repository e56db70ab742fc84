package org.salescycle.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.apache.pdfbox.Loader;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.salescycle.lead.Lead;
import org.salescycle.words.CustomerLanguage;

/** The PDF a customer receives, read back as text with PDFBox. */
class QuotePdfTest {

  static final Currency EUR = Currency.getInstance("EUR");
  static final Instant SENT = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void showsSellerCustomerLinesTotalsTermsAndValidity() throws IOException {
    var quote = new Quote("lead-1", "instance-1", 2, "Q-2026-00042", EUR, List.of(
        QuoteLine.of("LIC-SEAT", "Sales Cycle licence, per seat", 25, new BigDecimal("120.00"),
            new BigDecimal("10"), EUR),
        QuoteLine.of("WS-DAY", "Onboarding workshop day", 3, new BigDecimal("1500.00"),
            new BigDecimal("12.5"), EUR)),
        new BigDecimal("23"), PaymentTerms.NET_30, 30, SENT);
    var seller = new QuoteProperties.Company("Sales Cycle Sp. z o.o.",
        "ul. Przykładowa 1, 00-001 Warszawa", "PL1234567890", "sales@example.com", null);
    var customer = new Lead("lead-1", "L-2026-00017", "Łódzka Fabryka Śrub S.A.", "Zofia Żółkiewska",
        "zofia@fabryka.example", "fabryka.example", null, "DE", "web", "instance-1", "PROPOSAL",
        SENT, "rita", false, SENT, "rita", null, null, SENT);

    byte[] pdf = new QuotePdf().render(new QuoteDocument(seller, customer, quote, SENT,
        Instant.parse("2026-12-27T10:00:00Z")));

    String text = text(pdf);
    assertThat(text)
        .contains("Sales Cycle Sp. z o.o.", "ul. Przykładowa 1, 00-001 Warszawa",
            "Tax id: PL1234567890")
        .contains("Quote Q-2026-00042, revision 2", "Issued 27 November 2026, valid until "
            + "27 December 2026")
        .contains("For: Łódzka Fabryka Śrub S.A.", "Attn. Zofia Żółkiewska",
            "zofia@fabryka.example")
        // line: quantity, unit price, discount, net amount
        .contains("Sales Cycle licence, per seat", "LIC-SEAT", "25", "120.00 EUR", "10%",
            "2,700.00 EUR")
        .contains("Onboarding workshop day", "WS-DAY", "1,500.00 EUR", "12.5%", "3,937.50 EUR")
        // 7,500.00 list, 862.50 off (11.5%), 6,637.50 net, 1,526.63 tax (1,526.625 half up)
        .contains("List total", "7,500.00 EUR")
        .contains("Discount (11.5%)", "-862.50 EUR")
        .contains("Net total", "6,637.50 EUR")
        .contains("Tax (23%)", "1,526.63 EUR")
        .contains("Total", "8,164.13 EUR")
        .contains("Payment terms: Payment within 30 days of delivery");
    assertThat(text.indexOf("Sales Cycle licence")).as("lines in the order entered")
        .isLessThan(text.indexOf("Onboarding workshop day"));
  }

  @Test
  void aPolishCustomerReadsPolishHeadingsAmountsAndDates() throws IOException {
    Currency pln = Currency.getInstance("PLN");
    Instant issued = Instant.parse("2027-01-03T09:00:00Z");
    var quote = new Quote("lead-3", "instance-3", 1, "Q-2027-00003", pln, List.of(
        QuoteLine.of("LIC-SEAT", "Licencja Sales Cycle, stanowisko", 10,
            new BigDecimal("1230.05"), BigDecimal.ZERO, pln)),
        new BigDecimal("23"), PaymentTerms.PARTIAL_PREPAYMENT, 30, issued);
    var seller = new QuoteProperties.Company("Sales Cycle Sp. z o.o.",
        "ul. Przykładowa 1, 00-001 Warszawa", "PL1234567890", "sales@example.com", null);
    var customer = new Lead("lead-3", "L-2027-00001", "Łódzka Fabryka Śrub S.A.",
        "Zofia Żółkiewska", "zofia@fabryka.example", "fabryka.example", null, "PL", "web",
        "instance-3", "PROPOSAL", issued, "rita", false, issued, "rita", null, null, issued);

    byte[] pdf = new QuotePdf().render(new QuoteDocument(seller, customer, quote, issued,
        Instant.parse("2027-02-02T09:00:00Z")));

    // 12,300.50 net, 2,829.12 VAT (2,829.115 half up), 15,129.62 in total
    String text = text(pdf, "Oferta Q-2027-00003, wersja 1");
    assertThat(text)
        .contains("NIP: PL1234567890", "Oferta Q-2027-00003, wersja 1",
            "Wystawiona 3 stycznia 2027, ważna do 2 lutego 2027")
        .contains("Dla: Łódzka Fabryka Śrub S.A.", "Do rąk: Zofia Żółkiewska")
        .contains("Produkt", "Ilość", "Cena jedn.", "Rabat", "Wartość netto")
        .contains("1\u00a0230,05 zł", "12\u00a0300,50 zł")
        .contains("Wartość wg cennika", "Rabat (0%)", "-0,00 zł", "Razem netto",
            "VAT (23%)", "2\u00a0829,12 zł", "Razem brutto", "15\u00a0129,62 zł")
        .contains("Warunki płatności: Przedpłata 50%, reszta w ciągu 14 dni od dostawy")
        .contains("Oferta jest ważna do 2 lutego 2027.")
        .doesNotContain("Quote", "Total", "Payment", "PLN 12");
  }

  @Test
  void theFontPrintsTheSpaceThatGroupsPolishDigits() throws Exception {
    char grouping = java.text.DecimalFormatSymbols.getInstance(CustomerLanguage.POLISH)
        .getGroupingSeparator();
    BaseFont font = BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf",
        BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    assertThat(font.charExists(grouping)).as("glyph for U+%04X", (int) grouping).isTrue();
    assertThat(font.charExists('ł')).isTrue();
  }

  /** The README's picture of a quote: the demo seller's PDF, rendered as the customer sees it. */
  @Test
  void rendersTheReadmePicture() throws IOException {
    var quote = new Quote("lead-2", "instance-2", 1, "Q-2026-00042", EUR, List.of(
        QuoteLine.of("LIC-SEAT", "Sales Cycle licence, per seat", 40, new BigDecimal("120.00"),
            new BigDecimal("5"), EUR),
        QuoteLine.of("SUP-ANNUAL", "Annual support plan", 1, new BigDecimal("2400.00"),
            BigDecimal.ZERO, EUR)),
        new BigDecimal("23"), PaymentTerms.NET_30, 30, SENT);
    var seller = new QuoteProperties.Company("Sales Cycle Demo Sp. z o.o.",
        "ul. Przykładowa 1, 00-001 Warszawa, Poland", "PL0000000000", "sales@sales-cycle.example",
        null);
    var customer = new Lead("lead-2", "L-2026-00108", "Żabka Logistics", "Jan Kowalski",
        "jan@zabka-logistics.example", "zabka-logistics.example", null, "GB", "web",
        "instance-2", "PROPOSAL", SENT, "rita", false, SENT, "rita", null, null, SENT);

    byte[] pdf = new QuotePdf().render(new QuoteDocument(seller, customer, quote, SENT,
        Instant.parse("2026-12-27T10:00:00Z")));

    assertThat(text(pdf, "Quote Q-2026-00042, revision 1")).contains("Żabka Logistics");
    Path picture = Path.of("target", "screenshots", "quote-pdf.png");
    Files.createDirectories(picture.getParent());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png", picture.toFile());
    }
    assertThat(Files.size(picture)).isPositive();
  }

  private static String text(byte[] pdf) throws IOException {
    return text(pdf, "Quote Q-2026-00042, revision 2");
  }

  private static String text(byte[] pdf, String title) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title);
      return new PDFTextStripper().getText(document);
    }
  }
}
