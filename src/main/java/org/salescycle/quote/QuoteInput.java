package org.salescycle.quote;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.salescycle.process.JsonVariables;
import org.salescycle.shared.InvalidField;

/**
 * What the rep entered in "Prepare quote". The Tasklist form sends one Json object per line
 * ({@code line1} to {@code line8}: product, quantity, discountPercent), read in order up to the
 * first line without a product. A REST client may instead send all lines at once as
 * {@code lineItems}, a JSON list of the same objects, which then takes precedence.
 */
record QuoteInput(List<Map<String, Object>> lineItems, boolean fromForm, Object paymentTerms,
    Object validityDays) {

  static final String LINE_ITEMS = "lineItems";
  static final String FORM_LINE = "line";
  static final int FORM_LINES = 8;
  static final String PAYMENT_TERMS = "paymentTerms";
  static final String VALIDITY_DAYS = "quoteValidityDays";
  static final String PRODUCT = "product";
  static final String QUANTITY = "quantity";
  static final String DISCOUNT = "discountPercent";

    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {};
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  static QuoteInput from(VariableScope scope) {
    List<Map<String, Object>> items = read(scope, LINE_ITEMS, LIST);
    return new QuoteInput(items != null ? items : formLines(scope), items == null,
        scope.getVariable(PAYMENT_TERMS), scope.getVariable(VALIDITY_DAYS));
  }

  /** The name under which errors of the line at {@code index} (from 0) are reported. */
  String lineField(int index) {
    return fromForm ? formLine(index + 1) : "%s[%d]".formatted(LINE_ITEMS, index);
  }

  static String formLine(int number) {
    return FORM_LINE + number;
  }

  private static List<Map<String, Object>> formLines(VariableScope scope) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int number = 1; number <= FORM_LINES; number++) {
      Map<String, Object> line = read(scope, formLine(number), OBJECT);
      if (line == null || line.get(PRODUCT) == null) {
        break;
      }
      lines.add(line);
    }
    return lines;
  }

  private static <T> T read(VariableScope scope, String name, TypeReference<T> type) {
    try {
      return JsonVariables.read(scope, name, type);
    } catch (IllegalArgumentException unreadable) {
      throw new InvalidQuoteException(List.of(new InvalidField(name,
          "must be JSON: " + (type == LIST ? "a list of " : "") + "{product, quantity, discountPercent}")));
    }
  }
}
