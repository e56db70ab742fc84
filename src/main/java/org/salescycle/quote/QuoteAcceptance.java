package org.salescycle.quote;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadRepository;
import org.salescycle.process.SalesCycleProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer accepting a quote through the link in its e-mail. The link's token names the quote;
 * accepting records the acceptance on that revision and delivers "quote accepted" to the lead's
 * process, in one transaction, once. A forged, expired, superseded or already used link changes
 * nothing and says why.
 */
@Service
class QuoteAcceptance {

  private static final Logger LOG = LoggerFactory.getLogger(QuoteAcceptance.class);

  enum Status { READY, ACCEPTED, ALREADY_ACCEPTED, EXPIRED, INVALID, SUPERSEDED, CLOSED }

  /** What the customer is shown: the outcome and, where the token named a real quote, the quote. */
  record Outcome(Status status, StoredQuote quote, Lead customer, Instant expiredAt) {

    static Outcome of(Status status) {
      return new Outcome(status, null, null, null);
    }
  }

  private final AcceptanceTokens tokens;
  private final Quotes quotes;
  private final LeadRepository leads;
  private final RuntimeService runtime;
  private final TransactionTemplate transaction;

  QuoteAcceptance(AcceptanceTokens tokens, Quotes quotes, LeadRepository leads,
      RuntimeService runtime, TransactionTemplate transaction) {
    this.tokens = tokens;
    this.quotes = quotes;
    this.leads = leads;
    this.runtime = runtime;
    this.transaction = transaction;
  }

  /** Where the link stands, without changing anything (the page behind the link). */
  Outcome check(String token) {
    AcceptanceTokens.Verified verified =
        tokens.verify(token, ClockUtil.getCurrentTime().toInstant());
    if (verified instanceof AcceptanceTokens.Valid valid) {
      return quotes.find(valid.quoteId()).map(this::standing).orElse(Outcome.of(Status.INVALID));
    }
    if (verified instanceof AcceptanceTokens.Expired expired) {
      return quotes.find(expired.quoteId())
          .map(quote -> new Outcome(quote.accepted() ? Status.ALREADY_ACCEPTED : Status.EXPIRED,
              quote, customer(quote), expired.expiredAt()))
          .orElse(Outcome.of(Status.INVALID));
    }
    return Outcome.of(Status.INVALID);
  }

  /**
   * The quote a genuine link names, also once it has expired: the customer may always read what
   * was offered.
   */
  Optional<StoredQuote> named(String token) {
    AcceptanceTokens.Verified verified =
        tokens.verify(token, ClockUtil.getCurrentTime().toInstant());
    if (verified instanceof AcceptanceTokens.Valid valid) {
      return quotes.find(valid.quoteId());
    }
    if (verified instanceof AcceptanceTokens.Expired expired) {
      return quotes.find(expired.quoteId());
    }
    return Optional.empty();
  }

  /** Accepts the quote the link names, if it still can be accepted. */
  Outcome accept(String token) {
    Outcome checked = check(token);
    if (checked.status() != Status.READY) {
      return checked;
    }
    StoredQuote quote = checked.quote();
    Boolean accepted = transaction.execute(status -> accept(quote, status));
    if (!Boolean.TRUE.equals(accepted)) {
      return check(token);
    }
    LOG.info("Quote {} accepted by the customer through its link",
        quote.quote().numberAndRevision());
    return new Outcome(Status.ACCEPTED, quotes.find(quote.id()).orElse(quote), checked.customer(),
        null);
  }

  private boolean accept(StoredQuote quote, TransactionStatus status) {
    if (!quotes.markAccepted(quote.id(), ClockUtil.getCurrentTime().toInstant())) {
      return false;
    }
    try {
      runtime.createMessageCorrelation(SalesCycleProcess.QUOTE_ACCEPTED)
          .processInstanceId(quote.quote().processInstanceId())
          .setVariable(QuoteVariables.QUOTE_ACCEPTED_REVISION, quote.quote().revision())
          .correlateWithResult();
      return true;
    } catch (MismatchingMessageCorrelationException notWaiting) {
      status.setRollbackOnly();
      return false;
    }
  }

  private Outcome standing(StoredQuote quote) {
    Lead customer = customer(quote);
    if (quote.accepted()) {
      return new Outcome(Status.ALREADY_ACCEPTED, quote, customer, null);
    }
    if (customer == null || !customer.open() || !waitingForDecision(quote)) {
      return new Outcome(Status.CLOSED, quote, customer, null);
    }
    if (newerSent(quote).isPresent()) {
      return new Outcome(Status.SUPERSEDED, quote, customer, null);
    }
    return new Outcome(Status.READY, quote, customer, null);
  }

  private boolean waitingForDecision(StoredQuote quote) {
    return runtime.createEventSubscriptionQuery()
        .processInstanceId(quote.quote().processInstanceId())
        .eventType("message").eventName(SalesCycleProcess.QUOTE_ACCEPTED)
        .count() > 0;
  }

  private Optional<StoredQuote> newerSent(StoredQuote quote) {
    return quotes.of(quote.quote().processInstanceId()).stream()
        .filter(other -> other.sent() && other.quote().revision() > quote.quote().revision())
        .max(Comparator.comparingInt(other -> other.quote().revision()));
  }

  private Lead customer(StoredQuote quote) {
    return leads.findByProcessInstance(quote.quote().processInstanceId()).orElse(null);
  }
}
