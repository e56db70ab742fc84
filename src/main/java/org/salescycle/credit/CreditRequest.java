package org.salescycle.credit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;

/**
 * What the bureau is asked about a prospect.
 *
 * @param checkId names this check of this lead and its attempt: a bureau that is asked twice
 *     with the same id (a node died after asking, before it could record the answer) can answer
 *     again instead of checking again. Sent as the Idempotency-Key header, not in the body.
 * @param paymentHistory NONE for a company that is not a customer yet, else GOOD, LATE or DEFAULTED
 */
public record CreditRequest(
    @JsonIgnore String checkId,
    String companyName,
    String companyDomain,
    String country,
    BigDecimal annualRevenue,
    int yearsInBusiness,
    BigDecimal requestedCredit,
    String paymentHistory) {}
