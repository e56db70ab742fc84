package org.salescycle.identity;

/** The two groups of the sales organisation, as the model's candidate groups name them. */
public final class SalesGroups {

  public static final String REPS = "sales-reps";
  public static final String MANAGERS = "sales-managers";

  private SalesGroups() {}
}
