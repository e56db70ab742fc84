package org.salescycle.lead;

import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.process.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Runs when "Lead received" starts, after the data check: links the instance to its row in the
 * lead table. The lead API creates that row before it starts the instance and passes its id as
 * {@code leadId}; for a lead started in Tasklist (or over the engine's REST API) the row is created
 * here. A lead without a business key gets its lead id as business key, so messages and quote
 * numbers can refer to it.
 */
@Component("registerLead")
public class RegisterLead implements ExecutionListener {

  private final LeadRepository leads;
  private final CompanyDomains companyDomains;

  public RegisterLead(LeadRepository leads, CompanyDomains companyDomains) {
    this.leads = leads;
    this.companyDomains = companyDomains;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object given = execution.getVariable(LeadVariables.LEAD_ID);
    String leadId = given != null ? given.toString() : createRow(execution);
    leads.attachInstance(leadId, execution.getProcessInstanceId());
    execution.setVariable(LeadVariables.LEAD_ID, leadId);
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      execution.setProcessBusinessKey(leadId);
    }
  }

  private String createRow(DelegateExecution execution) {
    LeadData contact = LeadData.from(execution::getVariable);
    String domain = companyDomains.of(contact.contactEmail()).orElse(null);
    String id = UUID.randomUUID().toString();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String user = CurrentUser.idOf(execution);
    // A second lead with an open lead's e-mail is kept as a duplicate; "Check for duplicate lead"
    // then closes it.
    if (leads.findOpenByEmail(contact.contactEmail()).isPresent()) {
      leads.insertDuplicate(id, contact, domain, user, now);
    } else {
      leads.insertOpen(id, contact, domain, user, IdempotencyKey.NONE, now);
    }
    return id;
  }
}
