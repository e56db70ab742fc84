package org.salescycle.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Runs when "Lead received" starts: refuses a lead with missing or impossible data, naming every
 * bad variable, so no instance starts on data the qualification rules would misread. It also
 * writes the country code in upper case, as the DMN tables expect.
 */
@Component("leadDataCheck")
public class LeadDataCheck implements ExecutionListener {

  static final Set<String> NEED_LEVELS = Set.of("HIGH", "MEDIUM", "LOW", "NONE");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern COUNTRY = Pattern.compile("^[A-Za-z]{2}$");

  @Override
  public void notify(DelegateExecution execution) {
    List<String> errors = new ArrayList<>();
    requireText(execution, LeadVariables.COMPANY_NAME, errors);
    requireMatch(execution, LeadVariables.CONTACT_EMAIL, EMAIL, "a valid e-mail address", errors);
    requireMatch(execution, LeadVariables.COUNTRY, COUNTRY, "a two-letter ISO country code", errors);
    requireNumber(execution, LeadVariables.ANNUAL_REVENUE, 0, errors);
    requireNumber(execution, LeadVariables.EMPLOYEES, 0, errors);
    requireNumber(execution, LeadVariables.YEARS_IN_BUSINESS, 0, errors);
    requireNumber(execution, LeadVariables.PURCHASE_TIMELINE_MONTHS, 0, errors);
    requireNumber(execution, LeadVariables.ESTIMATED_DEAL_VALUE, 1, errors);
    requireBoolean(execution, LeadVariables.BUDGET_CONFIRMED, errors);
    requireBoolean(execution, LeadVariables.DECISION_MAKER, errors);
    Object need = execution.getVariable(LeadVariables.NEED_LEVEL);
    if (need == null || !NEED_LEVELS.contains(need.toString())) {
      errors.add(LeadVariables.NEED_LEVEL + " must be one of " + NEED_LEVELS);
    }
    if (!errors.isEmpty()) {
      throw new InvalidLeadException(errors);
    }
    execution.setVariable(LeadVariables.COUNTRY,
        execution.getVariable(LeadVariables.COUNTRY).toString().toUpperCase(Locale.ROOT));
  }

  private static void requireText(DelegateExecution execution, String name, List<String> errors) {
    Object value = execution.getVariable(name);
    if (!(value instanceof String text) || text.isBlank()) {
      errors.add(name + " is required");
    }
  }

  private static void requireMatch(DelegateExecution execution, String name, Pattern pattern,
      String what, List<String> errors) {
    Object value = execution.getVariable(name);
    if (!(value instanceof String text) || !pattern.matcher(text.trim()).matches()) {
      errors.add(name + " must be " + what);
    }
  }

  private static void requireNumber(DelegateExecution execution, String name, double minimum,
      List<String> errors) {
    Object value = execution.getVariable(name);
    if (!(value instanceof Number number) || number.doubleValue() < minimum) {
      errors.add(name + " must be a number of at least " + (long) minimum);
    }
  }

  private static void requireBoolean(DelegateExecution execution, String name, List<String> errors) {
    if (!(execution.getVariable(name) instanceof Boolean)) {
      errors.add(name + " must be true or false");
    }
  }
}
