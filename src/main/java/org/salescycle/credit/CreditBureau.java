package org.salescycle.credit;

/**
 * Assesses a prospect's credit. A decline is an answer, not a failure; an implementation that
 * cannot reach its source throws {@link CreditBureauUnavailableException} so the job is retried.
 */
public interface CreditBureau {

  CreditAssessment assess(CreditRequest request);
}
