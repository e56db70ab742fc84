package org.salescycle.correction;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import java.util.Objects;

/** The body of {@code POST /api/leads/{id}/corrections}: the fields that change, and why. */
@Schema(description = "Corrected facts of a lead; a field left out keeps its value")
public record LeadCorrectionRequest(
    @Schema(example = "Acme Sp. z o.o.") String companyName,
    @Schema(example = "Anna Kowalska") String contactName,
    @Schema(description = "ISO 3166 two-letter code of a served market; UK is taken as GB",
        example = "PL") String country,
    @Schema(example = "5000000") Double annualRevenue,
    @Schema(example = "120") Integer employees,
    @Schema(example = "8") Integer yearsInBusiness,
    @Schema(example = "40000") Double estimatedDealValue,
    @Schema(allowableValues = {"HIGH", "MEDIUM", "LOW", "NONE"}) String needLevel,
    Boolean budgetConfirmed,
    Boolean decisionMaker,
    @Schema(description = "The month the lead plans to buy in", example = "2027-06")
    String plannedPurchase,
    @Schema(description = "Instead of plannedPurchase: months from now", example = "6")
    Integer purchaseTimelineMonths,
    @Schema(description = "Why the data was wrong", example = "Revenue was in PLN, not EUR",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String reason) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The corrected fields by the names the process uses (the components are named after the
   * lead's variables); absent fields are left out.
   */
  Map<String, Object> fields() {
    Map<String, Object> fields = JSON.convertValue(this, new TypeReference<>() {});
    fields.values().removeIf(Objects::isNull);
    fields.remove("reason");
    return fields;
  }
}
