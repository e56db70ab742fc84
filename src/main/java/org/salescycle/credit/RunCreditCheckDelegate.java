package org.salescycle.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.salescycle.lead.LeadVariables;
import org.salescycle.process.ProcessVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Run credit check": asks the configured {@link CreditBureau} for the deal's value as credit. An
 * approval sets the limit; a decline, and a referral (a figure the bureau needs is missing or
 * unknown), set {@code creditDecision} to DECLINED or REFERRED and throw the BPMN error
 * CREDIT_DECLINED, which sends the prospect to a manager's review with the bureau's reason. A
 * figure the process does not have is passed on as unknown, never guessed. A bureau that cannot
 * answer throws, so the job is retried.
 */
@Component("runCreditCheck")
public class RunCreditCheckDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RunCreditCheckDelegate.class);

  private final CreditBureau bureau;
  private final PaymentHistories customers;

  private final HistoryService history;

  public RunCreditCheckDelegate(CreditBureau bureau, PaymentHistories customers, HistoryService history) {
    this.bureau = bureau;
    this.customers = customers;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String domain = ProcessVariables.optionalString(execution, LeadVariables.COMPANY_DOMAIN);
    var request = new CreditRequest(
        checkId(execution),
        ProcessVariables.requiredString(execution, LeadVariables.COMPANY_NAME),
        domain,
        ProcessVariables.optionalString(execution, LeadVariables.COUNTRY),
        ProcessVariables.optionalAmount(execution, LeadVariables.ANNUAL_REVENUE, null),
        wholeNumber(ProcessVariables.optionalAmount(execution, LeadVariables.YEARS_IN_BUSINESS, null)),
        ProcessVariables.optionalAmount(execution, LeadVariables.ESTIMATED_DEAL_VALUE, null),
        paymentHistoryOf(domain));
    CreditAssessment assessment = bureau.assess(request);
    LOG.info("Credit check for {} ({}): {} - {}", request.companyName(),
        execution.getProcessBusinessKey(), assessment.outcome().name().toLowerCase(Locale.ROOT),
        assessment.reason());

    execution.setVariable(CreditVariables.CREDIT_REASON, assessment.reason());
    execution.setVariable(CreditVariables.CREDIT_LIMIT, wholeUnits(assessment.limit()));
    execution.setVariable(CreditVariables.CREDIT_DECISION, switch (assessment.outcome()) {
      case APPROVED -> CreditVariables.APPROVED;
      case DECLINED -> CreditVariables.DECLINED;
      case REFERRED -> CreditVariables.REFERRED;
    });
    if (!assessment.approved()) {
      throw new BpmnError(CreditVariables.DECLINED_ERROR_CODE, assessment.reason());
    }
  }

  /**
   * The lead, the step and the attempt: one more than the failures the engine has logged for this
   * step. An attempt cut short by a crash logs no failure, so the node that takes the job over
   * asks with the same id.
   */
  private String checkId(DelegateExecution execution) {
    long failures = history.createHistoricJobLogQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .activityIdIn(execution.getCurrentActivityId())
        .failureLog()
        .count();
    return "%s/%s/%d".formatted(leadId(execution),
        execution.getCurrentActivityId(), failures + 1);
  }

  /** The lead id: it never changes, while the business key follows a corrected company name. */
  private static String leadId(DelegateExecution execution) {
    String leadId = ProcessVariables.optionalString(execution, LeadVariables.LEAD_ID);
    return leadId != null ? leadId : execution.getProcessBusinessKey();
  }

  /**
   * Without a company domain (a free-mail address) the company cannot be matched with our
   * customers, so its payment history is unknown: not NONE, which would treat a customer who
   * defaulted, writing from a free-mail address, as a new one.
   */
  private String paymentHistoryOf(String companyDomain) {
    return companyDomain == null ? null : customers.paymentHistoryOf(companyDomain);
  }

  private static Integer wholeNumber(BigDecimal amount) {
    return amount == null ? null : amount.intValueExact();
  }

  private static long wholeUnits(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.DOWN).longValueExact();
  }
}
