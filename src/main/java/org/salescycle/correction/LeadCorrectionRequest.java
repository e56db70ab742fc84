package org.salescycle.correction;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashMap;
import java.util.Map;
import org.salescycle.lead.LeadVariables;

/** The body of {@code POST /api/leads/{id}/corrections}: the fields that change, and why. */
@Schema(description = "Corrected facts of a lead; a field left out keeps its value")
public record LeadCorrectionRequest(
    @Schema(example = "Anna Kowalska") String contactName,
    @Schema(description = "ISO 3166 two-letter code", example = "PL") String country,
    @Schema(example = "5000000") Double annualRevenue,
    @Schema(example = "120") Integer employees,
    @Schema(example = "8") Integer yearsInBusiness,
    @Schema(example = "40000") Double estimatedDealValue,
    @Schema(allowableValues = {"HIGH", "MEDIUM", "LOW", "NONE"}) String needLevel,
    Boolean budgetConfirmed,
    Boolean decisionMaker,
    @Schema(example = "6") Integer purchaseTimelineMonths,
    @Schema(description = "Why the data was wrong", example = "Revenue was in PLN, not EUR",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String reason) {

  /** The corrected fields by the names the process uses; absent fields are left out. */
  Map<String, Object> fields() {
    Map<String, Object> fields = new HashMap<>();
    put(fields, LeadVariables.CONTACT_NAME, contactName);
    put(fields, LeadVariables.COUNTRY, country);
    put(fields, LeadVariables.ANNUAL_REVENUE, annualRevenue);
    put(fields, LeadVariables.EMPLOYEES, employees);
    put(fields, LeadVariables.YEARS_IN_BUSINESS, yearsInBusiness);
    put(fields, LeadVariables.ESTIMATED_DEAL_VALUE, estimatedDealValue);
    put(fields, LeadVariables.NEED_LEVEL, needLevel);
    put(fields, LeadVariables.BUDGET_CONFIRMED, budgetConfirmed);
    put(fields, LeadVariables.DECISION_MAKER, decisionMaker);
    put(fields, LeadVariables.PURCHASE_TIMELINE_MONTHS, purchaseTimelineMonths);
    return fields;
  }

  private static void put(Map<String, Object> fields, String name, Object value) {
    if (value != null) {
      fields.put(name, value);
    }
  }
}
