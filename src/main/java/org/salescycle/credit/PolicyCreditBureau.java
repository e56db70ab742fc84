package org.salescycle.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The default bureau: the company's own credit policy, kept in the DMN table {@code credit-policy}
 * so sales operations can change it in Modeler. The table approves with a limit as a share of
 * revenue, declines, or refers a prospect whose figures are missing or unknown; a figure the
 * request does not have reaches the table as null. An answer the table should not give (none, an
 * unknown decision, an approval without a limit) is a referral too, never an approval.
 */
@Component
@ConditionalOnProperty(name = "sales-cycle.credit.bureau", havingValue = "policy", matchIfMissing = true)
public class PolicyCreditBureau implements CreditBureau {

  static final String DECISION_KEY = "credit-policy";

  private final DecisionService decisionService;

  public PolicyCreditBureau(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  @Override
  public CreditAssessment assess(CreditRequest request) {
    DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(DECISION_KEY)
        .variables(Variables.createVariables()
            .putValue("paymentHistory", request.paymentHistory())
            .putValue("yearsInBusiness", request.yearsInBusiness())
            .putValue("annualRevenue", asDouble(request.annualRevenue()))
            .putValue("requestedCredit", asDouble(request.requestedCredit())))
        .evaluate()
        .getSingleResult();
    if (result == null) {
      return CreditAssessment.referred("Referred: the credit policy gave no decision");
    }
    String decision = result.getEntry("decision");
    String reason = result.getEntry("reason");
    if (CreditVariables.APPROVED.equals(decision)) {
      Number percent = result.getEntry("limitPercentOfRevenue");
      if (percent == null || request.annualRevenue() == null) {
        return CreditAssessment.referred("Referred: the credit policy approved without a credit limit");
      }
      BigDecimal limit = request.annualRevenue()
          .multiply(new BigDecimal(percent.toString()))
          .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN);
      return CreditAssessment.approved(limit, reason);
    }
    if (CreditVariables.DECLINED.equals(decision)) {
      return CreditAssessment.declined(reason);
    }
    if (CreditVariables.REFERRED.equals(decision)) {
      return CreditAssessment.referred(reason);
    }
    return CreditAssessment.referred(
        "Referred: the credit policy gave the unknown decision '%s'".formatted(decision));
  }

  private static Double asDouble(BigDecimal amount) {
    return amount == null ? null : amount.doubleValue();
  }
}
