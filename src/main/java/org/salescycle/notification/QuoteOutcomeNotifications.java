package org.salescycle.notification;

import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadRepository;
import org.salescycle.quote.Quotes;
import org.salescycle.quote.StoredQuote;
import org.salescycle.words.Amounts;
import org.salescycle.words.Dates;
import org.springframework.stereotype.Component;

/**
 * Tells the lead's owner (the rep in {@code sales_lead.owner}) when the customer accepts the
 * quote or lets it expire: the model's "Quote accepted" and "Quote expired" events on "Record
 * customer decision". The e-mail is queued in the engine's transaction; a lead without an owner or
 * an owner without an address is told nothing.
 */
@Component
class QuoteOutcomeNotifications {

  /** The model's boundary events on "Record customer decision", as in sales-cycle.bpmn. */
  static final String QUOTE_ACCEPTED = "BoundaryEvent_QuoteAccepted";
  static final String QUOTE_EXPIRED = "BoundaryEvent_QuoteExpired";

  private final NotificationSwitch notifications;
  private final LeadRepository leads;
  private final Quotes quotes;
  private final Recipients recipients;
  private final Outbox outbox;
  private final SafeQueueing queueing;

  QuoteOutcomeNotifications(NotificationSwitch notifications, LeadRepository leads, Quotes quotes,
      Recipients recipients, Outbox outbox, SafeQueueing queueing) {
    this.notifications = notifications;
    this.leads = leads;
    this.quotes = quotes;
    this.recipients = recipients;
    this.outbox = outbox;
    this.queueing = queueing;
  }

  void accepted(DelegateExecution execution) {
    tell(execution, "quote-accepted", (owner, lead, quote) -> NotificationTexts.quoteAccepted(
        "quote-accepted:%s:%s".formatted(execution.getProcessInstanceId(), owner.userId()),
        owner, lead.companyName(), amount(quote)));
  }

  void expired(DelegateExecution execution) {
    tell(execution, "quote-expired", (owner, lead, quote) -> NotificationTexts.quoteExpired(
        "quote-expired:%s:%s".formatted(execution.getProcessInstanceId(), owner.userId()),
        owner, lead.companyName(), amount(quote),
        quote.map(StoredQuote::sentAt).map(Dates::format).orElse(null)));
  }

  private interface Letter {
    Mail to(Person owner, Lead lead, Optional<StoredQuote> quote);
  }

  private void tell(DelegateExecution execution, String event, Letter letter) {
    if (!notifications.on()) {
      return;
    }
    String instance = execution.getProcessInstanceId();
    queueing.run("%s of process instance %s".formatted(event, instance), () -> {
      Optional<Lead> lead = leads.findByProcessInstance(instance);
      Optional<Person> owner = lead.map(Lead::owner).flatMap(recipients::user);
      if (owner.isPresent()) {
        Optional<StoredQuote> quote = quotes.of(instance).stream().filter(StoredQuote::sent)
            .reduce((earlier, later) -> later);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        outbox.add(letter.to(owner.get(), lead.get(), quote), now);
      }
    });
  }

  private static String amount(Optional<StoredQuote> quote) {
    return quote.map(StoredQuote::quote)
        .map(sent -> Amounts.format(sent.grossTotal(), sent.currency()))
        .orElse(null);
  }
}
