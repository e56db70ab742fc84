package org.salescycle.credit;

/**
 * Where the credit check learns how a company has paid so far; the customer register answers it,
 * so that the credit policy does not depend on how customers are kept.
 */
public interface PaymentHistories {

  /** The payment history of the customer at this company domain, or NONE for a new company. */
  String paymentHistoryOf(String companyDomain);
}
