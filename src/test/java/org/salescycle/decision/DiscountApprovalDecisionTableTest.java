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
 * Rule-by-rule tests of {@code processes/discount-approval.dmn} (hit policy FIRST): a missing or
 * unknown input always needs a manager, named in the reason; no quote skips the approval on it.
 */
class DiscountApprovalDecisionTableTest {

  private static final DecisionTables TABLE =
      DecisionTables.load("discount-approval.dmn", "discount-approval");

  /** What each rule of the table must give: whether a manager must approve, and why. */
  private static final Map<String, Map<String, Object>> EXPECTED_OUTPUTS = Map.ofEntries(
      entry("Rule_DiscountUnknown", outputs(true, "Discount over the whole quote unknown")),
      entry("Rule_ListValueUnknown", outputs(true, "List value of the quote unknown")),
      entry("Rule_CreditDecisionUnknown",
          outputs(true, "Credit decision unknown: neither approved nor approved with terms")),
      entry("Rule_DiscountAbove20", outputs(true, "Discount above 20% needs a manager")),
      entry("Rule_DiscountOnCreditWithTerms",
          outputs(true, "Any discount on a credit approved only with terms needs a manager")),
      entry("Rule_LargeDealDiscountAbove10",
          outputs(true, "Discount above 10% on a deal of 100,000 or more needs a manager")),
      entry("Rule_WithinRepAuthority", outputs(false, "Within the rep's discount authority")),
      entry("Rule_NoRuleApplies",
          outputs(true, "No rule of the discount policy covers this quote")));

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
    Evaluation evaluation = TABLE.evaluate(quote(discountPercent, quoteAmount, creditDecision));

    assertThat(evaluation.matchedRuleId()).isEqualTo(expectedRule);
    assertThat(evaluation.outputs()).isEqualTo(EXPECTED_OUTPUTS.get(expectedRule));
  }

  /** Each input the rules read, missing or unknown, on a quote that would otherwise need no approval. */
  static Stream<Arguments> missingOrUnknownInputs() {
    return Stream.of(
        arguments("discountPercent", null, "Rule_DiscountUnknown"),
        arguments("quoteAmount", null, "Rule_ListValueUnknown"),
        arguments("creditDecision", null, "Rule_CreditDecisionUnknown"),
        arguments("creditDecision", "", "Rule_CreditDecisionUnknown"),
        // a credit check that did not approve never reaches a quote, unless something went wrong
        arguments("creditDecision", "DECLINED", "Rule_CreditDecisionUnknown"),
        arguments("creditDecision", "REFERRED", "Rule_CreditDecisionUnknown"),
        arguments("creditDecision", "approved", "Rule_CreditDecisionUnknown"));
  }

  @ParameterizedTest(name = "[{index}] {0} = {1} -> {2}")
  @MethodSource("missingOrUnknownInputs")
  void aMissingOrUnknownInputNeedsAManagerNamingIt(String input, Object value,
      String expectedRule) {
    Map<String, Object> quote = quote(5, 5000, "APPROVED");
    quote.put(input, value);

    Evaluation evaluation = TABLE.evaluate(quote);

    assertThat(evaluation.matchedRuleId()).isEqualTo(expectedRule);
    assertThat(evaluation.outputs()).isEqualTo(EXPECTED_OUTPUTS.get(expectedRule));
  }

  @ParameterizedTest(name = "[{index}] without {0}")
  @ValueSource(strings = {"discountPercent", "quoteAmount", "creditDecision"})
  void anInputThatWasNeverSetIsMissingToo(String input) {
    Map<String, Object> quote = quote(0, 5000, "APPROVED");
    quote.remove(input);

    assertThat(TABLE.evaluate(quote).outputs()).containsEntry("approvalRequired", true);
  }

  @Test
  void aMissingInputIsNamedBeforeAnyOtherReasonForApproval() {
    Evaluation evaluation = TABLE.evaluate(quote(25, 500_000, null));

    assertThat(evaluation.matchedRuleId()).isEqualTo("Rule_CreditDecisionUnknown");
  }

  @Test
  void aQuoteNoRuleCoversGoesToAManagerInsteadOfOutWithoutApproval() {
    // as if sales operations had taken a new credit decision but given it no rule of its own
    DecisionTables edited = TABLE.withEntry("Rule_CreditDecisionUnknown", "Input_CreditDecision",
        "not(\"APPROVED\",\"APPROVED_WITH_TERMS\",\"APPROVED_BY_GUARANTEE\")");

    Evaluation evaluation = edited.evaluate(quote(8, 5000, "APPROVED_BY_GUARANTEE"));

    assertThat(evaluation.matchedRuleId()).isEqualTo("Rule_NoRuleApplies");
    assertThat(evaluation.outputs()).isEqualTo(EXPECTED_OUTPUTS.get("Rule_NoRuleApplies"));
  }

  @Test
  void aLimitChangedInItsOneRuleIsTheRepsAuthority() {
    // sales operations narrow every rep's authority to 15%: no second rule to change
    DecisionTables edited =
        TABLE.withEntry("Rule_DiscountAbove20", "Input_DiscountPercent", "> 15");

    assertThat(edited.evaluate(quote(15, 5000, "APPROVED")).matchedRuleId())
        .isEqualTo("Rule_WithinRepAuthority");
    assertThat(edited.evaluate(quote(15.01, 5000, "APPROVED")).matchedRuleId())
        .isEqualTo("Rule_DiscountAbove20");
  }

  @Test
  void eachLimitIsWrittenOnce() throws IOException {
    String table = Files.readString(DecisionTables.PROCESSES.resolve("discount-approval.dmn"));
    assertThat(table).containsOnlyOnce("<text>&gt; 20</text>")
        .containsOnlyOnce("<text>&gt; 10</text>").containsOnlyOnce("100000")
        .doesNotContain("&lt;= 20", "&lt;= 10");
  }

  private static Map<String, Object> quote(double discountPercent, double quoteAmount,
      String creditDecision) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("discountPercent", discountPercent);
    variables.put("quoteAmount", quoteAmount);
    variables.put("creditDecision", creditDecision);
    return variables;
  }

  private static Map<String, Object> outputs(boolean approvalRequired, String reason) {
    return Map.of("approvalRequired", approvalRequired, "reason", reason);
  }
}
