package org.salescycle.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.salescycle.customer.Customers;
import org.salescycle.lead.LeadVariables;
import org.salescycle.process.ProcessVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Run credit check": asks the configured {@link CreditBureau} for the deal's value as credit. An
 * approval sets the limit; a decline is the BPMN error CREDIT_DECLINED, which sends the prospect
 * to a manager's review. A bureau that cannot answer throws, so the job is retried.
 */
@Component("runCreditCheck")
public class RunCreditCheckDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RunCreditCheckDelegate.class);

  private final CreditBureau bureau;
  private final Customers customers;

  public RunCreditCheckDelegate(CreditBureau bureau, Customers customers) {
    this.bureau = bureau;
    this.customers = customers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String domain = ProcessVariables.optionalString(execution, LeadVariables.COMPANY_DOMAIN);
    var request = new CreditRequest(
        ProcessVariables.requiredString(execution, LeadVariables.COMPANY_NAME),
        domain,
        ProcessVariables.optionalString(execution, LeadVariables.COUNTRY),
        ProcessVariables.requiredAmount(execution, LeadVariables.ANNUAL_REVENUE),
        ProcessVariables.requiredInt(execution, LeadVariables.YEARS_IN_BUSINESS),
        ProcessVariables.requiredAmount(execution, LeadVariables.ESTIMATED_DEAL_VALUE),
        customers.paymentHistoryOf(domain));
    CreditAssessment assessment = bureau.assess(request);
    LOG.info("Credit check for {} ({}): {} - {}", request.companyName(),
        execution.getProcessBusinessKey(), assessment.approved() ? "approved" : "declined",
        assessment.reason());

    execution.setVariable(CreditVariables.CREDIT_REASON, assessment.reason());
    execution.setVariable(CreditVariables.CREDIT_LIMIT, wholeUnits(assessment.limit()));
    if (!assessment.approved()) {
      execution.setVariable(CreditVariables.CREDIT_DECISION, CreditVariables.DECLINED);
      throw new BpmnError(CreditVariables.DECLINED_ERROR_CODE, assessment.reason());
    }
    execution.setVariable(CreditVariables.CREDIT_DECISION, CreditVariables.APPROVED);
  }

  private static long wholeUnits(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.DOWN).longValueExact();
  }
}
