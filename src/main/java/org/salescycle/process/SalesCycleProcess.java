package org.salescycle.process;

/** The sales cycle's BPMN process and its messages, as named in processes/sales-cycle.bpmn. */
public final class SalesCycleProcess {

  public static final String KEY = "sales-cycle";
  public static final String QUOTE_ACCEPTED = "QuoteAccepted";
  public static final String PROSPECT_WITHDREW = "ProspectWithdrew";
  public static final String LEAD_FIGURES_RECEIVED = "LeadFiguresReceived";

  private SalesCycleProcess() {}
}
