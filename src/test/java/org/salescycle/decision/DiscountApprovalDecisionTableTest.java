package org.salescycle.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salescycle.decision.DecisionTables.Evaluation;

/** Rule-by-rule tests of {@code processes/discount-approval.dmn} (hit policy FIRST). */
class DiscountApprovalDecisionTableTest {

  private static final DecisionTables TABLE =
      DecisionTables.load("discount-approval.dmn", "discount-approval");

  /** What each rule of the table must give: whether a manager must approve, and why. */
  private static final Map<String, Map<String, Object>> EXPECTED_OUTPUTS = Map.of(
      "Rule_DiscountAbove20", outputs(true, "Discount above 20% needs a manager"),
      "Rule_DiscountOnCreditWithTerms",
      outputs(true, "Any discount on a credit approved only with terms needs a manager"),
      "Rule_LargeDealDiscountAbove10",
      outputs(true, "Discount above 10% on a deal of 100,000 or more needs a manager"),
      "Rule_WithinRepAuthority", outputs(false, "Within the rep's discount authority"));

  @Test
  void everyRuleOfTheTableHasExpectedOutputs() {
    assertThat(TABLE.ruleIds()).containsExactlyInAnyOrderElementsOf(EXPECTED_OUTPUTS.keySet());
  }

  @ParameterizedTest(name = "[{index}] {0}% on {1} with credit {2} -> {3}")
  @CsvSource(textBlock = """
      # discount, quote amount, credit decision,     expected rule
      # 1. above 20% always needs a manager - wins over the other rules; exactly 20% does not
        20.01,      5000,         APPROVED,            Rule_DiscountAbove20
        25,         500000,       APPROVED_WITH_TERMS, Rule_DiscountAbove20
        100,        100,          APPROVED,            Rule_DiscountAbove20
        20,         5000,         APPROVED,            Rule_WithinRepAuthority
      # 2. any discount on a credit approved with terms - before the large deal rule; no discount needs none
        0.5,        5000,         APPROVED_WITH_TERMS, Rule_DiscountOnCreditWithTerms
        20,         5000,         APPROVED_WITH_TERMS, Rule_DiscountOnCreditWithTerms
        15,         150000,       APPROVED_WITH_TERMS, Rule_DiscountOnCreditWithTerms
        0,          5000,         APPROVED_WITH_TERMS, Rule_WithinRepAuthority
        0,          150000,       APPROVED_WITH_TERMS, Rule_WithinRepAuthority
      # 3. above 10% on 100,000 or more; exactly 100,000 counts, exactly 10% does not
        11,         100000,       APPROVED,            Rule_LargeDealDiscountAbove10
        10.01,      250000,       APPROVED,            Rule_LargeDealDiscountAbove10
        20,         100000,       APPROVED,            Rule_LargeDealDiscountAbove10
        10,         100000,       APPROVED,            Rule_WithinRepAuthority
        11,         99999.99,     APPROVED,            Rule_WithinRepAuthority
      # 4. everything else is within the rep's authority
        0,          0,            APPROVED,            Rule_WithinRepAuthority
        15,         5000,         APPROVED,            Rule_WithinRepAuthority
        5,          1000000,      APPROVED,            Rule_WithinRepAuthority
      """)
  void matchesTheExpectedRule(double discountPercent, double quoteAmount, String creditDecision,
      String expectedRule) {
    Evaluation evaluation = TABLE.evaluate(Map.of(
        "discountPercent", discountPercent,
        "quoteAmount", quoteAmount,
        "creditDecision", creditDecision));

    assertThat(evaluation.matchedRuleId()).isEqualTo(expectedRule);
    assertThat(evaluation.outputs()).isEqualTo(EXPECTED_OUTPUTS.get(expectedRule));
  }

  private static Map<String, Object> outputs(boolean approvalRequired, String reason) {
    return Map.of("approvalRequired", approvalRequired, "reason", reason);
  }
}
