package org.salescycle.lead;

/** Names of the lead's process variables, as the start form and the REST API set them. */
public final class LeadVariables {

  public static final String COMPANY_NAME = "companyName";
  public static final String CONTACT_NAME = "contactName";
  public static final String CONTACT_EMAIL = "contactEmail";
  public static final String COMPANY_DOMAIN = "companyDomain";
  public static final String COUNTRY = "country";
  public static final String ANNUAL_REVENUE = "annualRevenue";
  public static final String EMPLOYEES = "employees";
  public static final String YEARS_IN_BUSINESS = "yearsInBusiness";
  public static final String ESTIMATED_DEAL_VALUE = "estimatedDealValue";
  public static final String NEED_LEVEL = "needLevel";
  public static final String BUDGET_CONFIRMED = "budgetConfirmed";
  public static final String DECISION_MAKER = "decisionMaker";
  /** Given like a variable on every path that starts a lead, then kept in the lead table only. */
  public static final String PHONE = "phone";
  /** Given like a variable on every path that starts a lead, then kept in the lead table only. */
  public static final String SOURCE = "source";
  /** Months from now to the planned purchase, as the assessment reads it (never stored alone). */
  public static final String PURCHASE_TIMELINE_MONTHS = "purchaseTimelineMonths";
  /** The month the lead plans to buy in, as YYYY-MM ({@link PlannedPurchase}). */
  public static final String PLANNED_PURCHASE = "plannedPurchase";
  public static final String DUPLICATE_LEAD = "duplicateLead";
  public static final String DUPLICATE_OF = "duplicateOf";
  public static final String LEAD_ID = "leadId";
  public static final String URGENT = "urgent";
  public static final String URGENCY_REASON = "urgencyReason";
  public static final String WITHDRAWAL_REASON = "withdrawalReason";

  private LeadVariables() {}
}
