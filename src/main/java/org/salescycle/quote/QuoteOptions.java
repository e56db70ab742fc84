package org.salescycle.quote;

import org.salescycle.words.Amounts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.salescycle.catalogue.Product;
import org.salescycle.catalogue.ProductCatalogue;
import org.salescycle.credit.CreditVariables;
import org.salescycle.process.ProcessVariables;
import org.salescycle.process.SalesCycleProperties;
import org.springframework.stereotype.Component;

/**
 * When "Prepare quote" opens: gives its form the choices as they are now, as task-local Json
 * variables the form's selects read (valuesKey): the active products in the quote's currency and
 * the payment terms the credit decision allows. The form's lines ({@code line1}...) are task-local
 * too, filled with the previous revision's lines when the quote is revised; being local, what the
 * rep submits ends with the task instead of lingering in the process.
 */
@Component("quoteOptions")
public class QuoteOptions implements TaskListener {

  static final String PRODUCT_OPTIONS = "productOptions";
  static final String PAYMENT_TERMS_OPTIONS = "paymentTermsOptions";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProductCatalogue catalogue;
  private final Quotes quotes;
  private final SalesCycleProperties properties;

  public QuoteOptions(ProductCatalogue catalogue, Quotes quotes, SalesCycleProperties properties) {
    this.catalogue = catalogue;
    this.quotes = quotes;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    Currency currency = Currency.getInstance(properties.currency());
    List<Map<String, String>> products = catalogue.all(false).stream()
        .filter(product -> product.currency().equals(currency.getCurrencyCode()))
        .map(product -> option(label(product, currency), product.code()))
        .toList();
    List<Map<String, String>> terms = PaymentTerms.allowedBy(
            ProcessVariables.optionalString(task, CreditVariables.CREDIT_TERMS)).stream()
        .map(allowed -> option(allowed.description(), allowed.name()))
        .toList();
    task.setVariableLocal(PRODUCT_OPTIONS, json(products));
    task.setVariableLocal(PAYMENT_TERMS_OPTIONS, json(terms));

    List<QuoteLine> previous = quotes.latest(task.getProcessInstanceId())
        .map(stored -> stored.quote().lines()).orElse(List.of());
    for (int number = 1; number <= QuoteInput.FORM_LINES; number++) {
      Object line = number <= previous.size() ? formLine(previous.get(number - 1)) : Map.of();
      task.setVariableLocal(QuoteInput.formLine(number), json(line));
    }
  }

  private static Map<String, Object> formLine(QuoteLine line) {
    return Map.of(QuoteInput.PRODUCT, line.productCode(), QuoteInput.QUANTITY, line.quantity(),
        QuoteInput.DISCOUNT, line.discountPercent());
  }

  private static String label(Product product, Currency currency) {
    return "%s (%s), %s".formatted(product.name(), product.code(),
        Amounts.format(product.unitPrice(), currency));
  }

  private static Map<String, String> option(String label, String value) {
    return Map.of("label", label, "value", value);
  }

  private static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
