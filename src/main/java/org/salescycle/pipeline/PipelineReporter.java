package org.salescycle.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.salescycle.stage.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Works out the {@link PipelineReport} from the lead table alone: where each open lead stands,
 * and for the leads that moved since the period began, when they first reached each funnel stage
 * and how they ended (kept on the row by the stage recorder). Both come from covering indexes,
 * so the wide rows and the stage history are not read. Medians are the middle value (the mean of
 * the two middle ones for an even count); the 90th percentile is the nearest-rank value.
 */
@Component
public class PipelineReporter {

  static final String UNASSIGNED = "(unassigned)";
  /** The stalled list shows this many leads, oldest activity first; the count covers them all. */
  static final int STALLED_LIST_SIZE = 100;
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

  private record OpenLead(String id, Stage stage, String owner, Instant stageEnteredAt,
      BigDecimal dealValue, Instant lastActivityAt) {}

  /** A lead's way through the funnel: when it first reached each stage, and how it ended. */
  private record Journey(String owner, Map<Stage, Instant> reached, Stage outcome,
      String outcomeReason, Instant outcomeAt) {

    boolean reachedIn(Stage stage, Instant from, Instant to) {
      Instant at = reached.get(stage);
      return at != null && !at.isBefore(from) && at.isBefore(to);
    }

    boolean endedIn(Stage ending, Instant from, Instant to) {
      return outcome == ending && !outcomeAt.isBefore(from) && outcomeAt.isBefore(to);
    }
  }

  public PipelineReport report(Instant from, Instant to, Instant asOf, String cockpitBase) {
    List<OpenLead> open = openLeads();
    List<Journey> journeys = journeysMovedSince(from);
    Map<String, List<OpenLead>> openByOwner = open.stream()
        .collect(Collectors.groupingBy(lead -> ownerOf(lead.owner()), TreeMap::new,
            Collectors.toList()));
    Map<String, List<Journey>> journeysByOwner = journeys.stream()
        .collect(Collectors.groupingBy(journey -> ownerOf(journey.owner()), TreeMap::new,
            Collectors.toList()));

    TreeSet<String> owners = new TreeSet<>(openByOwner.keySet());
    owners.addAll(journeysByOwner.keySet());
    List<PipelineReport.RepSummary> perRep = owners.stream()
        .map(owner -> new PipelineReport.RepSummary(owner, summary(
            openByOwner.getOrDefault(owner, List.of()),
            journeysByOwner.getOrDefault(owner, List.of()), from, to, asOf)))
        .toList();
    return new PipelineReport(asOf, from, to, summary(open, journeys, from, to, asOf), perRep,
        oldestStalled(open, asOf, cockpitBase));
  }

  private PipelineReport.Summary summary(List<OpenLead> open, List<Journey> journeys,
      Instant from, Instant to, Instant asOf) {
    Map<Stage, List<OpenLead>> byStage = open.stream()
        .collect(Collectors.groupingBy(OpenLead::stage));
    List<PipelineReport.StageFigures> stages = OPEN_STAGES.stream()
        .map(stage -> stageFigures(stage, byStage.getOrDefault(stage, List.of()), asOf))
        .toList();
    BigDecimal total = sum(stages.stream().map(PipelineReport.StageFigures::totalValue).toList());
    BigDecimal weighted =
        sum(stages.stream().map(PipelineReport.StageFigures::weightedValue).toList());

    long won = journeys.stream().filter(j -> j.endedIn(Stage.WON, from, to)).count();
    long lost = journeys.stream().filter(j -> j.endedIn(Stage.LOST, from, to)).count();
    long disqualified =
        journeys.stream().filter(j -> j.endedIn(Stage.DISQUALIFIED, from, to)).count();
    Map<String, Long> lostReasons = new TreeMap<>();
    journeys.stream()
        .filter(j -> j.endedIn(Stage.LOST, from, to) || j.endedIn(Stage.DISQUALIFIED, from, to))
        .forEach(j -> lostReasons.merge(
            j.outcomeReason() == null ? "UNSPECIFIED" : j.outcomeReason(), 1L, Long::sum));
    long stalledCount = open.stream().filter(lead -> stalled(lead, asOf)).count();
    return new PipelineReport.Summary(stages, open.size(), total, weighted,
        conversions(journeys, from, to), won, lost, disqualified,
        ratio(won, won + lost + disqualified), lostReasons,
        averageCycleDays(journeys, from, to), stalledCount);
  }

  private PipelineReport.StageFigures stageFigures(Stage stage, List<OpenLead> leads,
      Instant asOf) {
    int probability = properties.probabilityOf(stage);
    BigDecimal total = sum(leads.stream().map(OpenLead::dealValue).toList());
    BigDecimal weighted = PipelineFigures.weighted(total, probability);
    double[] ages = leads.stream().mapToDouble(l -> exactDays(l.stageEnteredAt(), asOf)).sorted()
        .toArray();
    return new PipelineReport.StageFigures(stage.name(), probability, leads.size(), total,
        weighted, median(ages), nearestRank(ages, 90));
  }

