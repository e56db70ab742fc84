package org.salescycle.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where the pipeline stands at {@code asOf} (open leads per stage, stalled prospects) and how it
 * moved in the period {@code from} to {@code to} (conversions, wins, losses, cycle length), for
 * everyone and per rep.
 */
public record PipelineReport(
    Instant asOf,
    Instant from,
    Instant to,
    Summary all,
    List<RepSummary> perRep,
    List<StalledLead> stalled) {

  /** The figures, for all leads or one rep's. Ratios are null where nothing was counted. */
  public record Summary(
      List<StageFigures> stages,
      long openLeads,
      BigDecimal totalValue,
      BigDecimal weightedValue,
      List<Conversion> conversions,
      long won,
      long lost,
      long disqualified,
      Double winRate,
      Map<String, Long> lostReasons,
      Double averageCycleDays,
      long stalledLeads) {}

  /** Open leads in one stage; ages are days since they entered it (median, 90th percentile). */
  public record StageFigures(String stage, int probability, long count, BigDecimal totalValue,
      BigDecimal weightedValue, Double medianAgeDays, Double p90AgeDays) {}

  /** Of the leads that entered {@code from} in the period, how many went on to {@code to}. */
  public record Conversion(String from, String to, long entered, long converted, Double rate) {}

  public record RepSummary(String owner, Summary figures) {}

  /** A lead nobody has worked on for longer than its stage allows; oldest activity first. */
  public record StalledLead(String leadId, String companyName, String stage, String owner,
      Instant lastActivityAt, double idleDays, String processInstanceId, String cockpitUrl) {}
}
