package org.salescycle.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.salescycle.process.Leads;

/**
 * New leads for the benchmark, each with its own e-mail and company domain: a lead whose domain
 * an open lead has is a duplicate and takes the short way to its end, which would flatter us.
 */
public final class BenchmarkLeads {

  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private final AtomicInteger sequence = new AtomicInteger();

  /** A lead that meets every qualification rule (the longest way to the first user task). */
  public Map<String, Object> next() {
    String company = "b" + run + "-" + sequence.incrementAndGet();
    Map<String, Object> lead = new TreeMap<>(Leads.qualifiedLead());
    lead.put("companyName", "Company " + company);
    lead.put("contactEmail", "buyer@" + company + ".example");
    return lead;
  }

  public List<Map<String, Object>> next(int count) {
    List<Map<String, Object>> leads = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      leads.add(next());
    }
    return leads;
  }

  /** The leads as a CSV file for POST /api/leads/import: a header row, one row per lead. */
  public static String csv(List<Map<String, Object>> leads) {
    List<String> columns = List.copyOf(leads.get(0).keySet());
    StringBuilder csv = new StringBuilder(String.join(",", columns)).append("\r\n");
    for (Map<String, Object> lead : leads) {
      csv.append(columns.stream().map(column -> String.valueOf(lead.get(column)))
          .collect(Collectors.joining(","))).append("\r\n");
    }
    return csv.toString();
  }
}