  /** Of the leads that first reached a funnel stage in the period, those that reached the next. */
  private static List<PipelineReport.Conversion> conversions(List<Journey> journeys,
      Instant from, Instant to) {
    List<PipelineReport.Conversion> conversions = new ArrayList<>();
    for (int i = 0; i + 1 < FUNNEL.size(); i++) {
      Stage stage = FUNNEL.get(i);
      Stage next = FUNNEL.get(i + 1);
      List<Journey> entered = journeys.stream().filter(j -> j.reachedIn(stage, from, to))
          .toList();
      long converted = entered.stream().filter(j -> j.reached().containsKey(next)).count();
      conversions.add(new PipelineReport.Conversion(stage.name(), next.name(), entered.size(),
          converted, ratio(converted, entered.size())));
    }
    return conversions;
  }

  /** Days from a won lead's first stage to WON, for leads won in the period. */
  private static Double averageCycleDays(List<Journey> journeys, Instant from, Instant to) {
    List<Double> cycles = journeys.stream()
        .filter(j -> j.endedIn(Stage.WON, from, to) && j.reached().containsKey(Stage.LEAD))
        .map(j -> days(j.reached().get(Stage.LEAD), j.outcomeAt()))
        .toList();
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
        select id, stage, owner, stage_entered_at, deal_value, last_activity_at
          from sales_lead where closed_at is null and stage is not null""",
        (rs, row) -> new OpenLead(rs.getString(1), Stage.valueOf(rs.getString(2)),
            rs.getString(3), instant(rs.getTimestamp(4)), rs.getBigDecimal(5),
            instant(rs.getTimestamp(6))));
  }

  /**
   * The journeys of the leads whose latest stage change is in or after the period: every lead
   * that reached a stage in the period is among them, since its latest change came no earlier.
   */
  private List<Journey> journeysMovedSince(Instant from) {
    return jdbc.query("""
        select owner, lead_at, qualifying_at, prospect_at, evaluation_at, proposal_at, won_at,
               outcome, outcome_reason, outcome_at
          from sales_lead where stage_entered_at >= ?""",
        this::journey, Timestamp.from(from));
  }

  private Journey journey(ResultSet rs, int row) throws SQLException {
    Map<Stage, Instant> reached = new EnumMap<>(Stage.class);
    for (Stage stage : FUNNEL) {
      Timestamp at = rs.getTimestamp(stage.reachedColumn());
      if (at != null) {
        reached.put(stage, at.toInstant());
      }
    }
    String outcome = rs.getString("outcome");
    return new Journey(rs.getString("owner"), reached,
        outcome == null ? null : Stage.valueOf(outcome), rs.getString("outcome_reason"),
        instant(rs.getTimestamp("outcome_at")));
  }

  /** The stalled leads with the oldest activity first, with their names and instances. */
  private List<PipelineReport.StalledLead> oldestStalled(List<OpenLead> open, Instant asOf,
      String cockpitBase) {
    List<String> ids = open.stream()
        .filter(lead -> stalled(lead, asOf))
        .sorted(Comparator.comparing(OpenLead::lastActivityAt).thenComparing(OpenLead::id))
        .limit(STALLED_LIST_SIZE)
        .map(OpenLead::id)
        .toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.query("""
        select id, company_name, stage, owner, last_activity_at, process_instance_id
          from sales_lead where id in (%s)
         order by last_activity_at, id""".formatted(String.join(", ",
            Collections.nCopies(ids.size(), "?"))),
        (rs, row) -> {
          Instant lastActivity = rs.getTimestamp("last_activity_at").toInstant();
          String instance = rs.getString("process_instance_id");
          return new PipelineReport.StalledLead(rs.getString("id"), rs.getString("company_name"),
              rs.getString("stage"), rs.getString("owner"), lastActivity,
              days(lastActivity, asOf), instance,
              cockpitBase + "/camunda/app/cockpit/default/#/process-instance/" + instance);
        },
        ids.toArray());
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

  private static Double median(double[] sorted) {
    int n = sorted.length;
    if (n == 0) {
      return null;
    }
    return round(n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2);
  }

  private static Double nearestRank(double[] sorted, int percentile) {
    if (sorted.length == 0) {
      return null;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return round(sorted[Math.max(rank, 1) - 1]);
  }

  /** Days between two instants, unrounded: ages are rounded once a median is picked. */
  private static double exactDays(Instant start, Instant end) {
    return (end.getEpochSecond() - start.getEpochSecond()) / 86_400.0;
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
