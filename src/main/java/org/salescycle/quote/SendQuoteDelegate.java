package org.salescycle.quote;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.lead.LeadRepository;
import org.salescycle.process.SalesCycleProperties;
import org.salescycle.process.ProcessVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Send quote": issues the next revision of the prospect's quote with its net amount and its
 * validity, stores it in the quote table and sets the quote variables. {@code quoteValidUntil}
 * drives the expiry timer and the due date of "Record customer decision".
 */
@Component("sendQuote")
public class SendQuoteDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(SendQuoteDelegate.class);

  private final Quotes quotes;
  private final SalesCycleProperties properties;

  private final LeadRepository leads;

  public SendQuoteDelegate(Quotes quotes, SalesCycleProperties properties, LeadRepository leads) {
    this.quotes = quotes;
    this.properties = properties;
    this.leads = leads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String processInstanceId = execution.getProcessInstanceId();
    BigDecimal amount = ProcessVariables.requiredAmount(execution, QuoteVariables.QUOTE_AMOUNT);
    BigDecimal discount =
        ProcessVariables.optionalAmount(execution, QuoteVariables.DISCOUNT_PERCENT, BigDecimal.ZERO);
    int revision = quotes.nextRevision(processInstanceId);
    Instant issuedAt = ClockUtil.getCurrentTime().toInstant();
    var quote = new Quote(
        processInstanceId,
        revision,
        "Q-%s-%d".formatted(reference(execution), revision),
        amount,
        discount,
        Quote.netAmount(amount, discount),
        properties.currency(),
        issuedAt,
        issuedAt.plus(properties.timers().quoteValidity()));
    quotes.insert(quote);
    leads.updateDealValue(processInstanceId, quote.netAmount());

    execution.setVariable(QuoteVariables.QUOTE_NUMBER, quote.number());
    execution.setVariable(QuoteVariables.QUOTE_REVISION, revision);
    execution.setVariable(QuoteVariables.QUOTE_NET_AMOUNT, quote.netAmount().doubleValue());
    execution.setVariable(QuoteVariables.QUOTE_VALID_UNTIL, Date.from(quote.validUntil()));
    LOG.info("Quote {} issued: {} {} net ({}% off {}), valid until {}", quote.number(),
        quote.netAmount(), quote.currency(), discount, amount, quote.validUntil());
  }

  private static String reference(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    return businessKey != null ? businessKey : execution.getProcessInstanceId();
  }
}
