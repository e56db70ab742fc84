package org.salescycle.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Test helper: evaluates one decision table from the {@code processes/} folder with a standalone
 * DMN engine configured like the Camunda process engine configures its own, and reports which rules
 * matched next to the outputs.
 */
final class DecisionTables {

  /** Where the deployable models live, relative to the Maven basedir (the working directory of surefire). */
  static final Path PROCESSES = Path.of("processes");

  private static final DmnEngine ENGINE;
  private static final ThreadLocal<DmnDecisionTableEvaluationEvent> LAST_EVENT = new ThreadLocal<>();

  static {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    // The same switches ProcessEngineConfigurationImpl.initDmnEngine() hands to the DMN engine, with the
    // process engine's defaults (dmnFeelEnableLegacyBehavior=false, dmnReturnBlankTableOutputAsNull=false).
    // Without legacy behaviour, DefaultDmnEngineConfiguration.initElDefaults() makes FEEL the default
    // language of input expressions, input entries, output entries and literal expressions alike.
    configuration.enableFeelLegacyBehavior(false);
    configuration.setReturnBlankTableOutputAsNull(false);
    DmnDecisionTableEvaluationListener recorder = LAST_EVENT::set;
    configuration.customPostDecisionTableEvaluationListeners(List.of(recorder));
    ENGINE = configuration.buildEngine();
  }

  private final Path file;
  private final DmnDecision decision;

  private DecisionTables(Path file, DmnDecision decision) {
    this.file = file;
    this.decision = decision;
  }

  /** Parses the decision with the given key from {@code processes/<fileName>}. */
  static DecisionTables load(String fileName, String decisionKey) {
    Path file = PROCESSES.resolve(fileName);
    try (InputStream in = Files.newInputStream(file)) {
      return new DecisionTables(file, ENGINE.parseDecision(decisionKey, in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  DmnDecision decision() {
    return decision;
  }

  /** The ids of all rules of the table, in table order, read from the DMN model. */
  List<String> ruleIds() {
    DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
    return model.getModelElementsByType(Rule.class).stream().map(Rule::getId).toList();
  }

  /** Evaluates the decision as the process engine would and returns the matched rules and the outputs. */
  Evaluation evaluate(Map<String, Object> variables) {
    LAST_EVENT.remove();
    DmnDecisionResult result = ENGINE.evaluateDecision(decision, variables);
    DmnDecisionTableEvaluationEvent event = LAST_EVENT.get();
    LAST_EVENT.remove();
    assertThat(event).as("decision table evaluation event of %s", decision.getKey()).isNotNull();
    List<String> matchedRuleIds =
        event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
    Map<String, Object> outputs = result.isEmpty() ? Map.of() : result.getSingleResult().getEntryMap();
    return new Evaluation(matchedRuleIds, outputs);
  }

  /** What one evaluation produced: the ids of the matched rules (one at most for hit policy FIRST) and the outputs. */
  record Evaluation(List<String> matchedRuleIds, Map<String, Object> outputs) {

    String matchedRuleId() {
      assertThat(matchedRuleIds).as("matched rules").hasSize(1);
      return matchedRuleIds.get(0);
    }
  }
}
