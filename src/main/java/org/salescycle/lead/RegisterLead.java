package org.salescycle.lead;

import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.numbering.DocumentNumbers;
import org.salescycle.numbering.NumberKind;
import org.salescycle.shared.Caller;
import org.springframework.stereotype.Component;

/**
 * Runs when "Lead received" starts, after the data check: links the instance to its row in the
 * lead table. The lead API creates that row before it starts the instance and passes its id as
 * {@code leadId}; for a lead started in Tasklist (or over the engine's REST API) the row is created
 * here, with the next lead number. A lead without a business key gets its number and company as
 * business key ({@link LeadBusinessKey}), so Cockpit's lists tell the leads apart. The contact's
 * details, once in the row, leave the instance ({@link ContactFields}).
 */
@Component("registerLead")
public class RegisterLead implements ExecutionListener {

  private final LeadRepository leads;
  private final CompanyDomains companyDomains;
  private final DocumentNumbers numbers;

  public RegisterLead(LeadRepository leads, CompanyDomains companyDomains,
      DocumentNumbers numbers) {
    this.leads = leads;
    this.companyDomains = companyDomains;
    this.numbers = numbers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object given = execution.getVariable(LeadVariables.LEAD_ID);
    String leadId = given != null ? given.toString() : createRow(execution).id();
    leads.attachInstance(leadId, execution.getProcessInstanceId());
    PlannedPurchase.of(execution::getVariable)
        .ifPresent(planned -> leads.recordPlannedPurchase(leadId, planned));
    ContactFields.NAMES.forEach(execution::removeVariable);
    execution.setVariable(LeadVariables.LEAD_ID, leadId);
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      execution.setProcessBusinessKey(leads.find(leadId).filter(lead -> lead.number() != null)
          .map(lead -> LeadBusinessKey.of(lead.number(), lead.companyName())).orElse(leadId));
    }
  }

  private Lead createRow(DelegateExecution execution) {
    NewLead contact = NewLead.from(execution::getVariable);
    String domain = companyDomains.of(contact.contactEmail()).orElse(null);
    String id = UUID.randomUUID().toString();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String number = numbers.next(NumberKind.LEAD, now);
    String user = Caller.userIdOf(execution);
    // A second lead with an open lead's e-mail is kept as a duplicate; "Check for duplicate lead"
    // then closes it.
    if (leads.findOpenByEmail(contact.contactEmail()).isPresent()) {
      leads.insertDuplicate(id, number, contact, domain, user, now);
    } else {
      leads.insertOpen(id, number, contact, domain, user, IdempotencyKey.NONE, now);
    }
    return leads.find(id).orElseThrow();
  }
}
