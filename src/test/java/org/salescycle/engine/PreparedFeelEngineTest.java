package org.salescycle.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The prepared FEEL engine answers exactly as Camunda's own, including its errors. */
class PreparedFeelEngineTest {

  private final FeelEngine camunda = new ScalaFeelEngine(List.of());
  private final FeelEngine prepared = new PreparedFeelEngine(List.of());

  private static VariableMap lead() {
    return Variables.createVariables()
        .putValue("companyName", "Żabka Polska")
        .putValue("annualRevenue", 2_500_000L)
        .putValue("employees", 120)
        .putValue("email", "Anna.Nowak@Example.PL")
        .putValue("country", "PL")
        .putValue("firstContact", LocalDate.of(2026, 11, 2))
        .putValue("notes", null);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "annualRevenue * 1.23",
      "if annualRevenue >= 1000000 then \"large\" else \"small\"",
      "contains(lower case(email), \"@example.pl\")",
      "string length(companyName)",
      "firstContact + duration(\"P14D\")",
      "count([employees, 2, 3]) + sum([1, 2])",
      "notes = null",
      "unknownVariable",
      "noSuchFunction(1)",
      "employees > 100 and country = \"PL\"",
      "{total: annualRevenue, size: employees}.size"})
  void expressionsGiveWhatCamundasEngineGives(String expression) {
    Object expected = camunda.evaluateSimpleExpression(expression, lead().asVariableContext());

    Object first = prepared.evaluateSimpleExpression(expression, lead().asVariableContext());
    Object again = prepared.evaluateSimpleExpression(expression, lead().asVariableContext());

    assertThat(first).isEqualTo(expected);
    assertThat(again).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      ">= 1000000", "< 1000", "[1000000..5000000]", "-", "not(0)", "null",
      "1000, 2500000", "> employees", "? > 2000000 and ? < 3000000"})
  void unaryTestsOnANumberGiveWhatCamundasEngineGives(String test) {
    assertBothEnginesAgree(test, 2_500_000L, 999L, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"PL\",\"DE\"", "not(\"PL\")", "matches(?, \"^[A-Z]{2}$\")", "starts with(?, \"P\")"})
  void unaryTestsOnATextGiveWhatCamundasEngineGives(String test) {
    assertBothEnginesAgree(test, "PL", "US", "pl");
  }

  private void assertBothEnginesAgree(String unaryTest, Object... inputs) {
    for (Object input : inputs) {
      var variables = lead().putValue("cellInput", input);

      boolean expected = camunda.evaluateSimpleUnaryTests(
          unaryTest, "cellInput", variables.asVariableContext());

      assertThat(prepared.evaluateSimpleUnaryTests(unaryTest, "cellInput",
          variables.asVariableContext())).as("%s with %s", unaryTest, input).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"annualRevenue +", "assert(employees, employees < 10)"})
  void brokenExpressionsFailWithCamundasMessage(String expression) {
    Throwable expected = catchThrowable(
        () -> camunda.evaluateSimpleExpression(expression, lead().asVariableContext()));
    assertThat(expected).isInstanceOf(FeelException.class);

    for (int attempt = 1; attempt <= 2; attempt++) {
      assertThat(catchThrowable(
          () -> prepared.evaluateSimpleExpression(expression, lead().asVariableContext())))
          .as("attempt %d", attempt)
          .isInstanceOf(FeelException.class)
          .hasMessage(expected.getMessage());
    }
  }

  @Test
  void aBrokenUnaryTestFailsWithCamundasMessage() {
    var variables = lead().putValue("cellInput", 5);
    Throwable expected = catchThrowable(() -> camunda.evaluateSimpleUnaryTests(
        ">= ", "cellInput", variables.asVariableContext()));

    assertThat(catchThrowable(() -> prepared.evaluateSimpleUnaryTests(
        ">= ", "cellInput", variables.asVariableContext())))
        .isInstanceOf(FeelException.class)
        .hasMessage(expected.getMessage());
  }

  @Test
  void manyThreadsShareOneEngine() throws Exception {
    var pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        int offset = thread;
        Callable<Integer> work = () -> {
          int wrong = 0;
          for (int i = 0; i < 2_000; i++) {
            long revenue = (i + offset) % 3 == 0 ? 2_000_000L : 10L;
            var variables = lead().putValue("cellInput", revenue);
            boolean large = prepared.evaluateSimpleUnaryTests(
                ">= 1000000", "cellInput", variables.asVariableContext());
            Object label = prepared.evaluateSimpleExpression(
                "if cellInput >= 1000000 then \"large\" else \"small\"",
                variables.asVariableContext());
            if (large != revenue >= 1_000_000L || !label.equals(large ? "large" : "small")) {
              wrong++;
            }
          }
          return wrong;
        };
        answers.add(pool.submit(work));
      }
      for (var answer : answers) {
        assertThat(answer.get()).as("wrong answers in one thread").isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void moreDistinctExpressionsThanItKeepsStillEvaluate() {
    for (int i = 0; i < PreparedFeelEngine.MAX_PREPARED + 50; i++) {
      Object sum = prepared.evaluateSimpleExpression(
          "employees + " + i, lead().asVariableContext());
      assertThat(sum).isEqualTo(120L + i);
    }
  }
}
