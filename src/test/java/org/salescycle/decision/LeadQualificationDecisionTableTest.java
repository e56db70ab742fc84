package org.salescycle.decision;

import static org.assertj.core.api.Assertions.assertThat;

import static java.util.Map.entry;
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
import org.salescycle.lead.ServedMarkets;

/**
 * Rule-by-rule tests of {@code processes/lead-qualification.dmn} (hit policy FIRST): a missing or
 * unknown answer recommends REVIEW and names it, before any rule may qualify or turn the lead away.
 */
class LeadQualificationDecisionTableTest {

  private static final DecisionTables TABLE =
      DecisionTables.load("lead-qualification.dmn", "lead-qualification");

  /** What each rule of the table must give: recommendation and reason. */
  private static final Map<String, Map<String, Object>> EXPECTED_OUTPUTS = Map.ofEntries(
      entry("Rule_CountryUnknown",
          outputs("REVIEW", "Country unknown: no two-letter ISO country code")),
      entry("Rule_RevenueUnknown", outputs("REVIEW", "Annual revenue unknown")),
      entry("Rule_EmployeesUnknown", outputs("REVIEW", "Number of employees unknown")),
      entry("Rule_NeedUnknown", outputs("REVIEW", "Need unknown: not HIGH, MEDIUM, LOW or NONE")),
      entry("Rule_BudgetUnknown",
          outputs("REVIEW", "Budget unknown: not known whether it is confirmed")),
      entry("Rule_AuthorityUnknown",
          outputs("REVIEW", "Authority unknown: not known whether the contact decides")),
      entry("Rule_TimelineUnknown", outputs("REVIEW", "Purchase timeline unknown")),
      entry("Rule_CountryNotServed", outputs("DISQUALIFY", "Country is outside our served markets")),
      entry("Rule_RevenueTooLow",
          outputs("DISQUALIFY", "Annual revenue below 1,000,000 (financial standard)")),
      entry("Rule_TooFewEmployees",
          outputs("DISQUALIFY", "Fewer than 10 employees (financial standard)")),
      entry("Rule_NoNeed", outputs("DISQUALIFY", "No need for our goods or services")),
      entry("Rule_TimelineTooFar", outputs("NURTURE", "Buying timeline is more than 12 months away")),
      entry("Rule_NoBudget", outputs("NURTURE", "No budget confirmed yet")),
      entry("Rule_LowNeedNoAuthority",
          outputs("NURTURE", "Low need and no contact with the decision maker")),
      entry("Rule_Qualified", outputs("QUALIFY", "Meets our financial standards and BANT criteria")),
      entry("Rule_NoRuleApplies", outputs("REVIEW", "No rule covers this lead")));

  @Test
  void everyRuleOfTheTableHasExpectedOutputs() {
    assertThat(TABLE.ruleIds()).containsExactlyInAnyOrderElementsOf(EXPECTED_OUTPUTS.keySet());
  }

