package org.salescycle.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.salescycle.stage.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Works out the {@link PipelineReport} from the lead table (where each open lead stands) and the
 * stage history (how leads moved). Medians are the middle value (the mean of the two middle ones
 * for an even count); the 90th percentile is the nearest-rank value.
 */
@Component
public class PipelineReporter {

  static final String UNASSIGNED = "(unassigned)";
  private static final List<Stage> FUNNEL =
      List.of(Stage.LEAD, Stage.QUALIFYING, Stage.PROSPECT, Stage.EVALUATION, Stage.PROPOSAL,
          Stage.WON);
  private static final List<Stage> OPEN_STAGES = List.of(Stage.LEAD, Stage.QUALIFYING,
      Stage.NURTURE, Stage.PROSPECT, Stage.EVALUATION, Stage.PROPOSAL);

  private final JdbcTemplate jdbc;
  private final PipelineProperties properties;

  public PipelineReporter(JdbcTemplate jdbc, PipelineProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  private record OpenLead(String id, String companyName, Stage stage, Instant stageEnteredAt,
      String owner, BigDecimal dealValue, Instant lastActivityAt, String processInstanceId) {}

  private record Entry(String processInstanceId, Stage stage, String reason, Instant enteredAt,
      String owner) {}

  public PipelineReport report(Instant from, Instant to, Instant asOf, String cockpitBase) {
    List<OpenLead> open = openLeads();
    List<Entry> entries = entriesOfLeadsMovedBetween(from, to);
    List<PipelineReport.StalledLead> stalled = open.stream()
        .filter(lead -> stalled(lead, asOf))
        .sorted(Comparator.comparing(OpenLead::lastActivityAt))
        .map(lead -> new PipelineReport.StalledLead(lead.id(), lead.companyName(),
            lead.stage().name(), lead.owner(), lead.lastActivityAt(),
            days(lead.lastActivityAt(), asOf), lead.processInstanceId(),
            cockpitBase + "/camunda/app/cockpit/default/#/process-instance/"
                + lead.processInstanceId()))
        .toList();

    TreeSet<String> owners = new TreeSet<>();
    open.forEach(lead -> owners.add(ownerOf(lead.owner())));
    entries.forEach(entry -> owners.add(ownerOf(entry.owner())));
    List<PipelineReport.RepSummary> perRep = owners.stream()
        .map(owner -> new PipelineReport.RepSummary(owner, summary(
            open, entries, stalled, from, to, asOf, candidate -> candidate.equals(owner))))
        .toList();
    return new PipelineReport(asOf, from, to,
        summary(open, entries, stalled, from, to, asOf, owner -> true), perRep, stalled);
  }

  private PipelineReport.Summary summary(List<OpenLead> allOpen, List<Entry> allEntries,
      List<PipelineReport.StalledLead> allStalled, Instant from, Instant to, Instant asOf,
      Predicate<String> ownerMatches) {
    List<OpenLead> open = allOpen.stream().filter(l -> ownerMatches.test(ownerOf(l.owner())))
        .toList();
    List<Entry> entries = allEntries.stream().filter(e -> ownerMatches.test(ownerOf(e.owner())))
        .toList();
    List<PipelineReport.StageFigures> stages = OPEN_STAGES.stream()
        .map(stage -> stageFigures(stage, open.stream().filter(l -> l.stage() == stage).toList(),
            asOf))
        .toList();
    BigDecimal total = sum(stages.stream().map(PipelineReport.StageFigures::totalValue).toList());
    BigDecimal weighted =
        sum(stages.stream().map(PipelineReport.StageFigures::weightedValue).toList());

    List<Entry> inPeriod = entries.stream()
        .filter(e -> !e.enteredAt().isBefore(from) && e.enteredAt().isBefore(to)).toList();
    long won = distinctInstances(inPeriod, Stage.WON);
    long lost = distinctInstances(inPeriod, Stage.LOST);
    long disqualified = distinctInstances(inPeriod, Stage.DISQUALIFIED);
    Map<String, Long> lostReasons = new TreeMap<>();
    inPeriod.stream()
        .filter(e -> e.stage() == Stage.LOST || e.stage() == Stage.DISQUALIFIED)
        .forEach(e -> lostReasons.merge(e.reason() == null ? "UNSPECIFIED" : e.reason(), 1L,
            Long::sum));
    long stalledCount = allStalled.stream().filter(s -> ownerMatches.test(ownerOf(s.owner())))
        .count();
    return new PipelineReport.Summary(stages, open.size(), total, weighted,
        conversions(entries, inPeriod), won, lost, disqualified,
        ratio(won, won + lost + disqualified), lostReasons, averageCycleDays(entries, inPeriod),
        stalledCount);
  }

  private PipelineReport.StageFigures stageFigures(Stage stage, List<OpenLead> leads,
      Instant asOf) {
    int probability = properties.probabilityOf(stage);
    BigDecimal total = sum(leads.stream().map(OpenLead::dealValue).toList());
    BigDecimal weighted = PipelineFigures.weighted(total, probability);
    List<Double> ages = leads.stream().map(l -> days(l.stageEnteredAt(), asOf)).sorted().toList();
    return new PipelineReport.StageFigures(stage.name(), probability, leads.size(), total,
        weighted, median(ages), nearestRank(ages, 90));
  }

  /** Of the leads that entered a funnel stage in the period, those that reached the next one. */
  private static List<PipelineReport.Conversion> conversions(List<Entry> entries,
      List<Entry> inPeriod) {
    Map<String, List<Stage>> stagesOfInstance = new HashMap<>();
    entries.forEach(e -> stagesOfInstance.computeIfAbsent(e.processInstanceId(),
        id -> new ArrayList<>()).add(e.stage()));
    List<PipelineReport.Conversion> conversions = new ArrayList<>();
    for (int i = 0; i + 1 < FUNNEL.size(); i++) {
      Stage stage = FUNNEL.get(i);
      Stage next = FUNNEL.get(i + 1);
      List<String> entered = inPeriod.stream().filter(e -> e.stage() == stage)
          .map(Entry::processInstanceId).distinct().toList();
      long converted = entered.stream()
          .filter(id -> stagesOfInstance.getOrDefault(id, List.of()).contains(next)).count();
      conversions.add(new PipelineReport.Conversion(stage.name(), next.name(), entered.size(),
          converted, ratio(converted, entered.size())));
    }
    return conversions;
  }

  /** Days from a won lead's first stage to WON, for leads won in the period. */
  private static Double averageCycleDays(List<Entry> entries, List<Entry> inPeriod) {
    Map<String, Instant> firstEntered = new HashMap<>();
    entries.forEach(e -> firstEntered.merge(e.processInstanceId(), e.enteredAt(),
        (a, b) -> a.isBefore(b) ? a : b));
    List<Double> cycles = inPeriod.stream().filter(e -> e.stage() == Stage.WON)
        .map(e -> days(firstEntered.get(e.processInstanceId()), e.enteredAt())).toList();
    return cycles.isEmpty() ? null
        : round(cycles.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
  }

  private boolean stalled(OpenLead lead, Instant asOf) {
    Duration allowed = properties.stalledAfter().get(lead.stage());
    return allowed != null && lead.lastActivityAt() != null
        && lead.lastActivityAt().plus(allowed).isBefore(asOf);
  }

  private List<OpenLead> openLeads() {
    return jdbc.query("""
        select id, company_name, stage, stage_entered_at, owner, deal_value, last_activity_at,
               process_instance_id
          from sales_lead where closed_at is null and stage is not null""",
        (rs, row) -> new OpenLead(rs.getString("id"), rs.getString("company_name"),
            Stage.valueOf(rs.getString("stage")), instant(rs.getTimestamp("stage_entered_at")),
            rs.getString("owner"), rs.getBigDecimal("deal_value"),
            instant(rs.getTimestamp("last_activity_at")), rs.getString("process_instance_id")));
  }

  /** Every stage entry of the leads with an entry in the period, so conversions see their future. */
  private List<Entry> entriesOfLeadsMovedBetween(Instant from, Instant to) {
    return jdbc.query("""
        select h.process_instance_id, h.stage, h.reason, h.entered_at, l.owner
          from stage_history h left join sales_lead l on l.process_instance_id = h.process_instance_id
         where h.process_instance_id in (select process_instance_id from stage_history
                                          where entered_at >= ? and entered_at < ?)""",
        (rs, row) -> new Entry(rs.getString(1), Stage.valueOf(rs.getString(2)), rs.getString(3),
            instant(rs.getTimestamp(4)), rs.getString(5)),
        Timestamp.from(from), Timestamp.from(to));
  }

  private static long distinctInstances(List<Entry> entries, Stage stage) {
    return entries.stream().filter(e -> e.stage() == stage).map(Entry::processInstanceId)
        .distinct().count();
  }

  private static String ownerOf(String owner) {
    return owner == null ? UNASSIGNED : owner;
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2, RoundingMode.HALF_UP);
  }

  private static Double ratio(long part, long whole) {
    return whole == 0 ? null : round((double) part / whole);
  }

  private static Double median(List<Double> sorted) {
    int n = sorted.size();
    if (n == 0) {
      return null;
    }
    return n % 2 == 1 ? sorted.get(n / 2) : round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
  }

  private static Double nearestRank(List<Double> sorted, int percentile) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  private static double days(Instant start, Instant end) {
    return PipelineFigures.days(start, end);
  }

  private static double round(double value) {
    return PipelineFigures.round(value);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
