package org.salescycle.credit;

import java.math.BigDecimal;

/**
 * What the bureau is asked about a prospect.
 *
 * @param paymentHistory NONE for a company that is not a customer yet, else GOOD, LATE or DEFAULTED
 */
public record CreditRequest(
    String companyName,
    String companyDomain,
    String country,
    BigDecimal annualRevenue,
    int yearsInBusiness,
    BigDecimal requestedCredit,
    String paymentHistory) {}
