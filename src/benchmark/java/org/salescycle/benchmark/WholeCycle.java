package org.salescycle.benchmark;

import java.util.List;
import java.util.Map;
import org.salescycle.benchmark.ours.SalesCycleServer;
import org.salescycle.benchmark.server.EngineTasks;
import org.salescycle.benchmark.server.Http;
import org.salescycle.benchmark.server.RestVariables;

/**
 * One lead driven over the engine REST API through every user task of the sales cycle to
 * "Customer won", as SalesCycleProcessTest walks it: qualified, a prospect, a demo, a quote of
 * 40 units at 5% discount (no approval needed), accepted. The credit check, the join of the
 * evaluation, sending the quote and the conversion run in between as jobs of the job executor.
 */
final class WholeCycle {

  private record Step(String taskKey, Map<String, Object> variables) {}

  // The demo is scheduled as soon as it is open, while the credit check job is pending or
  // running: the two paths meet in the jobs of the evaluation's asynchronous join, so neither
  // fails (joined synchronously, the credit check could lose that race and wait five minutes).
  // A demo can only be recorded as held after it, and the servers' clocks are real, so it is
  // scheduled far ahead and recorded as cancelled, which takes the same steps to the join.
  private static final List<Step> STEPS = List.of(
      new Step("Task_QualifyLead", Map.of(
          "qualificationDecision", "QUALIFY", "interestConfirmed", true)),
      new Step("Task_HoldDiscoveryDialogue", Map.of("dialogueOutcome", "PROSPECT")),
      new Step("Task_ScheduleProductDemo", Map.of("demoStart", "2099-01-05T10:00:00Z",
          "demoDurationMinutes", 30, "demoLocation", "https://meet.example/benchmark")),
      new Step("Task_RecordDemoOutcome", Map.of("demoOutcome", "CANCELLED",
          "demoCancelReason", "Benchmark")),
      new Step("Task_PrepareQuote", Map.of(
          "lineItems", new RestVariables.Json("[{\"product\": \"%s\", \"quantity\": 40, "
              .formatted(SalesCycleServer.PRODUCT) + "\"discountPercent\": 5}]"),
          "paymentTerms", "PREPAYMENT",
          "quoteValidityDays", 30)),
      new Step("Task_RecordCustomerDecision", Map.of("customerDecision", "ACCEPTED")));

  private WholeCycle() {}

  /** Works the instance's tasks as {@code rep}, then waits (as {@code reader}) for its end. */
  static void walk(Http rep, Http reader, String processInstanceId) {
    for (Step step : STEPS) {
      EngineTasks.complete(rep, processInstanceId, step.taskKey(), step.variables());
    }
    EngineTasks.awaitEnd(reader, processInstanceId);
  }
}
