package org.salescycle.quote;

/** Process variables of the quote steps. */
public final class QuoteVariables {

  public static final String QUOTE_AMOUNT = "quoteAmount";
  public static final String DISCOUNT_PERCENT = "discountPercent";
  public static final String QUOTE_NUMBER = "quoteNumber";
  public static final String QUOTE_REVISION = "quoteRevision";
  public static final String QUOTE_NET_AMOUNT = "quoteNetAmount";
  public static final String QUOTE_VALID_UNTIL = "quoteValidUntil";
  public static final String QUOTE_REMINDERS_SENT = "quoteRemindersSent";

  private QuoteVariables() {}
}
