package org.salescycle.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salescycle.benchmark.database.BenchmarkDatabase;
import org.salescycle.benchmark.measure.Machine;
import org.salescycle.benchmark.measure.Progress;
import org.salescycle.benchmark.measure.ResultTable;
import org.salescycle.benchmark.measure.Row;
import org.salescycle.benchmark.measure.Settings;
import org.salescycle.benchmark.profile.WhereTimeGoes;

/**
 * Not a test: the intake, whole-cycle and startup benchmark, run with {@code mvn -Pbenchmark test}. On the embedded
 * H2 file and on PostgreSQL it measures this application beside what a user could pick instead
 * (the bare Camunda engine) and beside the limit (the database's own commit rate), and prints one
 * markdown table per database; see docs/benchmarks.md. Volumes come from system properties
 * ({@link Settings}). The table is also written to target/benchmark/sales-cycle-benchmark.md.
 */
class SalesCycleBenchmark {

  @Test
  void salesCycleBesideTheBareEngineAndTheDatabase() throws IOException {
    Settings settings = Settings.fromSystemProperties();
    Progress.say("Sales cycle benchmark: %s", settings.describe());
    StringBuilder report = new StringBuilder("## Sales cycle benchmark, ")
        .append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE)).append('\n');
    for (String key : settings.databases()) {
      BenchmarkDatabase database = BenchmarkDatabase.named(key);
      String loadBefore = Machine.loadAverage();
      List<Row> rows = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      if (settings.runs("intake") || settings.runs("cycle")) {
        try (Subjects subjects = Subjects.start(settings, database)) {
          if (settings.runs("intake")) {
            IntakeComparison intake = new IntakeComparison(settings, database);
            rows.addAll(intake.run(subjects));
            notes.addAll(intake.notes());
          }
          if (settings.runs("cycle")) {
            rows.addAll(new CycleComparison(settings, database.name()).run(subjects));
          }
        }
        if (settings.jfr()) {
          // The recording is written when the application's JVM ends.
          WhereTimeGoes.of(Subjects.recording(database)).forEach(System.out::println);
        }
      }
      if (settings.runs("startup") && database.embeddedFile()) {
        rows.addAll(new StartupComparison(settings, database).run());
      }
      String table = ResultTable.markdown(database.name(),
          Machine.describe(database.describe(), settings, loadBefore), settings, rows, notes);
      Progress.say("%s done:%n%s", database.name(), table);
      report.append(table);
    }
    Path file = Path.of("target", "benchmark", "sales-cycle-benchmark.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
    System.out.printf("%n%s%nWritten to %s%n", report, file.toAbsolutePath());
  }
}
