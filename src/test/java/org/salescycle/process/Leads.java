package org.salescycle.process;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Lead data for tests: a lead that meets every qualification rule, changed per test as needed. */
public final class Leads {

  private Leads() {}

  public static Map<String, Object> qualifiedLead() {
    String company = "acme-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> lead = new HashMap<>();
    lead.put("companyName", company + " Sp. z o.o.");
    lead.put("contactName", "Anna Nowak");
    lead.put("contactEmail", "anna.nowak@" + company + ".pl");
    lead.put("country", "PL");
    lead.put("annualRevenue", 5_000_000.0);
    lead.put("employees", 120);
    lead.put("yearsInBusiness", 8);
    lead.put("needLevel", "HIGH");
    lead.put("budgetConfirmed", true);
    lead.put("decisionMaker", true);
    lead.put("purchaseTimelineMonths", 3);
    lead.put("estimatedDealValue", 40_000.0);
    return lead;
  }

  public static Map<String, Object> with(Map<String, Object> lead, String name, Object value) {
    lead.put(name, value);
    return lead;
  }
}
