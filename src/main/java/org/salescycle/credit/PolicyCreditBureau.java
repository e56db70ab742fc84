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
 * so sales operations can change it in Modeler. The table gives the limit as a share of revenue.
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
            .putValue("annualRevenue", request.annualRevenue().doubleValue())
            .putValue("requestedCredit", request.requestedCredit().doubleValue()))
        .evaluate()
        .getSingleResult();
    String reason = result.getEntry("reason");
    if (!Boolean.TRUE.equals(result.getEntry("approved"))) {
      return CreditAssessment.declined(reason);
    }
    Number percent = result.getEntry("limitPercentOfRevenue");
    BigDecimal limit = request.annualRevenue()
        .multiply(new BigDecimal(percent.toString()))
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN);
    return CreditAssessment.approved(limit, reason);
  }
}
