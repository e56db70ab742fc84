package org.salescycle.nurture;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashMap;
import java.util.Map;
import org.salescycle.lead.LeadVariables;

/** The body of {@code PUT /api/leads/{id}/figures}: the lead's figures as they are now. */
@Schema(description = "A nurtured lead's figures as they are now; a figure left out keeps its "
    + "value")
public record LeadFiguresRequest(
    Boolean budgetConfirmed,
    Boolean decisionMaker,
    @Schema(allowableValues = {"HIGH", "MEDIUM", "LOW", "NONE"}) String needLevel,
    @Schema(description = "The month the lead plans to buy in", example = "2027-06")
    String plannedPurchase,
    @Schema(description = "Instead of plannedPurchase: months from now", example = "6")
    Integer purchaseTimelineMonths,
    @Schema(example = "5000000") Double annualRevenue,
    @Schema(example = "120") Integer employees,
    @Schema(example = "40000") Double estimatedDealValue,
    @Schema(description = "What changed, for the lead's timeline",
        example = "Budget approved for next year") String note) {

  /** The figures given, by the names the process uses; absent ones are left out. */
  Map<String, Object> figures() {
    Map<String, Object> figures = new HashMap<>();
    put(figures, LeadVariables.BUDGET_CONFIRMED, budgetConfirmed);
    put(figures, LeadVariables.DECISION_MAKER, decisionMaker);
    put(figures, LeadVariables.NEED_LEVEL, needLevel);
    put(figures, LeadVariables.PLANNED_PURCHASE, plannedPurchase);
    put(figures, LeadVariables.PURCHASE_TIMELINE_MONTHS, purchaseTimelineMonths);
    put(figures, LeadVariables.ANNUAL_REVENUE, annualRevenue);
    put(figures, LeadVariables.EMPLOYEES, employees);
    put(figures, LeadVariables.ESTIMATED_DEAL_VALUE, estimatedDealValue);
    return figures;
  }

  private static void put(Map<String, Object> figures, String name, Object value) {
    if (value != null) {
      figures.put(name, value);
    }
  }
}
