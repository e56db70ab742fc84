package org.salescycle.credit;

/** Process variables the credit check writes and the credit review and quote steps read. */
public final class CreditVariables {

  public static final String CREDIT_DECISION = "creditDecision";
  public static final String CREDIT_LIMIT = "creditLimit";
  public static final String CREDIT_REASON = "creditReason";
  public static final String CREDIT_TERMS = "creditTerms";
  public static final String APPROVED = "APPROVED";
  public static final String DECLINED = "DECLINED";
  /** Neither approved nor declined: something the decision needs is missing or unknown. */
  public static final String REFERRED = "REFERRED";
  /** The BPMN error of a declined or referred check: both go to a manager's review. */
  public static final String DECLINED_ERROR_CODE = "CREDIT_DECLINED";

  private CreditVariables() {}
}
