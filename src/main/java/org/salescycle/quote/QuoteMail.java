package org.salescycle.quote;

import org.salescycle.words.Amounts;
import java.net.URI;

/** The e-mail that carries a quote to the customer: text, the PDF and the acceptance link. */
record QuoteMail(QuoteDocument document, byte[] pdf, URI acceptanceLink) {


  String to() {
    return document.customer().contactEmail();
  }

  String subject() {
    return "Quote %s, from %s".formatted(document.quote().numberAndRevision(),
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
    Quote quote = document.quote();
    return """
        Dear %s,

        thank you for your interest. Attached is our quote %s, for %s: %s in total \
        (%s net plus tax).

        Payment terms: %s.
        The quote is valid until %s.

        To read it online and accept it, open this link:
        %s

        Kind regards,
        %s
        """.formatted(document.customer().contactName(), quote.numberAndRevision(),
        document.customer().companyName(), Amounts.format(quote.grossTotal(), quote.currency()),
        Amounts.format(quote.netTotal(), quote.currency()),
        quote.paymentTerms().description(), QuoteDates.format(document.validUntil()), acceptanceLink,
        document.seller().name());
  }
}
