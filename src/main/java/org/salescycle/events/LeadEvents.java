package org.salescycle.events;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.salescycle.identity.ElevatedAccess;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadConflictException;
import org.salescycle.lead.LeadNotFoundException;
import org.salescycle.lead.LeadRepository;
import org.salescycle.lead.LeadUrgency;
import org.salescycle.lead.LeadVariables;
import org.salescycle.process.SalesCycleProcess;
import org.salescycle.shared.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events from outside the process, each delivered to the lead's waiting instance: the prospect
 * withdrew, the customer accepted the quote (as an e-signature tool reports it), a rep raised
 * urgency. An event the lead is not waiting for is refused with the reason, and changes nothing.
 * Who may send an event is decided here: the sales team for leads it may see, lead sources
 * (systems) for any lead; the engine call then runs with full engine rights.
 */
@Service
public class LeadEvents {

  private static final Logger LOG = LoggerFactory.getLogger(LeadEvents.class);

  private final LeadRepository leads;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final LeadUrgency urgency;
  private final ElevatedAccess elevated;
  private final TransactionTemplate transaction;

  public LeadEvents(LeadRepository leads, RuntimeService runtime, TaskService tasks,
      LeadUrgency urgency, ElevatedAccess elevated, TransactionTemplate transaction) {
    this.leads = leads;
    this.runtime = runtime;
    this.tasks = tasks;
    this.urgency = urgency;
    this.elevated = elevated;
    this.transaction = transaction;
  }

  public EventOutcome withdraw(String leadId, String reason, Caller caller) {
    Lead lead = openLead(leadId, caller, "withdrawn");
    Map<String, Object> variables = new HashMap<>();
    if (reason != null && !reason.isBlank()) {
      variables.put(LeadVariables.WITHDRAWAL_REASON, reason.trim());
    }
    correlate(lead, "withdrawn", SalesCycleProcess.PROSPECT_WITHDREW, variables,
        "the lead is at stage " + lead.stage());
    LOG.info("Lead {} withdrawn by {}", leadId, caller.userId());
    return outcome(leadId, "withdrawn");
  }

  public EventOutcome acceptQuote(String leadId, Caller caller) {
    Lead lead = openLead(leadId, caller, "quote-accepted");
    boolean waiting = elevated.read(() -> runtime.createEventSubscriptionQuery()
        .processInstanceId(lead.processInstanceId())
        .eventType("message").eventName(SalesCycleProcess.QUOTE_ACCEPTED)
        .count() > 0);
    String notWaiting = "no quote is waiting for the customer's decision (the lead is at stage "
        + lead.stage() + ")";
    if (!waiting) {
      throw new LeadConflictException("Event 'quote-accepted' does not fit: " + notWaiting, leadId);
    }
    correlate(lead, "quote-accepted", SalesCycleProcess.QUOTE_ACCEPTED, Map.of(), notWaiting);
    LOG.info("Quote of lead {} accepted, reported by {}", leadId, caller.userId());
    return outcome(leadId, "quote-accepted");
  }

  /** Marks the lead urgent and hurries its open tasks; tasks it opens later follow on their own. */
  public EventOutcome raiseUrgency(String leadId, String reason, Caller caller) {
    Lead lead = openLead(leadId, caller, "urgency-raised");
    transaction.executeWithoutResult(status -> elevated.run(() -> {
      Map<String, Object> variables = new HashMap<>();
      variables.put(LeadVariables.URGENT, true);
      if (reason != null && !reason.isBlank()) {
        variables.put(LeadVariables.URGENCY_REASON, reason.trim());
      }
      runtime.setVariables(lead.processInstanceId(), variables);
      for (Task task : tasks.createTaskQuery().processInstanceId(lead.processInstanceId()).list()) {
        task.setPriority(urgency.priority(task.getPriority()));
        task.setDueDate(urgency.dueDate(task.getDueDate()));
        tasks.saveTask(task);
      }
      leads.markUrgent(leadId, ClockUtil.getCurrentTime().toInstant());
    }));
    LOG.info("Urgency raised on lead {} by {}", leadId, caller.userId());
    return outcome(leadId, "urgency-raised");
  }

  private Lead openLead(String leadId, Caller caller, String event) {
    Lead lead = leads.find(leadId)
        .filter(found -> caller.isLeadSource() || found.isVisibleTo(caller))
        .orElseThrow(() -> new LeadNotFoundException(leadId));
    if (!lead.open() || lead.processInstanceId() == null) {
      throw new LeadConflictException("Event '%s' does not fit: the lead is closed (stage %s)"
          .formatted(event, lead.stage()), leadId);
    }
    return lead;
  }

  private void correlate(Lead lead, String event, String message, Map<String, Object> variables,
      String whyNot) {
    try {
      elevated.run(() -> runtime.createMessageCorrelation(message)
          .processInstanceId(lead.processInstanceId())
          .setVariables(variables)
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException notWaiting) {
      throw new LeadConflictException("Event '%s' does not fit: %s".formatted(event, whyNot),
          lead.id());
    }
  }

  private EventOutcome outcome(String leadId, String event) {
    Lead lead = leads.find(leadId).orElseThrow();
    return new EventOutcome(leadId, event, lead.stage(), lead.open());
  }
}
