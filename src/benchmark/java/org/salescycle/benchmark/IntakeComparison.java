package org.salescycle.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.salescycle.benchmark.bare.BareEngineServer;
import org.salescycle.benchmark.bare.JavaApiEngine;
import org.salescycle.benchmark.database.BenchmarkDatabase;
import org.salescycle.benchmark.database.JdbcTarget;
import org.salescycle.benchmark.database.RowCounts;
import org.salescycle.benchmark.jdbc.RawJdbcCommits;
import org.salescycle.benchmark.measure.Figures;
import org.salescycle.benchmark.measure.Load;
import org.salescycle.benchmark.measure.Progress;
import org.salescycle.benchmark.measure.Row;
import org.salescycle.benchmark.measure.Series;
import org.salescycle.benchmark.measure.Settings;
import org.salescycle.benchmark.ours.SalesCycleServer;

/**
 * New leads per second into this application (POST /api/leads with 1 and with N clients, the
 * CSV import) beside the bare engine starting the same shape (REST with 1 and N clients, Java
 * API) and beside raw JDBC commits of as many rows as one new lead adds.
 */
final class IntakeComparison {

  private final Settings settings;
  private final BenchmarkDatabase database;
  private final BenchmarkLeads leads = new BenchmarkLeads();
  private final List<String> notes = new ArrayList<>();

  IntakeComparison(Settings settings, BenchmarkDatabase database) {
    this.settings = settings;
    this.database = database;
  }

  List<String> notes() {
    return notes;
  }

