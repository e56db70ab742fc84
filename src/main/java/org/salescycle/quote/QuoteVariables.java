package org.salescycle.quote;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Process variables of the quote steps. The figures are computed from the prepared quote; the
 * discount-approval decision and the forms read them, nobody types them.
 */
public final class QuoteVariables {

  public static final String QUOTE_AMOUNT = "quoteAmount";
  public static final String DISCOUNT_PERCENT = "discountPercent";
  public static final String QUOTE_NUMBER = "quoteNumber";
  public static final String QUOTE_REVISION = "quoteRevision";
  public static final String QUOTE_NET_AMOUNT = "quoteNetAmount";
  public static final String QUOTE_GROSS_TOTAL = "quoteGrossTotal";
  public static final String QUOTE_CURRENCY = "quoteCurrency";
  public static final String QUOTE_SENT_TO = "quoteSentTo";
  public static final String QUOTE_VALID_UNTIL = "quoteValidUntil";
  public static final String QUOTE_REMINDERS_SENT = "quoteRemindersSent";
  public static final String QUOTE_ACCEPTED_REVISION = "quoteAcceptedRevision";

  private QuoteVariables() {}

  static void setPrepared(VariableScope scope, Quote quote) {
    scope.setVariable(QUOTE_NUMBER, quote.number());
    scope.setVariable(QUOTE_REVISION, quote.revision());
    scope.setVariable(QUOTE_CURRENCY, quote.currency().getCurrencyCode());
    scope.setVariable(QUOTE_AMOUNT, quote.listTotal().doubleValue());
    scope.setVariable(DISCOUNT_PERCENT, quote.discountPercent().doubleValue());
    scope.setVariable(QUOTE_NET_AMOUNT, quote.netTotal().doubleValue());
    scope.setVariable(QUOTE_GROSS_TOTAL, quote.grossTotal().doubleValue());
  }

  static void setSent(VariableScope scope, StoredQuote sent) {
    scope.setVariable(QUOTE_SENT_TO, sent.sentTo());
    scope.setVariable(QUOTE_VALID_UNTIL, Date.from(sent.validUntil()));
  }
}
