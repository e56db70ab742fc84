package org.salescycle.credit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the bureau is asked about a prospect. A figure the process does not have is null: a bureau
 * never guesses it, it refers the prospect to a manager.
 *
 * @param checkId names this check of this lead and its attempt: a bureau that is asked twice
 *     with the same id (a node died after asking, before it could record the answer) can answer
 *     again instead of checking again. Sent as the Idempotency-Key header, not in the body.
 * @param paymentHistory NONE for a company that is not a customer yet, else GOOD, LATE or
 *     DEFAULTED; null when it cannot be told
 */
public record CreditRequest(
    @JsonIgnore String checkId,
    String companyName,
    String companyDomain,
    String country,
    BigDecimal annualRevenue,
    Integer yearsInBusiness,
    BigDecimal requestedCredit,
    String paymentHistory) {

  /** The figures a credit decision needs that this request does not have, in words. */
  @JsonIgnore
  public List<String> unknownFigures() {
    List<String> unknown = new ArrayList<>();
    if (paymentHistory == null) {
      unknown.add("payment history");
    }
    if (yearsInBusiness == null) {
      unknown.add("years in business");
    }
    if (annualRevenue == null) {
      unknown.add("annual revenue");
    }
    if (requestedCredit == null) {
      unknown.add("requested credit");
    }
    return List.copyOf(unknown);
  }
}
