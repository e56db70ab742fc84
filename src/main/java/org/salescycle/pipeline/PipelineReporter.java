package org.salescycle.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.salescycle.process.SalesCycleProperties;
import org.salescycle.stage.Stage;
import org.salescycle.words.Amounts;
import org.springframework.stereotype.Component;

/**
 * Works out the {@link PipelineReport} from the lead table alone, counted by the database: where
 * the open leads stand per stage ({@link OpenLeadTallies}), how the leads moved in the period
 * ({@link PeriodTallies}, from the funnel columns the stage recorder keeps on each row) and which
 * leads stalled longest ({@link StalledLeads}). Medians are the middle value (the mean of the two
 * middle ones for an even count); the 90th percentile is the nearest-rank value. Everyone's
 * figures per stage and the stalled list are counted beside the rest ({@link ReportQueryPool}).
 */
@Component
public class PipelineReporter {

  static final String UNASSIGNED = "(unassigned)";
  private static final List<Stage> OPEN_STAGES = List.of(Stage.LEAD, Stage.QUALIFYING,
      Stage.NURTURE, Stage.PROSPECT, Stage.EVALUATION, Stage.PROPOSAL);

  private final OpenLeadTallies openLeads;
  private final PeriodTallies period;
  private final StalledLeads stalledLeads;
  private final PipelineProperties properties;
  private final ReportQueryPool aside;
  private final Currency currency;
  private final OwnerNames ownerNames;

  PipelineReporter(OpenLeadTallies openLeads, PeriodTallies period, StalledLeads stalledLeads,
      PipelineProperties properties, ReportQueryPool aside, SalesCycleProperties salesCycle,
      OwnerNames ownerNames) {
    this.openLeads = openLeads;
    this.period = period;
    this.stalledLeads = stalledLeads;
    this.properties = properties;
    this.aside = aside;
    this.currency = Currency.getInstance(salesCycle.currency());
    this.ownerNames = ownerNames;
  }

  public PipelineReport report(Instant from, Instant to, Instant asOf, String cockpitBase) {
    StalledCutoffs cutoffs = StalledCutoffs.at(asOf, properties);
    CompletableFuture<Map<Stage, StageTally>> openOfAll =
        aside.start(() -> openLeads.perStage(cutoffs));
    CompletableFuture<List<PipelineReport.StalledLead>> stalled =
        aside.start(() -> stalledLeads.oldest(cutoffs, asOf, cockpitBase));
    Map<String, Map<Stage, StageTally>> openPerOwner = openLeads.perOwnerAndStage(cutoffs);
    Map<String, PeriodTally> periodPerOwner = period.perOwner(from, to);
    PeriodTally periodOfAll = new PeriodTally();
    periodPerOwner.values().forEach(periodOfAll::add);

    TreeSet<String> owners = new TreeSet<>(openPerOwner.keySet());
    owners.addAll(periodPerOwner.keySet());
    List<PipelineReport.RepSummary> perRep = owners.stream()
        .map(owner -> new PipelineReport.RepSummary(owner, summary(
            openPerOwner.getOrDefault(owner, Map.of()),
            periodPerOwner.getOrDefault(owner, new PeriodTally()), asOf)))
        .toList();
    return new PipelineReport(asOf, from, to,
        summary(ReportQueryPool.resultOf(openOfAll), periodOfAll, asOf), perRep,
        named(ReportQueryPool.resultOf(stalled)), currency.getCurrencyCode());
  }

  private List<PipelineReport.StalledLead> named(List<PipelineReport.StalledLead> stalled) {
    Function<String, String> names = ownerNames.of(stalled.stream()
        .map(PipelineReport.StalledLead::owner).filter(Objects::nonNull).distinct().toList());
    return stalled.stream().map(lead -> lead.ownedBy(names.apply(lead.owner()))).toList();
  }

  static String ownerOf(String owner) {
    return owner == null ? UNASSIGNED : owner;
  }

  private PipelineReport.Summary summary(Map<Stage, StageTally> open, PeriodTally moved,
      Instant asOf) {
    List<PipelineReport.StageFigures> stages = OPEN_STAGES.stream()
        .map(stage -> open.getOrDefault(stage, StageTally.NONE)
            .figures(stage, properties.probabilityOf(stage), asOf, currency))
        .toList();
    long openCount = open.values().stream().mapToLong(StageTally::count).sum();
    long stalled = open.values().stream().mapToLong(StageTally::stalled).sum();
    BigDecimal total = sum(stages.stream().map(PipelineReport.StageFigures::totalValue).toList());
    BigDecimal weighted =
        sum(stages.stream().map(PipelineReport.StageFigures::weightedValue).toList());
    return new PipelineReport.Summary(stages, openCount, total, weighted,
        moved.conversions(), moved.won(), moved.lost(), moved.disqualified(), moved.winRate(),
        moved.lostReasons(), moved.averageCycleDays(), stalled,
        Amounts.format(total, currency), Amounts.format(weighted, currency));
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
