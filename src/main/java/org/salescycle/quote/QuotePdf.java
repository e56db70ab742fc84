package org.salescycle.quote;

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
import org.salescycle.words.CustomerLanguage;
import org.salescycle.words.DocumentWords;
import org.springframework.stereotype.Component;

/**
 * Renders a quote as an A4 PDF: seller, customer, quote number and revision, the line items,
 * totals, payment terms and validity, in the customer's language. Uses the Unicode font OpenPDF
 * ships, so names with Polish or other non-Latin-1 letters, and the no-break space Polish amounts
 * group digits with, print as written.
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
    var words = DocumentWords.in(CustomerLanguage.of(document.customer().country()));
    var out = new ByteArrayOutputStream();
    var pdf = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(pdf, out);
      Quote quote = document.quote();
      String title = QuoteTexts.title(words, quote);
      pdf.addTitle(title);
      pdf.addAuthor(document.seller().name());
      pdf.open();
      pdf.add(seller(document.seller(), words));
      pdf.add(paragraph(title, 18, 16));
      pdf.add(paragraph(words.text("quote.issuedAndValid", words.date(document.issuedAt()),
          words.date(document.validUntil())), 10, 12));
      pdf.add(customer(document.customer(), words));
      pdf.add(lines(quote, words));
      pdf.add(totals(quote, words));
      pdf.add(paragraph(words.text("quote.paymentTermsAre",
          QuoteTexts.paymentTerms(words, quote.paymentTerms())), 10, 18));
      pdf.add(paragraph(words.text("quote.validity", words.date(document.validUntil())) + " "
          + QuoteTexts.prices(words, quote), 10, 4));
      pdf.close();
    } catch (DocumentException broken) {
      throw new IllegalStateException("Quote " + document.quote().numberAndRevision()
          + " could not be rendered", broken);
    }
    return out.toByteArray();
  }

  private Paragraph seller(QuoteProperties.Company seller, DocumentWords words) {
    var block = paragraph(seller.name(), 14, 0);
    Stream.of(seller.address(), QuoteTexts.taxId(words, seller.taxId()), seller.email(),
            seller.phone())
        .filter(line -> line != null && !line.isBlank())
        .forEach(line -> block.add(new Phrase("\n" + line, font(9))));
    block.setSpacingAfter(18);
    return block;
  }

  private Paragraph customer(Lead customer, DocumentWords words) {
    var block = paragraph(words.text("quote.forCustomer", customer.companyName()), 11, 12);
    Stream.of(words.text("quote.attention", customer.contactName()), customer.contactEmail(),
            customer.country())
        .filter(line -> line != null && !line.isBlank())
        .forEach(line -> block.add(new Phrase("\n" + line, font(10))));
    block.setSpacingAfter(14);
    return block;
  }

  private PdfPTable lines(Quote quote, DocumentWords words) {
    var table = new PdfPTable(new float[] {4, 22, 8, 14, 9, 14});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    header(table, "#", Element.ALIGN_LEFT);
    header(table, words.text("lines.product"), Element.ALIGN_LEFT);
    for (String key : List.of("lines.qty", "lines.unitPrice", "lines.discount",
        "lines.netAmount")) {
      header(table, words.text(key), Element.ALIGN_RIGHT);
    }
    Currency currency = quote.currency();
    int number = 1;
    for (QuoteLine line : quote.lines()) {
      table.addCell(cell(String.valueOf(number++), Element.ALIGN_LEFT));
      table.addCell(cell(line.productName() + "\n" + line.productCode(), Element.ALIGN_LEFT));
      table.addCell(cell(String.valueOf(line.quantity()), Element.ALIGN_RIGHT));
      table.addCell(cell(words.amount(line.unitPrice(), currency), Element.ALIGN_RIGHT));
      table.addCell(cell(words.percent(line.discountPercent()), Element.ALIGN_RIGHT));
      table.addCell(cell(words.amount(line.netAmount(), currency), Element.ALIGN_RIGHT));
    }
    return table;
  }

  private void header(PdfPTable table, String text, int alignment) {
    PdfPCell cell = cell(text, alignment);
    cell.setBackgroundColor(SHADE);
    table.addCell(cell);
  }

  private PdfPTable totals(Quote quote, DocumentWords words) {
    var table = new PdfPTable(new float[] {3, 2});
    table.setWidthPercentage(50);
    table.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.setSpacingBefore(10);
    Currency currency = quote.currency();
    total(table, words.text("totals.list"), words.amount(quote.listTotal(), currency));
    total(table, words.text("totals.discount", words.percent(quote.discountPercent())),
        "-" + words.amount(quote.discountTotal(), currency));
    total(table, words.text("totals.net"), words.amount(quote.netTotal(), currency));
    total(table, words.text("totals.tax", words.percent(quote.taxRatePercent())),
        words.amount(quote.taxAmount(), currency));
    PdfPCell label = cell(words.text("totals.gross"), Element.ALIGN_LEFT);
    PdfPCell value = cell(words.amount(quote.grossTotal(), currency), Element.ALIGN_RIGHT);
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
