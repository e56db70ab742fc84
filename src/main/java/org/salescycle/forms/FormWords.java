package org.salescycle.forms;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.salescycle.credit.CreditVariables;
import org.salescycle.lead.LeadVariables;
import org.salescycle.lead.PlannedPurchase;
import org.salescycle.nurture.Nurture;
import org.salescycle.quote.PaymentTerms;
import org.salescycle.quote.QuoteVariables;
import org.salescycle.stage.Stage;
import org.salescycle.words.Amounts;
import org.salescycle.words.Dates;

/**
 * The process variables a form shows, in words: for a variable {@code x} that holds a code, an
 * amount, a count or a date, the text {@code xText} ("Qualifying", "12,000,000.00 EUR",
 * "3 January 2027"). form-js can neither group thousands nor name a code, so forms show these
 * instead of the raw values. Amounts of a quote are in the quote's currency, all others in the
 * deal currency.
 */
public final class FormWords {

  static final String SUFFIX = "Text";

  static final Map<String, String> NEED_LEVELS = Map.of(
      "HIGH", "High", "MEDIUM", "Medium", "LOW", "Low", "NONE", "None");
  static final Map<String, String> RECOMMENDATIONS = Map.of(
      "QUALIFY", "Qualify", "NURTURE", "Nurture", "DISQUALIFY", "Disqualify",
      "REVIEW", "Review: the rules leave this lead to you");
  static final Map<String, String> CREDIT_DECISIONS = Map.of(
      CreditVariables.APPROVED, "Approved",
      "APPROVED_WITH_TERMS", "Approved with terms",
      CreditVariables.DECLINED, "Declined",
      CreditVariables.REFERRED, "Referred: the credit check could not decide");
  static final Map<String, String> CREDIT_TERMS = Map.of(
      "PREPAYMENT", "Full prepayment",
      "PARTIAL_PREPAYMENT", "50% prepayment",
      "SHORT_PAYMENT_TERMS", "14 days payment terms");

  private record Currencies(Currency deal, Currency quote) {}

  /** How each variable is put in words, given the deal's and the quote's currency. */
  private static final Map<String, BiFunction<Object, Currencies, String>> WORDINGS = wordings();

  /** Every text this class gives a form, by its variable name. */
  public static final Set<String> NAMES = WORDINGS.keySet().stream().map(name -> name + SUFFIX)
      .collect(Collectors.toUnmodifiableSet());

  private FormWords() {}

  /**
   * The words of the variables {@code variables} returns by name; a variable that is not set
   * (or holds something unexpected) has none.
   */
  public static Map<String, String> of(Function<String, Object> variables, Currency dealCurrency) {
    Object quoteCurrency = variables.apply(QuoteVariables.QUOTE_CURRENCY);
    Currencies currencies = new Currencies(dealCurrency,
        quoteCurrency instanceof String code && !code.isBlank()
            ? Currency.getInstance(code) : dealCurrency);
    Map<String, String> words = new TreeMap<>();
    WORDINGS.forEach((name, wording) -> {
      Object value = variables.apply(name);
      if (value == null || "".equals(value)) {
        return;
      }
      try {
        words.put(name + SUFFIX, wording.apply(value, currencies));
      } catch (RuntimeException unexpected) {
        // a value of another type than the process writes (set by an administrator): the form
        // shows nothing rather than failing to open
      }
    });
    return words;
  }

  private static Map<String, BiFunction<Object, Currencies, String>> wordings() {
    Map<String, BiFunction<Object, Currencies, String>> wordings = new LinkedHashMap<>();
    wordings.put("stage", (value, currencies) -> Stage.valueOf(value.toString()).label());
    wordings.put(LeadVariables.COUNTRY, (value, currencies) -> country(value.toString()));
    for (String name : List.of(LeadVariables.ANNUAL_REVENUE, LeadVariables.ESTIMATED_DEAL_VALUE,
        CreditVariables.CREDIT_LIMIT)) {
      wordings.put(name, (value, currencies) -> Amounts.format(amount(value), currencies.deal()));
    }
    for (String name : List.of(QuoteVariables.QUOTE_AMOUNT, QuoteVariables.QUOTE_NET_AMOUNT,
        QuoteVariables.QUOTE_GROSS_TOTAL)) {
      wordings.put(name, (value, currencies) -> Amounts.format(amount(value), currencies.quote()));
    }
    for (String name : List.of(LeadVariables.EMPLOYEES, LeadVariables.YEARS_IN_BUSINESS,
        LeadVariables.PURCHASE_TIMELINE_MONTHS)) {
      wordings.put(name, (value, currencies) -> Amounts.number(amount(value), 0));
    }
    wordings.put(QuoteVariables.DISCOUNT_PERCENT,
        (value, currencies) -> Amounts.percent(amount(value)));
    Map.of(LeadVariables.NEED_LEVEL, NEED_LEVELS, "recommendation", RECOMMENDATIONS,
            CreditVariables.CREDIT_DECISION, CREDIT_DECISIONS,
            CreditVariables.CREDIT_TERMS, CREDIT_TERMS)
        .forEach((name, labels) -> wordings.put(name,
            (value, currencies) -> labels.getOrDefault(value.toString(), value.toString())));
    wordings.put("paymentTerms",
        (value, currencies) -> PaymentTerms.valueOf(value.toString()).description());
    wordings.put(QuoteVariables.QUOTE_VALID_UNTIL,
        (value, currencies) -> Dates.format(instant(value)));
    wordings.put(Nurture.SINCE, (value, currencies) -> Dates.format(instant(value)));
    wordings.put(Nurture.ROUNDS, (value, currencies) -> Amounts.number(amount(value), 0));
    wordings.put(LeadVariables.PLANNED_PURCHASE, (value, currencies) ->
        Dates.month(Objects.requireNonNull(PlannedPurchase.parse(value))));
    return Map.copyOf(wordings);
  }

  private static String country(String code) {
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    return name.isBlank() || name.equalsIgnoreCase(code) ? code : name + " (" + code + ")";
  }

  private static BigDecimal amount(Object value) {
    return new BigDecimal(((Number) value).toString());
  }

  private static Instant instant(Object value) {
    return value instanceof Date date ? date.toInstant() : Instant.parse(value.toString());
  }
}
