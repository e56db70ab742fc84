package org.salescycle.nurture;

import java.time.YearMonth;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.salescycle.lead.LeadRepository;
import org.salescycle.lead.LeadVariables;
import org.salescycle.lead.PlannedPurchase;
import org.springframework.stereotype.Component;

/**
 * Runs before every "Assess lead": gives the assessment the months left until the lead's planned
 * purchase ({@value LeadVariables#PURCHASE_TIMELINE_MONTHS}, 0 once it has come), counted on the
 * engine's clock, so a lead's timeline ages while it is nurtured and the decision table stays as
 * it is. A lead taken in before the planned purchase was a month has it from its row (filled in
 * from its intake date and months); a lead with neither keeps its months as they are.
 */
@Component("purchaseTimeline")
public class PurchaseTimeline implements ExecutionListener {

  private final LeadRepository leads;

  public PurchaseTimeline(LeadRepository leads) {
    this.leads = leads;
  }

  @Override
  public void notify(DelegateExecution execution) {
    plannedPurchase(execution).ifPresent(planned -> execution.setVariable(
        LeadVariables.PURCHASE_TIMELINE_MONTHS, PlannedPurchase.monthsUntil(planned)));
  }

  /** The lead's planned purchase; taken over from its row into the instance where it lacks one. */
  Optional<YearMonth> plannedPurchase(DelegateExecution execution) {
    YearMonth planned = PlannedPurchase.parse(
        execution.getVariable(LeadVariables.PLANNED_PURCHASE));
    if (planned != null) {
      return Optional.of(planned);
    }
    Object leadId = execution.getVariable(LeadVariables.LEAD_ID);
    Optional<YearMonth> stored = leadId == null ? Optional.empty()
        : leads.plannedPurchase(leadId.toString());
    stored.ifPresent(month ->
        execution.setVariable(LeadVariables.PLANNED_PURCHASE, month.toString()));
    return stored;
  }
}
