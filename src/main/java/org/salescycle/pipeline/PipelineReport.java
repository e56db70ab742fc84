package org.salescycle.pipeline;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where the pipeline stands at {@code asOf} (open leads per stage, stalled prospects) and how it
 * moved in the period {@code from} to {@code to} (conversions, wins, losses, cycle length), for
 * everyone and per rep. Stages come as codes for programs and as labels for people; money as
 * numbers and as text with currency and thousands separators.
 */
public record PipelineReport(
    Instant asOf,
    Instant from,
    Instant to,
    Summary all,
    List<RepSummary> perRep,
    List<StalledLead> stalled,
    @Schema(description = "ISO 4217 code of every value in the report", example = "EUR")
    String currency) {

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
      long stalledLeads,
      @Schema(example = "158,000.00 EUR") String totalValueText,
      @Schema(example = "42,400.00 EUR") String weightedValueText) {}

  /**
   * Open leads in one stage; ages are days since they entered it (median, 90th percentile). A
   * side track (nurture) is a stage leads rest in beside the funnel, not a step of it.
   */
  public record StageFigures(String stage, int probability, long count, BigDecimal totalValue,
      BigDecimal weightedValue, Double medianAgeDays, Double p90AgeDays,
      @Schema(example = "Qualifying") String label,
      @Schema(description = "true for a stage beside the funnel (Nurture)") boolean sideTrack,
      @Schema(example = "60,000.00 EUR") String totalValueText,
      @Schema(example = "6,000.00 EUR") String weightedValueText) {}

  /** Of the leads that entered {@code from} in the period, how many went on to {@code to}. */
  public record Conversion(String from, String to, long entered, long converted, Double rate,
      @Schema(example = "Lead") String fromLabel,
      @Schema(example = "Qualifying") String toLabel) {}

  public record RepSummary(String owner, Summary figures) {}

  /** A lead nobody has worked on for longer than its stage allows; oldest activity first. */
  public record StalledLead(String leadId, String companyName, String stage, String owner,
      Instant lastActivityAt, double idleDays, String processInstanceId, String cockpitUrl,
      @Schema(example = "Proposal") String stageLabel,
      @Schema(description = "the owner's first and last name; null where nobody owns the lead",
          example = "Rita Rep") String ownerName) {

    StalledLead ownedBy(String ownerName) {
      return new StalledLead(leadId, companyName, stage, owner, lastActivityAt, idleDays,
          processInstanceId, cockpitUrl, stageLabel, ownerName);
    }
  }
}
