package org.salescycle.lead;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Check for duplicate lead": a lead whose e-mail reaches the mailbox of another open lead, or
 * whose company domain is that lead's, is a duplicate of it. Reads the lead table, whoever started
 * the lead, so a rep cannot miss a duplicate she is not allowed to see. Sets {@code companyDomain},
 * {@code duplicateLead} and {@code duplicateOf} (the original's process instance id).
 */
@Component("checkDuplicateLead")
public class CheckDuplicateLeadDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(CheckDuplicateLeadDelegate.class);

  private final CompanyDomains companyDomains;
  private final LeadRepository leads;

  public CheckDuplicateLeadDelegate(CompanyDomains companyDomains, LeadRepository leads) {
    this.companyDomains = companyDomains;
    this.leads = leads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String email = leads.findByProcessInstance(execution.getProcessInstanceId())
        .map(Lead::contactEmail).orElseThrow(() -> new IllegalStateException(
            "No lead row for instance " + execution.getProcessInstanceId()));
    String domain = companyDomains.of(email).orElse(null);
    execution.setVariable(LeadVariables.COMPANY_DOMAIN, domain);

    Optional<Lead> original =
        leads.findOtherOpenLike(email, domain, execution.getProcessInstanceId());
    execution.setVariable(LeadVariables.DUPLICATE_LEAD, original.isPresent());
    execution.setVariable(LeadVariables.DUPLICATE_OF,
        original.map(Lead::processInstanceId).orElse(null));
    original.ifPresent(lead -> LOG.info("Lead {} ({}) duplicates open lead {}",
        execution.getProcessBusinessKey(), email, lead.id()));
  }
}
