package org.salescycle.quote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;

/**
 * How much discount a rep may give on a quote without a manager's approval, as the deployed
 * decision {@value #DECISION} decides it for this deal: "Prepare quote" shows the rep before she
 * completes it whether her quote will need approval, and sales operations still change the rule
 * only in the decision table.
 *
 * <p>The decision reads the quote's list value and its discount over the whole quote. Between the
 * numbers its rules compare these with, the answer cannot change; so the decision is asked at each
 * of those numbers and a cent either side of it. The result is a list of bands: from a list value
 * on, the largest discount (two decimals, as a quote's discount is computed) up to which every
 * discount needs no approval.
 */
final class DiscountAuthority {

  static final String DECISION = "discount-approval";
  static final String LIST_VALUE = QuoteVariables.QUOTE_AMOUNT;
  static final String DISCOUNT = QuoteVariables.DISCOUNT_PERCENT;
  static final String APPROVAL_REQUIRED = "approvalRequired";

  private static final BigDecimal CENT = new BigDecimal("0.01");
  private static final BigDecimal HIGHEST_DISCOUNT = new BigDecimal("99.99");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  /**
   * Asks the deployed decision without the engine's own DMN engine, which would record every
   * question in the history and the metrics as a decision the process took.
   */
  private static final DmnEngine QUESTIONS =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  /**
   * @param fromListValue the list value from which the band applies
   * @param maxDiscount the largest discount without approval; null when every quote of the band
   *     needs approval, whatever its discount
   */
  record Band(BigDecimal fromListValue, BigDecimal maxDiscount) {}

  private DiscountAuthority() {}

  /** The bands for the deal of the execution, lowest list value first. */
  static List<Band> of(DelegateExecution execution) {
    DecisionDefinitionEntity decision = (DecisionDefinitionEntity) Context
        .getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedLatestDecisionDefinitionByKey(DECISION);
    DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision.getDecisionLogic();
    Map<String, Object> variables = new HashMap<>(execution.getVariables());

    List<Band> bands = new ArrayList<>();
    for (BigDecimal listValue : probes(table, LIST_VALUE, BigDecimal.ZERO, null)) {
      variables.put(LIST_VALUE, listValue.doubleValue());
      BigDecimal max = null;
      for (BigDecimal discount : probes(table, DISCOUNT, BigDecimal.ZERO, HIGHEST_DISCOUNT)) {
        variables.put(DISCOUNT, discount.doubleValue());
        DmnDecisionRuleResult result =
            QUESTIONS.evaluateDecisionTable(decision, variables).getFirstResult();
        if (result != null && Boolean.TRUE.equals(result.get(APPROVAL_REQUIRED))) {
          break;
        }
        max = discount;
      }
      if (bands.isEmpty() || !same(bands.get(bands.size() - 1).maxDiscount(), max)) {
        bands.add(new Band(listValue, max));
      }
    }
    return bands;
  }

  /** As a form reads it: a list of {fromListValue, maxDiscount}. */
  static List<Map<String, Object>> asForm(List<Band> bands) {
    return bands.stream().map(band -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("fromListValue", band.fromListValue());
      row.put("maxDiscount", band.maxDiscount());
      return row;
    }).toList();
  }

  /**
   * The values at which to ask the decision: the lowest, and every number the rules of the input
   * reading {@code variable} mention, with a cent either side, within [lowest, highest].
   */
  private static TreeSet<BigDecimal> probes(DmnDecisionTableImpl table, String variable,
      BigDecimal lowest, BigDecimal highest) {
    TreeSet<BigDecimal> probes = new TreeSet<>(List.of(lowest));
    List<DmnDecisionTableInputImpl> inputs = table.getInputs();
    for (int i = 0; i < inputs.size(); i++) {
      if (!variable.equals(inputs.get(i).getExpression().getExpression().trim())) {
        continue;
      }
      for (DmnDecisionTableRuleImpl rule : table.getRules()) {
        String test = rule.getConditions().get(i).getExpression();
        Matcher number = NUMBER.matcher(test == null ? "" : test);
        while (number.find()) {
          BigDecimal value = new BigDecimal(number.group());
          for (BigDecimal probe : List.of(value.subtract(CENT), value, value.add(CENT))) {
            boolean within = probe.compareTo(lowest) >= 0
                && (highest == null || probe.compareTo(highest) <= 0);
            if (within) {
              probes.add(probe);
            }
          }
        }
      }
    }
    if (highest != null) {
      probes.add(highest);
    }
    return probes;
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
