package org.salescycle.quote;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadRepository;
import org.salescycle.process.ProcessVariables;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Send quote" (an asynchronous step): renders the prepared revision as a PDF and e-mails it with
 * an acceptance link. Only when the mail went out is the quote marked sent, with its PDF and its
 * validity, which starts now and drives the expiry timer and the due date of "Record customer
 * decision". A mail failure fails the job: the engine retries it, then raises an incident.
 */
@Component("sendQuote")
public class SendQuoteDelegate implements JavaDelegate {

  static final String ACCEPT_PATH = "/api/quotes/accept";
  static final String PDF_PATH = "/api/quotes/pdf";

  private final Quotes quotes;
  private final LeadRepository leads;
  private final QuotePdf pdf;
  private final QuoteDelivery delivery;
  private final AcceptanceTokens tokens;
  private final QuoteProperties properties;

  public SendQuoteDelegate(Quotes quotes, LeadRepository leads, QuotePdf pdf,
      QuoteDelivery delivery, AcceptanceTokens tokens, QuoteProperties properties) {
    this.quotes = quotes;
    this.leads = leads;
    this.pdf = pdf;
    this.delivery = delivery;
    this.tokens = tokens;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String processInstanceId = execution.getProcessInstanceId();
    int revision = ProcessVariables.requiredInt(execution, QuoteVariables.QUOTE_REVISION);
    StoredQuote prepared = quotes.find(processInstanceId, revision).orElseThrow(
        () -> new IllegalStateException("Quote revision %d of process instance %s is not stored"
            .formatted(revision, processInstanceId)));
    if (!prepared.sent()) {
      Lead customer = leads.findByProcessInstance(processInstanceId).orElseThrow();
      Instant sentAt = ClockUtil.getCurrentTime().toInstant();
      Instant validUntil = sentAt.plus(Duration.ofDays(prepared.quote().validityDays()));
      var document = new QuoteDocument(properties.company(), customer, prepared.quote(), sentAt,
          validUntil);
      byte[] rendered = pdf.render(document);
      delivery.send(new QuoteMail(document, rendered, acceptanceLink(prepared.id(), validUntil)));
      quotes.markSent(prepared.id(), rendered, customer.contactEmail(), sentAt, validUntil);
    }
    QuoteVariables.setSent(execution, quotes.find(prepared.id()).orElseThrow());
  }

  private URI acceptanceLink(long quoteId, Instant validUntil) {
    return UriComponentsBuilder.fromUri(properties.acceptance().publicUrl())
        .path(ACCEPT_PATH)
        .queryParam("token", tokens.issue(quoteId, validUntil))
        .build().toUri();
  }
}
