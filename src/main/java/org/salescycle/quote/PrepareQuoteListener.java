package org.salescycle.quote;

import org.salescycle.words.Amounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.catalogue.ProductCatalogue;
import org.salescycle.credit.CreditVariables;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadOnTasks;
import org.salescycle.lead.LeadRepository;
import org.salescycle.numbering.DocumentNumbers;
import org.salescycle.numbering.NumberKind;
import org.salescycle.process.ProcessVariables;
import org.salescycle.process.SalesCycleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When "Prepare quote" completes: prices the rep's line items from the catalogue, checks them
 * (an invalid quote keeps the task open with the reasons), numbers it (a quote's first revision
 * takes the next quote number of the year, a revision keeps it), stores the new revision and hands its
 * computed figures to the process, where the discount-approval decision reads them.
 */
@Component("prepareQuote")
public class PrepareQuoteListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(PrepareQuoteListener.class);

  private final Quotes quotes;
  private final ProductCatalogue catalogue;
  private final LeadRepository leads;
  private final LeadOnTasks leadOnTasks;
  private final SalesCycleProperties salesCycle;
  private final QuoteProperties properties;
  private final DocumentNumbers numbers;

  public PrepareQuoteListener(Quotes quotes, ProductCatalogue catalogue, LeadRepository leads,
      LeadOnTasks leadOnTasks, SalesCycleProperties salesCycle, QuoteProperties properties,
      DocumentNumbers numbers) {
    this.quotes = quotes;
    this.numbers = numbers;
    this.catalogue = catalogue;
    this.leads = leads;
    this.leadOnTasks = leadOnTasks;
    this.salesCycle = salesCycle;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    String processInstanceId = execution.getProcessInstanceId();
    int revision = quotes.nextRevision(processInstanceId);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    var header = new Quote.Header(
        leads.findByProcessInstance(processInstanceId).map(Lead::id).orElse(null),
        processInstanceId, revision, null, now);
    Quote checked = QuoteRules.check(QuoteInput.from(task), catalogue::findActive, context(task),
        header);
    // numbered once checked: a refused quote takes no number
    Quote quote = checked.numbered(quotes.numberOf(processInstanceId)
        .orElseGet(() -> numbers.next(NumberKind.QUOTE, now)));

    quotes.insert(quote);
    leads.updateDealValue(processInstanceId, quote.netTotal());
    leadOnTasks.refresh(execution);
    QuoteVariables.setPrepared(execution, quote);
    // the lines now live in the quote table; a revision starts from there, not from this list
    execution.removeVariable(QuoteInput.LINE_ITEMS);
    LOG.info("Quote {} prepared by {}: {} lines, {} net ({}% off {}), {}",
        quote.numberAndRevision(),
        task.getAssignee(), quote.lines().size(), Amounts.format(quote.netTotal(), quote.currency()),
        quote.discountPercent(), Amounts.format(quote.listTotal(), quote.currency()),
        quote.paymentTerms());
  }

  private QuoteRules.Context context(DelegateTask task) {
    BigDecimal limit = ProcessVariables.optionalAmount(task, CreditVariables.CREDIT_LIMIT, null);
    return new QuoteRules.Context(
        Currency.getInstance(salesCycle.currency()),
        properties.taxRate(),
        (int) salesCycle.timers().quoteValidity().toDays(),
        ProcessVariables.optionalString(task, CreditVariables.CREDIT_TERMS),
        limit != null && limit.signum() > 0 ? limit : null);
  }
}
