package org.salescycle.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.salescycle.engine.PreparedFeelEngine;

/**
 * Test helper: evaluates one decision table from the {@code processes/} folder with a standalone
 * DMN engine configured like the Camunda process engine configures its own, and reports which rules
 * matched next to the outputs. Every evaluation runs twice, with Camunda's own FEEL engine and with
 * the application's {@link PreparedFeelEngine}, and the two must agree on rules and outputs.
 */
final class DecisionTables {

  /** Where the deployable models live, relative to the Maven basedir (the working directory of surefire). */
  static final Path PROCESSES = Path.of("processes");

  private static final ThreadLocal<DmnDecisionTableEvaluationEvent> LAST_EVENT = new ThreadLocal<>();
  private static final DmnEngine CAMUNDA_FEEL = buildEngine(null);
  private static final DmnEngine PREPARED_FEEL =
      buildEngine(() -> new PreparedFeelEngine(List.of()));

  private static DmnEngine buildEngine(FeelEngineFactory feel) {
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
    configuration.setFeelEngineFactory(feel);
    return configuration.buildEngine();
  }

  private final Path file;
  private final DmnDecision decision;
  private final DmnDecision decisionForCamundaFeel;

  private DecisionTables(Path file, DmnDecision decision, DmnDecision decisionForCamundaFeel) {
    this.file = file;
    this.decision = decision;
    this.decisionForCamundaFeel = decisionForCamundaFeel;
  }

  /** Parses the decision with the given key from {@code processes/<fileName>}. */
  static DecisionTables load(String fileName, String decisionKey) {
    Path file = PROCESSES.resolve(fileName);
    return new DecisionTables(file, parse(PREPARED_FEEL, file, decisionKey),
        parse(CAMUNDA_FEEL, file, decisionKey));
  }

  private static DmnDecision parse(DmnEngine engine, Path file, String decisionKey) {
    try (InputStream in = Files.newInputStream(file)) {
      return engine.parseDecision(decisionKey, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  DmnDecision decision() {
    return decision;
  }

  /** The decision as parsed by the engine with the prepared FEEL engine, or with Camunda's. */
  DmnDecision decision(boolean preparedFeel) {
    return preparedFeel ? decision : decisionForCamundaFeel;
  }

  /** The DMN engine with the prepared FEEL engine, or with Camunda's own. */
  static DmnEngine engine(boolean preparedFeel) {
    return preparedFeel ? PREPARED_FEEL : CAMUNDA_FEEL;
  }

  /** The ids of all rules of the table, in table order, read from the DMN model. */
  List<String> ruleIds() {
    DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
    return model.getModelElementsByType(Rule.class).stream().map(Rule::getId).toList();
  }

  /**
   * The same table with one input entry of one rule changed, as sales operations might change it
   * in Modeler: to show what the table does with a lead, prospect or quote no rule covers.
   */
  DecisionTables withEntry(String ruleId, String inputId, String unaryTests) {
    DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
    Rule rule = model.getModelElementById(ruleId);
    List<String> inputIds = ((DecisionTable) rule.getParentElement()).getInputs().stream()
        .map(Input::getId).toList();
    assertThat(inputIds).as("inputs of the table").contains(inputId);
    List<InputEntry> entries = new ArrayList<>(rule.getInputEntries());
    entries.get(inputIds.indexOf(inputId)).getText().setTextContent(unaryTests);
    String key = decision.getKey();
    return new DecisionTables(file, PREPARED_FEEL.parseDecision(key, model),
        CAMUNDA_FEEL.parseDecision(key, model));
  }

  /** Evaluates the decision as the process engine would and returns the matched rules and the outputs. */
  Evaluation evaluate(Map<String, Object> variables) {
    Evaluation evaluation = evaluate(PREPARED_FEEL, decision, variables);
    assertThat(evaluation).as("the same decision with Camunda's own FEEL engine")
        .isEqualTo(evaluate(CAMUNDA_FEEL, decisionForCamundaFeel, variables));
    return evaluation;
  }

  private static Evaluation evaluate(
      DmnEngine engine, DmnDecision decision, Map<String, Object> variables) {
    LAST_EVENT.remove();
    DmnDecisionResult result = engine.evaluateDecision(decision, variables);
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
