package org.salescycle.lead;

import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.salescycle.shared.InvalidField;
import org.springframework.stereotype.Component;

/**
 * Runs when "Lead received" starts: refuses a lead that breaks the {@link LeadRules}, naming every
 * bad variable, so no instance starts on data the qualification rules would misread. It also
 * writes the served market's code ({@link ServedMarkets#code}), as the DMN tables expect, and the
 * purchase timeline as the planned month ({@link PlannedPurchase}), with the months left until it
 * for the assessment. (The contact's e-mail goes to the lead row as it is mailed,
 * {@link NewLead}, and leaves the instance: {@link RegisterLead}.)
 */
@Component("leadDataCheck")
public class IncomingLeadCheck implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    List<InvalidField> errors = LeadRules.check(execution::getVariable);
    if (!errors.isEmpty()) {
      throw new InvalidLeadException(errors);
    }
    execution.setVariable(LeadVariables.COUNTRY,
        ServedMarkets.code(execution.getVariable(LeadVariables.COUNTRY).toString()).orElseThrow());
    YearMonth planned = PlannedPurchase.of(execution::getVariable).orElseThrow();
    execution.setVariable(LeadVariables.PLANNED_PURCHASE, planned.toString());
    execution.setVariable(LeadVariables.PURCHASE_TIMELINE_MONTHS,
        PlannedPurchase.monthsUntil(planned));
  }
}
