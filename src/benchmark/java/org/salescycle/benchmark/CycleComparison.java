package org.salescycle.benchmark;

import java.util.List;
import java.util.UUID;
import org.salescycle.benchmark.measure.Load;
import org.salescycle.benchmark.measure.Progress;
import org.salescycle.benchmark.measure.Row;
import org.salescycle.benchmark.measure.Series;
import org.salescycle.benchmark.measure.Settings;

/** Leads per second through the whole cycle ({@link WholeCycle}), ours beside the bare engine. */
final class CycleComparison {

  private final Settings settings;
  private final String database;
  private final BenchmarkLeads leads = new BenchmarkLeads();

  CycleComparison(Settings settings, String database) {
    this.settings = settings;
    this.database = database;
  }

  List<Row> run(Subjects subjects) {
    int clients = settings.clients();
    Load.Operation ours = (client, index) -> WholeCycle.walk(subjects.ours.rep(),
        subjects.ours.admin(), subjects.ours.submit(leads.next()));
    Load.Operation bare = (client, index) -> WholeCycle.walk(subjects.bare.client(),
        subjects.bare.admin(), subjects.bare.start(UUID.randomUUID().toString(), leads.next()));
    Progress.say("%s: whole cycle, warming up with %d leads each", database, 2 * clients);
    Load.run(2 * clients, clients, ours);
    Load.run(2 * clients, clients, bare);
    Series oursCycle = new Series("ours");
    Series bareCycle = new Series("bare engine, same shape, " + clients + " clients");
    for (int repetition = 1; repetition <= settings.repetitions(); repetition++) {
      String oursRun = oursCycle.add(Load.run(settings.cycleLeads(), clients, ours)).summary();
      String bareRun = bareCycle.add(Load.run(settings.cycleLeads(), clients, bare)).summary();
      Progress.say("%s: whole cycle, repetition %d/%d: ours %s; bare engine %s", database,
          repetition, settings.repetitions(), oursRun, bareRun);
    }
    return List.of(Row.rates("whole cycle to Customer won over REST, " + clients
        + " clients (latency: one lead's cycle)", oursCycle, bareCycle));
  }
}
