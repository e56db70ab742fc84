package org.salescycle.quote;

import java.net.URI;
import org.salescycle.words.CustomerLanguage;
import org.salescycle.words.DocumentWords;

/**
 * The e-mail that carries a quote to the customer: text, the PDF and the acceptance link, in the
 * customer's language.
 */
record QuoteMail(QuoteDocument document, byte[] pdf, URI acceptanceLink) {

  String to() {
    return document.customer().contactEmail();
  }

  String subject() {
    DocumentWords words = words();
    return words.text("mail.subject", QuoteTexts.numberAndRevision(words, document.quote()),
        document.seller().name());
  }

  String attachmentName() {
    return fileName(document.quote());
  }

  /** The PDF's file name wherever it is handed out: quote-Q-2026-00042-revision-2.pdf. */
  static String fileName(Quote quote) {
    return "quote-%s-revision-%d.pdf".formatted(quote.number(), quote.revision());
  }

  String text() {
    DocumentWords words = words();
    Quote quote = document.quote();
    String contact = document.customer().contactName();
    String greeting = contact == null || contact.isBlank() ? words.text("greeting.anonymous")
        : words.text("greeting.named", contact);
    return words.text("mail.text", greeting, QuoteTexts.numberAndRevision(words, quote),
        document.customer().companyName(), words.amount(quote.grossTotal(), quote.currency()),
        words.amount(quote.netTotal(), quote.currency()),
        QuoteTexts.paymentTerms(words, quote.paymentTerms()),
        words.date(document.validUntil()), acceptanceLink, document.seller().name());
  }

  private DocumentWords words() {
    return DocumentWords.in(CustomerLanguage.of(document.customer().country()));
  }
}