  @ParameterizedTest(name = "[{index}] {0}, revenue {1}, {2} employees, need {3}, budget {4}, decider {5}, {6} months -> {7}")
  @CsvSource(textBlock = """
      # country, revenue,  employees, need,   budget, decider, months, expected rule
      # 1. country outside the served markets - wins over every other rule
        CN,      5000000,    50,      HIGH,   true,   true,    6,      Rule_CountryNotServed
        CH,      5000000,    50,      HIGH,   true,   true,    6,      Rule_CountryNotServed
        CN,      100,        1,       NONE,   false,  false,   24,     Rule_CountryNotServed
      # a well-formed code outside the list is not served, even if no such country exists
        ZZ,      5000000,    50,      HIGH,   true,   true,    6,      Rule_CountryNotServed
      # 2. revenue below 1,000,000 - before the employee rule; exactly 1,000,000 passes
        PL,      999999.99,  50,      HIGH,   true,   true,    6,      Rule_RevenueTooLow
        DE,      0,          50,      HIGH,   true,   true,    6,      Rule_RevenueTooLow
        PL,      500000,     5,       NONE,   false,  false,   24,     Rule_RevenueTooLow
        PL,      1000000,    50,      HIGH,   true,   true,    6,      Rule_Qualified
      # 3. fewer than 10 employees - before the need rule; exactly 10 passes
        PL,      5000000,    9,       HIGH,   true,   true,    6,      Rule_TooFewEmployees
        PL,      5000000,    0,       HIGH,   true,   true,    6,      Rule_TooFewEmployees
        PL,      5000000,    9,       NONE,   false,  false,   24,     Rule_TooFewEmployees
        PL,      5000000,    10,      HIGH,   true,   true,    6,      Rule_Qualified
      # 4. no need - disqualifies before any nurture rule
        PL,      5000000,    50,      NONE,   true,   true,    6,      Rule_NoNeed
        PL,      5000000,    50,      NONE,   false,  false,   24,     Rule_NoNeed
      # 5. timeline beyond 12 months - before the budget rule; exactly 12 does not nurture
        PL,      5000000,    50,      HIGH,   true,   true,    13,     Rule_TimelineTooFar
        PL,      5000000,    50,      LOW,    false,  false,   36,     Rule_TimelineTooFar
        PL,      5000000,    50,      HIGH,   true,   true,    12,     Rule_Qualified
      # 6. no confirmed budget - before the authority rule
        PL,      5000000,    50,      HIGH,   false,  true,    6,      Rule_NoBudget
        PL,      5000000,    50,      LOW,    false,  false,   12,     Rule_NoBudget
      # 7. low need and no decision maker
        PL,      5000000,    50,      LOW,    true,   false,   6,      Rule_LowNeedNoAuthority
        PL,      5000000,    50,      LOW,    true,   false,   0,      Rule_LowNeedNoAuthority
      # 8. everything else qualifies: authority alone or a low need alone does not nurture
        PL,      5000000,    50,      LOW,    true,   true,    6,      Rule_Qualified
        PL,      5000000,    50,      MEDIUM, true,   false,   6,      Rule_Qualified
        PL,      5000000,    50,      HIGH,   true,   false,   0,      Rule_Qualified
        US,      250000000,  5000,    HIGH,   true,   true,    1,      Rule_Qualified
      """)
  void matchesTheExpectedRule(String country, double annualRevenue, int employees, String needLevel,
      boolean budgetConfirmed, boolean decisionMaker, int purchaseTimelineMonths, String expectedRule) {
    Evaluation evaluation = evaluate(country, annualRevenue, employees, needLevel, budgetConfirmed,
        decisionMaker, purchaseTimelineMonths);

    assertThat(evaluation.matchedRuleId()).isEqualTo(expectedRule);
    assertThat(evaluation.outputs()).isEqualTo(EXPECTED_OUTPUTS.get(expectedRule));
  }

  /** Each answer the rules read, missing or unknown, on a lead that would otherwise qualify. */
  static Stream<Arguments> missingOrUnknownAnswers() {
    return Stream.of(
        arguments("country", null, "Rule_CountryUnknown"),
        arguments("country", "", "Rule_CountryUnknown"),
        arguments("country", "Poland", "Rule_CountryUnknown"),
        // the lead check upper-cases the code at the start; a lower-case one is not an ISO code
        arguments("country", "pl", "Rule_CountryUnknown"),
        arguments("annualRevenue", null, "Rule_RevenueUnknown"),
        arguments("employees", null, "Rule_EmployeesUnknown"),
        arguments("needLevel", null, "Rule_NeedUnknown"),
        arguments("needLevel", "URGENT", "Rule_NeedUnknown"),
        arguments("needLevel", "high", "Rule_NeedUnknown"),
        arguments("budgetConfirmed", null, "Rule_BudgetUnknown"),
        arguments("decisionMaker", null, "Rule_AuthorityUnknown"),
        arguments("purchaseTimelineMonths", null, "Rule_TimelineUnknown"));
  }

  @ParameterizedTest(name = "[{index}] {0} = {1} -> {2}")
  @MethodSource("missingOrUnknownAnswers")
  void aMissingOrUnknownAnswerSendsTheLeadToTheRepForReviewNamingIt(String input, Object value,
      String expectedRule) {
    Map<String, Object> lead = variables("PL", 5_000_000, 50, "HIGH", true, true, 6);
    lead.put(input, value);

    Evaluation evaluation = TABLE.evaluate(lead);

    assertThat(evaluation.matchedRuleId()).isEqualTo(expectedRule);
    assertThat(evaluation.outputs()).isEqualTo(EXPECTED_OUTPUTS.get(expectedRule))
        .containsEntry("recommendation", "REVIEW");
  }

  @ParameterizedTest(name = "[{index}] without {0}")
  @ValueSource(strings = {"country", "annualRevenue", "employees", "needLevel", "budgetConfirmed",
      "decisionMaker", "purchaseTimelineMonths"})
  void anAnswerThatWasNeverGivenIsMissingToo(String input) {
    Map<String, Object> lead = variables("PL", 5_000_000, 50, "HIGH", true, true, 6);
    lead.remove(input);

    assertThat(TABLE.evaluate(lead).outputs()).containsEntry("recommendation", "REVIEW");
  }

