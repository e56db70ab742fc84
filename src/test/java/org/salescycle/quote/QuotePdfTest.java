package org.salescycle.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.salescycle.lead.Lead;

/** The PDF a customer receives, read back as text with PDFBox. */
class QuotePdfTest {

  static final Currency EUR = Currency.getInstance("EUR");
  static final Instant SENT = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void showsSellerCustomerLinesTotalsTermsAndValidity() throws IOException {
    var quote = new Quote("lead-1", "instance-1", 2, "Q-lead-1-2", EUR, List.of(
        QuoteLine.of("LIC-SEAT", "Sales Cycle licence, per seat", 25, new BigDecimal("120.00"),
            new BigDecimal("10"), EUR),
        QuoteLine.of("WS-DAY", "Onboarding workshop day", 3, new BigDecimal("1500.00"),
            new BigDecimal("12.5"), EUR)),
        new BigDecimal("23"), PaymentTerms.NET_30, 30, SENT);
    var seller = new QuoteProperties.Company("Sales Cycle Sp. z o.o.",
        "ul. Przykładowa 1, 00-001 Warszawa", "PL1234567890", "sales@example.com", null);
    var customer = new Lead("lead-1", "Łódzka Fabryka Śrub S.A.", "Zofia Żółkiewska",
        "zofia@fabryka.example", "fabryka.example", null, "PL", "web", "instance-1", "PROPOSAL",
        SENT, "rita", false, SENT, "rita", null, null, SENT);

    byte[] pdf = new QuotePdf().render(new QuoteDocument(seller, customer, quote, SENT,
        Instant.parse("2026-12-27T10:00:00Z")));

    String text = text(pdf);
    assertThat(text)
        .contains("Sales Cycle Sp. z o.o.", "ul. Przykładowa 1, 00-001 Warszawa",
            "Tax id: PL1234567890")
        .contains("Quote Q-lead-1-2", "Revision 2, issued 27 November 2026, valid until "
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

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Quote Q-lead-1-2");
      return new PDFTextStripper().getText(document);
    }
  }
}