  List<Row> run(Subjects subjects) {
    int clients = settings.clients();
    SalesCycleServer ours = subjects.ours;
    BareEngineServer bare = subjects.bare;
    JavaApiEngine javaApi = subjects.javaApi;
    RawJdbcCommits jdbc = subjects.jdbc;

    Progress.say("%s: warming up with %,d leads each", database.name(), settings.warmup());
    Load.run(settings.warmup(), clients, (client, index) -> ours.submit(leads.next()));
    ours.importCsv(leads.next(Math.max(10, settings.warmup() / 5)));
    Load.run(settings.warmup(), clients, (client, index) -> bare.start(key(), leads.next()));
    Load.run(settings.warmup(), 1, (client, index) -> javaApi.start(key(), leads.next()));

    Map<String, Long> oursRows = rowsAdded(subjects.oursDatabase, () -> ours.submit(leads.next()));
    Map<String, Long> bareRows = rowsAdded(subjects.bareDatabase,
        () -> bare.start(key(), leads.next()));
    int inserts = (int) RowCounts.total(oursRows);
    Progress.say("%s: rows inserted per new lead: ours %d %s; bare engine %d %s", database.name(),
        inserts, oursRows, RowCounts.total(bareRows), bareRows);
    jdbc.run(settings.warmup(), clients, inserts, false);

    String commits = "raw JDBC, " + inserts + " inserts + commit, ";
    Series oursOne = new Series("ours");
    Series oursMany = new Series("ours");
    Series oursCsv = new Series("ours");
    Series bareOne = new Series("bare engine REST start, 1 client");
    Series bareMany = new Series("bare engine REST start, " + clients + " clients");
    Series javaApiOne = new Series("bare engine Java API start, 1 thread");
    Series jdbcOne = new Series(commits + "1 thread");
    Series jdbcMany = new Series(commits + clients + " threads");
    Series jdbcCheckpoint = new Series("raw JDBC, " + inserts + " inserts + commit + CHECKPOINT, "
        + clients + " threads");
    int count = settings.leads();
    List<Double> oursCpu = new ArrayList<>();
    List<Double> bareCpu = new ArrayList<>();
    for (int repetition = 1; repetition <= settings.repetitions(); repetition++) {
      List<String> line = new ArrayList<>();
      line.add("ours 1 client " + oursOne.add(Load.run(count, 1,
          (client, index) -> ours.submit(leads.next()))).summary());
      line.add("bare 1 client " + bareOne.add(Load.run(count, 1,
          (client, index) -> bare.start(key(), leads.next()))).summary());
      double cpuBefore = ours.jvm().cpuSeconds();
      line.add("ours " + clients + " clients " + oursMany.add(Load.run(count, clients,
          (client, index) -> ours.submit(leads.next()))).summary());
      oursCpu.add((ours.jvm().cpuSeconds() - cpuBefore) * 1000 / count);
      cpuBefore = bare.jvm().cpuSeconds();
      line.add("bare " + clients + " clients " + bareMany.add(Load.run(count, clients,
          (client, index) -> bare.start(key(), leads.next()))).summary());
      bareCpu.add((bare.jvm().cpuSeconds() - cpuBefore) * 1000 / count);
      line.add("server CPU per lead: ours %.1f ms, bare %.1f ms".formatted(
          oursCpu.get(oursCpu.size() - 1), bareCpu.get(bareCpu.size() - 1)));
      List<Map<String, Object>> file = leads.next(count);
      line.add("ours CSV " + oursCsv.add(Load.once(count,
          (client, index) -> ours.importCsv(file))).summary());
      line.add("Java API " + javaApiOne.add(Load.run(count, 1,
          (client, index) -> javaApi.start(key(), leads.next()))).summary());
      line.add("JDBC 1 thread " + jdbcOne.add(jdbc.run(count, 1, inserts, false)).summary());
      line.add("JDBC " + clients + " threads "
          + jdbcMany.add(jdbc.run(count, clients, inserts, false)).summary());
      if (database.embeddedFile()) {
        line.add("JDBC + CHECKPOINT "
            + jdbcCheckpoint.add(jdbc.run(count, clients, inserts, true)).summary());
      }
      Progress.say("%s: repetition %d/%d: %s", database.name(), repetition,
          settings.repetitions(), String.join("; ", line));
    }

    List<Row> rows = new ArrayList<>();
    String many = clients + " clients";
    rows.add(Row.rates("new lead, POST /api/leads, 1 client", oursOne, bareOne));
    rows.add(Row.rates("new lead, POST /api/leads, " + many, oursMany, bareMany));
    double oursCpuMillis = Figures.median(oursCpu.stream().mapToDouble(Double::doubleValue).toArray());
    double bareCpuMillis = Figures.median(bareCpu.stream().mapToDouble(Double::doubleValue).toArray());
    rows.add(Row.values("server CPU per new lead, POST /api/leads, " + many
        + " (all JVM threads; less is better)", Figures.millis(oursCpuMillis) + " ms",
        "bare engine REST start: " + Figures.millis(bareCpuMillis) + " ms",
        Figures.ratio(oursCpuMillis, bareCpuMillis)));
    rows.add(Row.rates("new lead, CSV import of " + count + " rows", oursCsv, javaApiOne));
    rows.add(Row.rates("new lead, POST /api/leads, 1 client, against the database", oursOne,
        jdbcOne));
    rows.add(Row.rates("new lead, POST /api/leads, " + many + ", against the database",
        oursMany, jdbcMany));
    if (database.embeddedFile()) {
      rows.add(Row.rates("new lead, POST /api/leads, " + many
          + ", against the database with CHECKPOINT", oursMany, jdbcCheckpoint));
    }
    rows.add(Row.values("rows inserted per new lead", String.valueOf(inserts),
        "bare engine start: " + RowCounts.total(bareRows),
        Figures.ratio(inserts, RowCounts.total(bareRows))));
    notes.add("The bare engine itself reaches %s of the database limit with %d clients over "
        .formatted(Figures.ratio(bareMany.rate(), jdbcMany.rate()), clients)
        + "REST, and %s of it with 1 thread through the Java API."
        .formatted(Figures.ratio(javaApiOne.rate(), jdbcOne.rate())));
    notes.add("Rows one new lead adds, ours: " + oursRows + "; bare engine: " + bareRows + ".");
    return rows;
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  private static Map<String, Long> rowsAdded(JdbcTarget target, Runnable operation) {
    Map<String, Long> before = RowCounts.of(target);
    operation.run();
    return RowCounts.added(before, RowCounts.of(target));
  }
}
