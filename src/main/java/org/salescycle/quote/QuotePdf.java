package org.salescycle.quote;

import org.salescycle.words.Amounts;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.salescycle.lead.Lead;
import org.springframework.stereotype.Component;

/**
 * Renders a quote as an A4 PDF: seller, customer, quote number and revision, the line items,
 * totals, payment terms and validity. Uses the Unicode font OpenPDF ships, so names with Polish
 * or other non-Latin-1 letters print as written.
 */
@Component
class QuotePdf {

  private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
  private static final Color RULE = new Color(0x99, 0x99, 0x99);
  private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);

  private final BaseFont font;

  QuotePdf() {
    try {
      font = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (IOException | DocumentException missing) {
      throw new IllegalStateException("OpenPDF's bundled font " + FONT + " is missing", missing);
    }
  }

  byte[] render(QuoteDocument document) {
    var out = new ByteArrayOutputStream();
    var pdf = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(pdf, out);
      Quote quote = document.quote();
      pdf.addTitle("Quote " + quote.numberAndRevision());
      pdf.addAuthor(document.seller().name());
      pdf.open();
      pdf.add(seller(document.seller()));
      pdf.add(paragraph("Quote " + quote.numberAndRevision(), 18, 16));
      pdf.add(paragraph("Issued %s, valid until %s".formatted(
          QuoteDates.format(document.issuedAt()), QuoteDates.format(document.validUntil())), 10, 12));
      pdf.add(customer(document.customer()));
      pdf.add(lines(quote));
      pdf.add(totals(quote));
      pdf.add(paragraph("Payment terms: " + quote.paymentTerms().description(), 10, 18));
      pdf.add(paragraph("This quote is valid until %s. Prices in %s; tax at %s on the net total."
          .formatted(QuoteDates.format(document.validUntil()), quote.currency().getCurrencyCode(),
              Amounts.percent(quote.taxRatePercent())), 10, 4));
      pdf.close();
    } catch (DocumentException broken) {
      throw new IllegalStateException("Quote " + document.quote().numberAndRevision()
          + " could not be rendered", broken);
    }
    return out.toByteArray();
  }

  private Paragraph seller(QuoteProperties.Company seller) {
    var block = paragraph(seller.name(), 14, 0);
    Stream.of(seller.address(), taxId(seller.taxId()), seller.email(), seller.phone())
        .filter(line -> line != null && !line.isBlank())
        .forEach(line -> block.add(new Phrase("\n" + line, font(9))));
    block.setSpacingAfter(18);
    return block;
  }

  private static String taxId(String taxId) {
    return taxId == null || taxId.isBlank() ? null : "Tax id: " + taxId;
  }

  private Paragraph customer(Lead customer) {
    var block = paragraph("For: " + customer.companyName(), 11, 12);
    Stream.of("Attn. " + customer.contactName(), customer.contactEmail(), customer.country())
        .filter(line -> line != null && !line.isBlank())
        .forEach(line -> block.add(new Phrase("\n" + line, font(10))));
    block.setSpacingAfter(14);
    return block;
  }

  private PdfPTable lines(Quote quote) {
    var table = new PdfPTable(new float[] {4, 22, 8, 14, 9, 14});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String header : List.of("#", "Product", "Qty", "Unit price", "Discount", "Net amount")) {
      PdfPCell cell = cell(header, header.equals("Product") || header.equals("#")
          ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
      cell.setBackgroundColor(SHADE);
      table.addCell(cell);
    }
    Currency currency = quote.currency();
    int number = 1;
    for (QuoteLine line : quote.lines()) {
      table.addCell(cell(String.valueOf(number++), Element.ALIGN_LEFT));
      table.addCell(cell(line.productName() + "\n" + line.productCode(), Element.ALIGN_LEFT));
      table.addCell(cell(String.valueOf(line.quantity()), Element.ALIGN_RIGHT));
      table.addCell(cell(Amounts.format(line.unitPrice(), currency), Element.ALIGN_RIGHT));
      table.addCell(cell(Amounts.percent(line.discountPercent()), Element.ALIGN_RIGHT));
      table.addCell(cell(Amounts.format(line.netAmount(), currency), Element.ALIGN_RIGHT));
    }
    return table;
  }

  private PdfPTable totals(Quote quote) {
    var table = new PdfPTable(new float[] {3, 2});
    table.setWidthPercentage(50);
    table.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.setSpacingBefore(10);
    Currency currency = quote.currency();
    total(table, "List total", Amounts.format(quote.listTotal(), currency));
    total(table, "Discount (%s)".formatted(Amounts.percent(quote.discountPercent())),
        "-" + Amounts.format(quote.discountTotal(), currency));
    total(table, "Net total", Amounts.format(quote.netTotal(), currency));
    total(table, "Tax (%s)".formatted(Amounts.percent(quote.taxRatePercent())),
        Amounts.format(quote.taxAmount(), currency));
    PdfPCell label = cell("Total", Element.ALIGN_LEFT);
    PdfPCell value = cell(Amounts.format(quote.grossTotal(), currency), Element.ALIGN_RIGHT);
    label.setBackgroundColor(SHADE);
    value.setBackgroundColor(SHADE);
    table.addCell(label);
    table.addCell(value);
    return table;
  }

  private void total(PdfPTable table, String label, String value) {
    table.addCell(cell(label, Element.ALIGN_LEFT));
    table.addCell(cell(value, Element.ALIGN_RIGHT));
  }

  private PdfPCell cell(String text, int alignment) {
    var cell = new PdfPCell(new Phrase(text, font(9)));
    cell.setHorizontalAlignment(alignment);
    cell.setBorderColor(RULE);
    cell.setPadding(4);
    return cell;
  }

  private Paragraph paragraph(String text, float size, float spacingBefore) {
    var paragraph = new Paragraph(text, font(size));
    paragraph.setSpacingBefore(spacingBefore);
    return paragraph;
  }

  private Font font(float size) {
    return new Font(font, size);
  }
}
