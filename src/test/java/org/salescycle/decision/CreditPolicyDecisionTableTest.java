package org.salescycle.decision;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.salescycle.decision.DecisionTables.Evaluation;

/**
 * Rule-by-rule tests of {@code processes/credit-policy.dmn} (hit policy FIRST), with the variables typed
 * as {@code PolicyCreditBureau} passes them through the DecisionService: a missing or unknown input is
 * referred to a manager and named, before any rule may approve or decline.
 */
class CreditPolicyDecisionTableTest {

  private static final DecisionTables TABLE = DecisionTables.load("credit-policy.dmn", "credit-policy");

  /** What each rule of the table must give: the decision, limit in percent of annual revenue, and why. */
  private static final Map<String, Map<String, Object>> EXPECTED_OUTPUTS = Map.ofEntries(
      entry("Rule_PaymentHistoryUnknown", referred("Referred: payment history unknown")),
      entry("Rule_YearsInBusinessUnknown", referred("Referred: years in business unknown")),
      entry("Rule_AnnualRevenueUnknown", referred("Referred: annual revenue unknown")),
      entry("Rule_RequestedCreditUnknown", referred("Referred: requested credit unknown")),
      entry("Rule_Defaulted", declined("Defaulted on earlier payments")),
      entry("Rule_TooYoung", declined("Less than two years in business")),
      entry("Rule_RevenueTooLow", declined("Annual revenue below 500,000")),
      entry("Rule_LatePayerAboveLimit",
          declined("Late payer asking for more than its credit limit allows")),
      entry("Rule_GoodPayerAboveLimit",
          declined("Good payer asking for more than its credit limit allows")),
      entry("Rule_NewCustomerAboveLimit",
          declined("New customer asking for more than its credit limit allows")),
      entry("Rule_LatePayerApproved", approved(5, "Within the credit policy for late payers")),
      entry("Rule_GoodPayerApproved", approved(25, "Within the credit policy for good payers")),
      entry("Rule_NewCustomerApproved", approved(20, "Within the credit policy for new customers")),
      entry("Rule_NoRuleApplies",
          referred("Referred: no rule of the credit policy covers this prospect")));

  @Test
  void everyRuleOfTheTableHasExpectedOutputs() {
    assertThat(TABLE.ruleIds()).containsExactlyInAnyOrderElementsOf(EXPECTED_OUTPUTS.keySet());
  }

