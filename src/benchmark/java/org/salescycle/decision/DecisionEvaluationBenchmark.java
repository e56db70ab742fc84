package org.salescycle.decision;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a benchmark, run with {@code mvn -Pbenchmark test -Dtest=DecisionEvaluationBenchmark}.
 * Evaluates the decision table {@code lead-qualification} for a lead that passes every rule up to
 * the last (the common case of a new lead) with Camunda's own FEEL engine and with the
 * application's prepared one, and prints the CPU time of one evaluation (this thread's, so other
 * work on the machine hardly changes it): medians of 9 rounds.
 */
class DecisionEvaluationBenchmark {

  private static final int EVALUATIONS = Integer.getInteger("benchmark.evaluations", 5_000);
  private static final int ROUNDS = 9;
  private static final Map<String, Object> QUALIFIED_LEAD = Map.of(
      "country", "PL", "annualRevenue", 5_000_000.0, "employees", 50, "needLevel", "HIGH",
      "budgetConfirmed", true, "decisionMaker", true, "purchaseTimelineMonths", 6);

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final DecisionTables table =
      DecisionTables.load("lead-qualification.dmn", "lead-qualification");

  @Test
  void leadQualificationWithEitherFeelEngine() {
    double[] camunda = new double[ROUNDS];
    double[] prepared = new double[ROUNDS];
    microsPerEvaluation(false);
    microsPerEvaluation(true);
    for (int round = 0; round < ROUNDS; round++) {
      camunda[round] = microsPerEvaluation(false);
      prepared[round] = microsPerEvaluation(true);
      System.out.printf("[decisions] round %d/%d: Camunda's FEEL %.1f µs, prepared %.1f µs%n",
          round + 1, ROUNDS, camunda[round], prepared[round]);
    }
    Arrays.sort(camunda);
    Arrays.sort(prepared);
    double before = camunda[ROUNDS / 2];
    double after = prepared[ROUNDS / 2];
    System.out.printf("%n| lead-qualification, one evaluation (CPU, median of %d rounds of %,d) "
        + "| µs |%n|---|---|%n| Camunda's FEEL engine (feel-scala 1.19.3) | %.1f |%n"
        + "| prepared FEEL engine | %.1f |%n| ratio | %.1f× less |%n", ROUNDS, EVALUATIONS,
        before, after, before / after);
  }

  private double microsPerEvaluation(boolean preparedFeel) {
    var engine = DecisionTables.engine(preparedFeel);
    var decision = table.decision(preparedFeel);
    long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < EVALUATIONS; i++) {
      if (!"QUALIFY".equals(engine.evaluateDecision(decision, QUALIFIED_LEAD)
          .getSingleResult().getEntry("recommendation"))) {
        throw new IllegalStateException("lead-qualification no longer qualifies the lead");
      }
    }
    return (threads.getCurrentThreadCpuTime() - start) / 1e3 / EVALUATIONS;
  }
}
