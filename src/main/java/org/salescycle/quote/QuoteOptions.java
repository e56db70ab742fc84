package org.salescycle.quote;

import static org.salescycle.process.JsonVariables.json;

import org.salescycle.words.Amounts;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.salescycle.catalogue.Product;
import org.salescycle.catalogue.ProductCatalogue;
import org.salescycle.credit.CreditVariables;
import org.salescycle.process.ProcessVariables;
import org.salescycle.process.SalesCycleProperties;
import org.springframework.stereotype.Component;

/**
 * When "Prepare quote" opens: gives its form the choices as they are now, as task-local Json
 * variables the form's selects read (valuesKey): the active products in the quote's currency and
 * the payment terms the credit decision allows; and in {@value #QUOTE_PREVIEW} what the form needs
 * to show the running totals and whether the quote will need a manager's approval. The form's
 * lines ({@code line1}...) are task-local too, filled with the previous revision's lines when the
 * quote is revised; being local, what the rep submits ends with the task instead of lingering in
 * the process.
 */
@Component("quoteOptions")
public class QuoteOptions implements TaskListener {

  static final String PRODUCT_OPTIONS = "productOptions";
  static final String PAYMENT_TERMS_OPTIONS = "paymentTermsOptions";
  static final String QUOTE_PREVIEW = "quotePreview";

  private final ProductCatalogue catalogue;
  private final Quotes quotes;
  private final SalesCycleProperties properties;
  private final QuoteProperties quoteProperties;

  public QuoteOptions(ProductCatalogue catalogue, Quotes quotes, SalesCycleProperties properties,
      QuoteProperties quoteProperties) {
    this.catalogue = catalogue;
    this.quotes = quotes;
    this.properties = properties;
    this.quoteProperties = quoteProperties;
  }

  @Override
  public void notify(DelegateTask task) {
    Currency currency = Currency.getInstance(properties.currency());
    List<Product> offered = catalogue.all(false).stream()
        .filter(product -> product.currency().equals(currency.getCurrencyCode()))
        .toList();
    List<Map<String, String>> products = offered.stream()
        .map(product -> option(label(product, currency), product.code()))
        .toList();
    List<Map<String, String>> terms = PaymentTerms.allowedBy(
            ProcessVariables.optionalString(task, CreditVariables.CREDIT_TERMS)).stream()
        .map(allowed -> option(allowed.description(), allowed.name()))
        .toList();
    task.setVariableLocal(PRODUCT_OPTIONS, json(products));
    task.setVariableLocal(PAYMENT_TERMS_OPTIONS, json(terms));
    task.setVariableLocal(QUOTE_PREVIEW, json(preview(offered, currency, task)));

    List<QuoteLine> previous = quotes.latest(task.getProcessInstanceId())
        .map(stored -> stored.quote().lines()).orElse(List.of());
    for (int number = 1; number <= QuoteInput.FORM_LINES; number++) {
      Object line = number <= previous.size() ? formLine(previous.get(number - 1)) : Map.of();
      task.setVariableLocal(QuoteInput.formLine(number), json(line));
    }
  }

  /**
   * What the form needs to total the quote while the rep fills it in: the unit prices of the
   * offered products, the currency's decimals, the tax rate and up to which discount the quote
   * needs no manager ({@link DiscountAuthority}).
   */
  private Map<String, Object> preview(List<Product> offered, Currency currency, DelegateTask task) {
    Map<String, Object> prices = new LinkedHashMap<>();
    offered.forEach(product -> prices.put(product.code(), product.unitPrice()));
    Map<String, Object> preview = new LinkedHashMap<>();
    preview.put("currency", currency.getCurrencyCode());
    preview.put("decimals", currency.getDefaultFractionDigits());
    preview.put("taxRatePercent", quoteProperties.taxRate());
    preview.put("prices", prices);
    preview.put("discountBands",
        DiscountAuthority.asForm(DiscountAuthority.of(task.getExecution())));
    return preview;
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
}