  @Test
  void aMissingAnswerComesBeforeAnyVerdictOnTheOthers() {
    Map<String, Object> lead = variables("CN", 100, 1, "NONE", false, false, 36);
    lead.put("budgetConfirmed", null);

    Evaluation evaluation = TABLE.evaluate(lead);

    assertThat(evaluation.matchedRuleId()).as("not disqualified on what is known")
        .isEqualTo("Rule_BudgetUnknown");
  }

  @Test
  void theFirstMissingAnswerInTheTablesOrderIsNamed() {
    Map<String, Object> lead = variables("PL", 5_000_000, 50, "HIGH", true, true, 6);
    lead.put("purchaseTimelineMonths", null);
    lead.put("annualRevenue", null);

    assertThat(TABLE.evaluate(lead).outputs())
        .containsEntry("reason", "Annual revenue unknown");
  }

  @Test
  void aLeadNoRuleCoversGoesToTheRepInsteadOfBeingQualified() {
    // as if sales operations had taken a new need level but given it no rule of its own
    DecisionTables edited = TABLE.withEntry("Rule_NeedUnknown", "Input_NeedLevel",
        "not(\"HIGH\",\"MEDIUM\",\"LOW\",\"NONE\",\"URGENT\")");

    Evaluation evaluation =
        edited.evaluate(variables("PL", 5_000_000, 50, "URGENT", true, true, 6));

    assertThat(evaluation.matchedRuleId()).isEqualTo("Rule_NoRuleApplies");
    assertThat(evaluation.outputs()).isEqualTo(EXPECTED_OUTPUTS.get("Rule_NoRuleApplies"));
  }

  @Test
  void aFloorChangedInItsOneRuleIsTheQualifyingFloor() {
    // sales operations lower the revenue floor: the qualifying rule follows without a second edit
    DecisionTables edited = TABLE.withEntry("Rule_RevenueTooLow", "Input_AnnualRevenue", "< 500000");

    assertThat(edited.evaluate(variables("PL", 700_000, 50, "HIGH", true, true, 6))
        .matchedRuleId()).isEqualTo("Rule_Qualified");
    assertThat(edited.evaluate(variables("PL", 499_999, 50, "HIGH", true, true, 6))
        .matchedRuleId()).isEqualTo("Rule_RevenueTooLow");
  }

  @Test
  void eachThresholdIsWrittenOnce() throws IOException {
    String table = Files.readString(DecisionTables.PROCESSES.resolve("lead-qualification.dmn"));
    assertThat(table).containsOnlyOnce("1000000").containsOnlyOnce("<text>&lt; 10</text>")
        .containsOnlyOnce("<text>&gt; 12</text>").doesNotContain("&gt;= 1000000");
  }

  static Stream<String> servedMarkets() {
    return ServedMarkets.all().keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("servedMarkets")
  void everyServedMarketQualifies(String country) {
    Evaluation evaluation = evaluate(country, 5_000_000, 50, "HIGH", true, true, 6);

    assertThat(evaluation.matchedRuleId()).isEqualTo("Rule_Qualified");
    assertThat(evaluation.outputs()).containsEntry("recommendation", "QUALIFY");
  }

  @Test
  void acceptsWholeNumberRevenueAsTheProcessMayStoreIt() {
    Map<String, Object> variables = variables("PL", 5_000_000, 50, "HIGH", true, true, 6);
    variables.put("annualRevenue", 5_000_000L);
    variables.put("employees", 50L);

    assertThat(TABLE.evaluate(variables).matchedRuleId()).isEqualTo("Rule_Qualified");
  }

  private static Evaluation evaluate(String country, double annualRevenue, int employees, String needLevel,
      boolean budgetConfirmed, boolean decisionMaker, int purchaseTimelineMonths) {
    return TABLE.evaluate(variables(country, annualRevenue, employees, needLevel, budgetConfirmed,
        decisionMaker, purchaseTimelineMonths));
  }

  private static Map<String, Object> variables(String country, double annualRevenue, int employees,
      String needLevel, boolean budgetConfirmed, boolean decisionMaker, int purchaseTimelineMonths) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("country", country);
    variables.put("annualRevenue", annualRevenue);
    variables.put("employees", employees);
    variables.put("needLevel", needLevel);
    variables.put("budgetConfirmed", budgetConfirmed);
    variables.put("decisionMaker", decisionMaker);
    variables.put("purchaseTimelineMonths", purchaseTimelineMonths);
    return variables;
  }

  private static Map<String, Object> outputs(String recommendation, String reason) {
    return Map.of("recommendation", recommendation, "reason", reason);
  }
}
