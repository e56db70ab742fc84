package org.salescycle.lead;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.salescycle.process.ProcessVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Check for duplicate lead": a lead whose e-mail or company domain matches an open lead is a
 * duplicate of it. Sets {@code companyDomain}, {@code duplicateLead} and {@code duplicateOf}.
 */
@Component("checkDuplicateLead")
public class CheckDuplicateLeadDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(CheckDuplicateLeadDelegate.class);

  private final CompanyDomains companyDomains;
  private final OpenLeads openLeads;

  public CheckDuplicateLeadDelegate(CompanyDomains companyDomains, OpenLeads openLeads) {
    this.companyDomains = companyDomains;
    this.openLeads = openLeads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String email = ProcessVariables.requiredString(execution, LeadVariables.CONTACT_EMAIL).trim();
    Optional<String> domain = companyDomains.of(email);
    execution.setVariable(LeadVariables.COMPANY_DOMAIN, domain.orElse(null));

    Optional<ProcessInstance> original =
        openLeads.findOtherLike(email, domain, execution.getProcessInstanceId());
    execution.setVariable(LeadVariables.DUPLICATE_LEAD, original.isPresent());
    execution.setVariable(LeadVariables.DUPLICATE_OF,
        original.map(ProcessInstance::getProcessInstanceId).orElse(null));
    original.ifPresent(instance -> LOG.info(
        "Lead {} ({}) duplicates open lead {} (business key {})",
        execution.getProcessInstanceId(), email, instance.getId(), instance.getBusinessKey()));
  }
}
