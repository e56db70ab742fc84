package org.salescycle.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salescycle.decision.DecisionTables.Evaluation;

/**
 * Rule-by-rule tests of {@code processes/credit-policy.dmn} (hit policy FIRST), with the variables typed
 * as {@code PolicyCreditBureau} passes them through the DecisionService.
 */
class CreditPolicyDecisionTableTest {

  private static final DecisionTables TABLE = DecisionTables.load("credit-policy.dmn", "credit-policy");

  /** What each rule of the table must give: approved, limit in percent of annual revenue, and why. */
  private static final Map<String, Map<String, Object>> EXPECTED_OUTPUTS = Map.of(
      "Rule_Defaulted", declined("Defaulted on earlier payments"),
      "Rule_TooYoung", declined("Less than two years in business"),
      "Rule_RevenueTooLow", declined("Annual revenue below 500,000"),
      "Rule_LatePayerAboveLimit", declined("Late payer asking for more than 5% of annual revenue"),
      "Rule_GoodPayerAboveLimit", declined("Requested credit above 25% of annual revenue"),
      "Rule_NewCustomerAboveLimit", declined("Requested credit above 20% of annual revenue"),
      "Rule_LatePayerApproved", approved(5, "Within the credit policy for late payers"),
      "Rule_GoodPayerApproved", approved(25, "Within the credit policy for good payers"),
      "Rule_NewCustomerApproved", approved(20, "Within the credit policy for new customers"));

  @Test
  void everyRuleOfTheTableHasExpectedOutputs() {
    assertThat(TABLE.ruleIds()).containsExactlyInAnyOrderElementsOf(EXPECTED_OUTPUTS.keySet());
  }

  @ParameterizedTest(name = "[{index}] {0}, {1} years, revenue {2}, requested {3} -> {4}")
  @CsvSource(textBlock = """
      # history,  years, revenue,   requested, expected rule
      # 1. defaulted - wins over every other rule
        DEFAULTED, 10,   5000000,   1000,      Rule_Defaulted
        DEFAULTED, 1,    100000,    1000000,   Rule_Defaulted
      # 2. less than two years in business - before the revenue rule; exactly 2 years passes
        GOOD,      1,    5000000,   1000,      Rule_TooYoung
        NONE,      0,    100000,    1000000,   Rule_TooYoung
        GOOD,      2,    5000000,   1000,      Rule_GoodPayerApproved
      # 3. revenue below 500,000 - exactly 500,000 passes; zero revenue must not break the ratio
        GOOD,      5,    499999.99, 1000,      Rule_RevenueTooLow
        LATE,      5,    100000,    1000000,   Rule_RevenueTooLow
        NONE,      5,    0,         1000,      Rule_RevenueTooLow
        GOOD,      5,    500000,    1000,      Rule_GoodPayerApproved
      # 4. late payer above 5% of revenue; exactly 5% is approved
        LATE,      5,    1000000,   50001,     Rule_LatePayerAboveLimit
        LATE,      5,    1000000,   900000,    Rule_LatePayerAboveLimit
        LATE,      5,    1000000,   50000,     Rule_LatePayerApproved
      # 5. good payer above 25% of revenue; exactly 25% is approved
        GOOD,      5,    1000000,   250001,    Rule_GoodPayerAboveLimit
        GOOD,      5,    1000000,   250000,    Rule_GoodPayerApproved
      # 6. new customer above 20% of revenue; exactly 20% is approved
        NONE,      5,    1000000,   200001,    Rule_NewCustomerAboveLimit
        NONE,      5,    3000000,   600000.01, Rule_NewCustomerAboveLimit
        NONE,      5,    1000000,   200000,    Rule_NewCustomerApproved
        NONE,      5,    3000000,   600000,    Rule_NewCustomerApproved
      # 7. - 9. approved within the limit of the payment history
        LATE,      2,    500000,    0,         Rule_LatePayerApproved
        GOOD,      30,   80000000,  20000000,  Rule_GoodPayerApproved
        NONE,      2,    500000,    1,         Rule_NewCustomerApproved
      """)
  void matchesTheExpectedRule(String paymentHistory, int yearsInBusiness, double annualRevenue,
      double requestedCredit, String expectedRule) {
    Evaluation evaluation = TABLE.evaluate(Map.of(
        "paymentHistory", paymentHistory,
        "yearsInBusiness", yearsInBusiness,
        "annualRevenue", annualRevenue,
        "requestedCredit", requestedCredit));

    assertThat(evaluation.matchedRuleId()).isEqualTo(expectedRule);
    assertThat(evaluation.outputs()).isEqualTo(EXPECTED_OUTPUTS.get(expectedRule));
  }

  private static Map<String, Object> declined(String reason) {
    return Map.of("approved", false, "limitPercentOfRevenue", 0.0, "reason", reason);
  }

  private static Map<String, Object> approved(double limitPercentOfRevenue, String reason) {
    return Map.of("approved", true, "limitPercentOfRevenue", limitPercentOfRevenue, "reason", reason);
  }
}
