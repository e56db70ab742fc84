package org.salescycle.quote;

import org.salescycle.words.DocumentWords;

/** The phrases a quote's PDF, e-mail and acceptance page share, in the customer's language. */
final class QuoteTexts {

  private QuoteTexts() {}

  /** "Q-2026-00042, revision 2". */
  static String numberAndRevision(DocumentWords words, Quote quote) {
    return words.text("quote.numberAndRevision", quote.number(), quote.revision());
  }

  /** "Quote Q-2026-00042, revision 2". */
  static String title(DocumentWords words, Quote quote) {
    return words.text("quote.title", numberAndRevision(words, quote));
  }

  static String paymentTerms(DocumentWords words, PaymentTerms terms) {
    return words.text("paymentTerms." + terms.name());
  }

  /** "Prices in EUR; tax at 23% on the net total." */
  static String prices(DocumentWords words, Quote quote) {
    return words.text("quote.prices", quote.currency().getCurrencyCode(),
        words.percent(quote.taxRatePercent()));
  }

  /** "Tax id: PL1234567890"; null without one. */
  static String taxId(DocumentWords words, String taxId) {
    return taxId == null || taxId.isBlank() ? null : words.text("quote.taxId", taxId);
  }
}
