package org.salescycle.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashMap;
import java.util.Map;
import org.salescycle.lead.LeadVariables;

/** The body of {@code POST /api/leads}. Which fields are required is up to the lead rules. */
@Schema(description = "A new lead: contact data, the company's standing and what it needs")
public record NewLeadRequest(
    @Schema(example = "Acme Sp. z o.o.", requiredMode = Schema.RequiredMode.REQUIRED)
    String companyName,
    @Schema(example = "Anna Nowak") String contactName,
    @Schema(example = "anna.nowak@acme.pl", requiredMode = Schema.RequiredMode.REQUIRED)
    String contactEmail,
    @Schema(example = "+48 600 100 200") String phone,
    @Schema(description = "ISO 3166 two-letter code of a served market; UK is taken as GB",
        example = "PL", requiredMode = Schema.RequiredMode.REQUIRED)
    String country,
    @Schema(description = "Where the lead came from", example = "web-form") String source,
    @Schema(example = "5000000", requiredMode = Schema.RequiredMode.REQUIRED) Double annualRevenue,
    @Schema(example = "120", requiredMode = Schema.RequiredMode.REQUIRED) Integer employees,
    @Schema(example = "8", requiredMode = Schema.RequiredMode.REQUIRED) Integer yearsInBusiness,
    @Schema(example = "40000", requiredMode = Schema.RequiredMode.REQUIRED)
    Double estimatedDealValue,
    @Schema(allowableValues = {"HIGH", "MEDIUM", "LOW", "NONE"},
        requiredMode = Schema.RequiredMode.REQUIRED)
    String needLevel,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean budgetConfirmed,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean decisionMaker,
    @Schema(description = "The month the lead plans to buy in (this month or later); required "
        + "unless purchaseTimelineMonths is given", example = "2027-06")
    String plannedPurchase,
    @Schema(description = "Instead of plannedPurchase: months from now (0 to 120)", example = "3")
    Integer purchaseTimelineMonths) {

  /** The fields by the names the lead rules and the process use; absent fields are left out. */
  Map<String, Object> fields() {
    Map<String, Object> fields = new HashMap<>();
    put(fields, LeadVariables.COMPANY_NAME, companyName);
    put(fields, LeadVariables.CONTACT_NAME, contactName);
    put(fields, LeadVariables.CONTACT_EMAIL, contactEmail);
    put(fields, LeadVariables.PHONE, phone);
    put(fields, LeadVariables.COUNTRY, country);
    put(fields, LeadVariables.SOURCE, source);
    put(fields, LeadVariables.ANNUAL_REVENUE, annualRevenue);
    put(fields, LeadVariables.EMPLOYEES, employees);
    put(fields, LeadVariables.YEARS_IN_BUSINESS, yearsInBusiness);
    put(fields, LeadVariables.ESTIMATED_DEAL_VALUE, estimatedDealValue);
    put(fields, LeadVariables.NEED_LEVEL, needLevel);
    put(fields, LeadVariables.BUDGET_CONFIRMED, budgetConfirmed);
    put(fields, LeadVariables.DECISION_MAKER, decisionMaker);
    put(fields, LeadVariables.PLANNED_PURCHASE, plannedPurchase);
    put(fields, LeadVariables.PURCHASE_TIMELINE_MONTHS, purchaseTimelineMonths);
    return fields;
  }

  private static void put(Map<String, Object> fields, String name, Object value) {
    if (value != null) {
      fields.put(name, value);
    }
  }
}