  @ParameterizedTest(name = "[{index}] {0}, {1} years, revenue {2}, requested {3} -> {4}")
  @CsvSource(textBlock = """
      # history,  years, revenue,   requested, expected rule
      # 1. defaulted - wins over every other rule once the inputs are known
        DEFAULTED, 10,   5000000,   1000,      Rule_Defaulted
        DEFAULTED, 1,    100000,    1000000,   Rule_Defaulted
      # 2. less than two years in business - before the revenue rule; exactly 2 years passes
        GOOD,      1,    5000000,   1000,      Rule_TooYoung
        NONE,      0,    100000,    1000000,   Rule_TooYoung
        GOOD,      2,    5000000,   1000,      Rule_GoodPayerApproved
      # 3. revenue below 500,000 - exactly 500,000 passes; zero revenue must not break the share
        GOOD,      5,    499999.99, 1000,      Rule_RevenueTooLow
        LATE,      5,    100000,    1000000,   Rule_RevenueTooLow
        NONE,      5,    0,         1000,      Rule_RevenueTooLow
        GOOD,      5,    500000,    1000,      Rule_GoodPayerApproved
      # 4. late payer above its 5% of revenue; exactly 5% is approved
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
    Evaluation evaluation = TABLE.evaluate(
        prospect(paymentHistory, yearsInBusiness, annualRevenue, requestedCredit));

    assertThat(evaluation.matchedRuleId()).isEqualTo(expectedRule);
    assertThat(evaluation.outputs()).isEqualTo(EXPECTED_OUTPUTS.get(expectedRule));
  }

  /** Each input the policy reads, missing or unknown, on a prospect that would otherwise be approved. */
  static Stream<Arguments> missingOrUnknownInputs() {
    return Stream.of(
        arguments("paymentHistory", null, "Rule_PaymentHistoryUnknown"),
        arguments("paymentHistory", "", "Rule_PaymentHistoryUnknown"),
        arguments("paymentHistory", "UNKNOWN", "Rule_PaymentHistoryUnknown"),
        arguments("paymentHistory", "good", "Rule_PaymentHistoryUnknown"),
        arguments("yearsInBusiness", null, "Rule_YearsInBusinessUnknown"),
        arguments("annualRevenue", null, "Rule_AnnualRevenueUnknown"),
        arguments("requestedCredit", null, "Rule_RequestedCreditUnknown"));
  }

  @ParameterizedTest(name = "[{index}] {0} = {1} -> {2}")
  @MethodSource("missingOrUnknownInputs")
  void aMissingOrUnknownInputIsReferredToAManagerNamingIt(String input, Object value,
      String expectedRule) {
    Map<String, Object> prospect = prospect("GOOD", 8, 5_000_000, 40_000);
    prospect.put(input, value);

    Evaluation evaluation = TABLE.evaluate(prospect);

    assertThat(evaluation.matchedRuleId()).isEqualTo(expectedRule);
    assertThat(evaluation.outputs()).isEqualTo(EXPECTED_OUTPUTS.get(expectedRule));
  }

  @ParameterizedTest(name = "[{index}] without {0}")
  @ValueSource(strings = {"paymentHistory", "yearsInBusiness", "annualRevenue", "requestedCredit"})
  void anInputThatWasNeverPassedIsMissingToo(String input) {
    Map<String, Object> prospect = prospect("NONE", 8, 5_000_000, 40_000);
    prospect.remove(input);

    assertThat(TABLE.evaluate(prospect).outputs()).containsEntry("decision", "REFERRED");
  }

  @Test
  void anUnknownPaymentHistoryAskingForMostOfTheRevenueIsReferredNotApproved() {
    Evaluation evaluation = TABLE.evaluate(prospect("SLOW", 8, 1_000_000, 900_000));

    assertThat(evaluation.outputs()).isEqualTo(referred("Referred: payment history unknown"));
  }

  @Test
  void aMissingInputComesBeforeAnyDecline() {
    Map<String, Object> prospect = prospect("DEFAULTED", 1, 100_000, 1_000_000);
    prospect.put("annualRevenue", null);

    assertThat(TABLE.evaluate(prospect).matchedRuleId()).isEqualTo("Rule_AnnualRevenueUnknown");
  }

  @Test
  void aProspectNoRuleCoversIsReferredInsteadOfApproved() {
    // as if sales operations had taken a new payment history but given it no rule of its own
    DecisionTables edited = TABLE.withEntry("Rule_PaymentHistoryUnknown", "Input_PaymentHistory",
        "not(\"NONE\",\"GOOD\",\"LATE\",\"DEFAULTED\",\"SLOW\")");

    Evaluation evaluation = edited.evaluate(prospect("SLOW", 8, 1_000_000, 10_000));

    assertThat(evaluation.matchedRuleId()).isEqualTo("Rule_NoRuleApplies");
    assertThat(evaluation.outputs()).isEqualTo(EXPECTED_OUTPUTS.get("Rule_NoRuleApplies"));
  }

  @Test
  void aLimitChangedInItsOneRuleMovesBothTheApprovalAndTheDecline() {
    // sales operations let good payers ask for 30%: the decline follows without a second edit
    DecisionTables edited = TABLE.withEntry("Rule_GoodPayerApproved",
        "Input_RequestedPercentOfRevenue", "<= 30");

    assertThat(edited.evaluate(prospect("GOOD", 8, 1_000_000, 280_000)).matchedRuleId())
        .isEqualTo("Rule_GoodPayerApproved");
    assertThat(edited.evaluate(prospect("GOOD", 8, 1_000_000, 300_001)).matchedRuleId())
        .isEqualTo("Rule_GoodPayerAboveLimit");
  }

  @Test
  void theFloorsAreWrittenOnceAndApprovalsRepeatNone() throws IOException {
    String table = Files.readString(DecisionTables.PROCESSES.resolve("credit-policy.dmn"));
    assertThat(table).containsOnlyOnce("<text>&lt; 500000</text>")
        .containsOnlyOnce("<text>&lt; 2</text>")
        .doesNotContain("&gt;= 500000").doesNotContain("&gt;= 2</text>")
        .doesNotContain("&gt; 5</text>", "&gt; 20</text>", "&gt; 25</text>")
        .doesNotContain("0.05", "0.2</text>", "0.25");
  }

  private static Map<String, Object> prospect(String paymentHistory, int yearsInBusiness,
      double annualRevenue, double requestedCredit) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("paymentHistory", paymentHistory);
    variables.put("yearsInBusiness", yearsInBusiness);
    variables.put("annualRevenue", annualRevenue);
    variables.put("requestedCredit", requestedCredit);
    return variables;
  }

  private static Map<String, Object> declined(String reason) {
    return Map.of("decision", "DECLINED", "limitPercentOfRevenue", 0.0, "reason", reason);
  }

  private static Map<String, Object> referred(String reason) {
    return Map.of("decision", "REFERRED", "limitPercentOfRevenue", 0.0, "reason", reason);
  }

  private static Map<String, Object> approved(double limitPercentOfRevenue, String reason) {
    return Map.of("decision", "APPROVED", "limitPercentOfRevenue", limitPercentOfRevenue,
        "reason", reason);
  }
}
