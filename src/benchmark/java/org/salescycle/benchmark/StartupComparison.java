package org.salescycle.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import org.salescycle.benchmark.bare.BareEngineServer;
import org.salescycle.benchmark.database.BenchmarkDatabase;
import org.salescycle.benchmark.measure.Figures;
import org.salescycle.benchmark.measure.Progress;
import org.salescycle.benchmark.measure.Row;
import org.salescycle.benchmark.measure.Settings;
import org.salescycle.benchmark.ours.SalesCycleServer;
import org.salescycle.benchmark.server.Footprint;

/**
 * Seconds from launching the JVM to /actuator/health UP, heap and RSS right after, for this
 * application and for the bare engine, each started on an empty database, in turn.
 */
final class StartupComparison {

  private final Settings settings;
  private final BenchmarkDatabase database;

  StartupComparison(Settings settings, BenchmarkDatabase database) {
    this.settings = settings;
    this.database = database;
  }

  List<Row> run() {
    List<Footprint> ours = new ArrayList<>();
    List<Footprint> bare = new ArrayList<>();
    for (int start = 1; start <= settings.starts(); start++) {
      try (SalesCycleServer server = SalesCycleServer.start("startup-ours-" + start,
          database.create("startup_ours_" + start), settings, false)) {
        ours.add(Footprint.of(server.jvm()));
      }
      try (BareEngineServer server = BareEngineServer.start("startup-bare-" + start,
          database.create("startup_bare_" + start), settings)) {
        bare.add(Footprint.of(server.jvm()));
      }
      Progress.say("%s: start %d/%d: ours %s; bare engine %s", database.name(), start,
          settings.starts(), describe(ours.get(start - 1)), describe(bare.get(start - 1)));
    }
    return List.of(
        row("startup: JVM launch to /actuator/health UP", ours, bare,
            Footprint::startupSeconds, Figures::seconds),
        row("heap used right after startup", ours, bare,
            Footprint::heapUsedBytes, Figures::megabytes),
        row("heap live after startup (after a full GC)", ours, bare,
            Footprint::heapLiveBytes, Figures::megabytes),
        row("RSS right after startup", ours, bare,
            Footprint::residentBytes, Figures::megabytes));
  }

  private static Row row(String measurement, List<Footprint> ours, List<Footprint> bare,
      ToDoubleFunction<Footprint> figure, DoubleFunction<String> format) {
    double oursMedian = median(ours, figure);
    double bareMedian = median(bare, figure);
    return Row.values(measurement, format.apply(oursMedian),
        "bare engine: " + format.apply(bareMedian), Figures.ratio(oursMedian, bareMedian));
  }

  private static double median(List<Footprint> footprints, ToDoubleFunction<Footprint> figure) {
    return Figures.median(footprints.stream().mapToDouble(figure).toArray());
  }

  private static String describe(Footprint footprint) {
    return "%s, heap %s used, %s live, RSS %s".formatted(
        Figures.seconds(footprint.startupSeconds()), Figures.megabytes(footprint.heapUsedBytes()),
        Figures.megabytes(footprint.heapLiveBytes()), Figures.megabytes(footprint.residentBytes()));
  }
}
