package org.salescycle.benchmark.jobs;

import org.salescycle.credit.CreditAssessment;
import org.salescycle.credit.CreditBureau;
import org.salescycle.credit.CreditRequest;
import org.salescycle.credit.PolicyCreditBureau;

/**
 * The credit bureau of the benchmark's application, registered by the benchmark as the primary
 * one (not a component: the application's scan would take it into every test context). It either
 * approves at once, the no-op bureau of the jobs target, so that a credit check job costs only
 * the engine's and the delegate's own work, or asks the shipped policy bureau (DMN credit-policy).
 */
public class BenchmarkCreditBureau implements CreditBureau {

  private final PolicyCreditBureau policy;
  private volatile boolean approveAtOnce = true;

  public BenchmarkCreditBureau(PolicyCreditBureau policy) {
    this.policy = policy;
  }

  public void approveAtOnce() {
    approveAtOnce = true;
  }

  public void askCreditPolicy() {
    approveAtOnce = false;
  }

  @Override
  public CreditAssessment assess(CreditRequest request) {
    return approveAtOnce
        ? CreditAssessment.approved(request.requestedCredit(), "benchmark: approved at once")
        : policy.assess(request);
  }
}
