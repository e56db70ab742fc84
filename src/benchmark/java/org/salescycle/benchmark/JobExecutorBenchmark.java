package org.salescycle.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.salescycle.benchmark.database.BenchmarkDatabase;
import org.salescycle.benchmark.database.JdbcTarget;
import org.salescycle.benchmark.jobs.Contender;
import org.salescycle.benchmark.jobs.JobEngine;
import org.salescycle.benchmark.jobs.JobResults;
import org.salescycle.benchmark.jobs.JobSubject;
import org.salescycle.benchmark.jobs.JobVolumes;
import org.salescycle.benchmark.jobs.Repetition;
import org.salescycle.benchmark.jobs.SeededDatabase;
import org.salescycle.benchmark.measure.Machine;
import org.salescycle.benchmark.measure.Progress;

/**
 * Not a test: the job executor benchmark, run with {@code mvn -Pbenchmark test
 * -Dtest=JobExecutorBenchmark}. On PostgreSQL and the embedded H2 file it times the job executor
 * draining credit check jobs (with a no-op bureau and with the shipped credit policy) and
 * 10,000 nurture timers falling due at once, with the Camunda starter's default job-executor
 * settings and with the tuned ones application.yaml ships, beside the bare engine with the tuned
 * settings on the same shape, and prints one markdown table of medians per database; see
 * docs/benchmarks.md. The jobs are seeded once per database and engine; each repetition of each
 * contender is an engine of its own in this JVM on a copy of its seeded database, and the
 * contenders take turns, so that other work on the machine weighs on all alike. The tables are
 * also written to target/benchmark/job-executor-benchmark.md, the engines' logs to
 * target/benchmark/logs/.
 */
class JobExecutorBenchmark {

  private static final Path REPORT = Path.of("target", "benchmark", "job-executor-benchmark.md");
  private static final Path LOG = Path.of("target", "benchmark", "logs", "job-executor.log");

  @Test
  void creditChecksAndDueTimersBesideTheBareEngine() throws IOException {
    JobVolumes volumes = JobVolumes.fromSystemProperties();
    Contender defaults = Contender.starterDefaults();
    Contender tuned = Contender.tuned();
    Contender bare = Contender.bareEngine();
    Map<String, Contender> byName = Map.of("defaults", defaults, "tuned", tuned, "bare", bare);
    List<Contender> contenders = Stream.of("defaults", "tuned", "bare")
        .filter(volumes.contenders()::contains).map(byName::get).toList();
    Progress.say("Job executor benchmark: %s", volumes.describe());
    StringBuilder report = new StringBuilder("## Job executor benchmark, ")
        .append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE)).append('\n');
    for (String key : volumes.databases()) {
      BenchmarkDatabase database = BenchmarkDatabase.named(key);
      String loadBefore = Machine.loadAverage();
      JobResults results = new JobResults(defaults, tuned, bare);
      Map<JobSubject, JdbcTarget> seeded = new EnumMap<>(JobSubject.class);
      try {
        for (Contender contender : contenders) {
          seeded.computeIfAbsent(contender.subject(),
              subject -> SeededDatabase.seed(database, volumes, subject, LOG));
        }
        for (int repetition = 1; repetition <= volumes.repetitions(); repetition++) {
          List<Contender> turns = new ArrayList<>(contenders);
          if (repetition % 2 == 0) {
            Collections.reverse(turns);
          }
          for (Contender contender : turns) {
            Repetition run = new Repetition(database.name(), contender, repetition, volumes);
            JdbcTarget copy = database.copy(seeded.get(contender.subject()),
                "jobs_" + repetition + "_" + contender.key());
            try (JobEngine engine = contender.start(copy, LOG)) {
              run.measure(engine, results);
            } finally {
              database.drop(copy);
            }
          }
        }
      } finally {
        seeded.values().forEach(database::drop);
      }
      String table = results.markdown(database.name(),
          Machine.describeInProcess(database.describe(), loadBefore), volumes);
      Progress.say("%s done:%n%s", database.name(), table);
      report.append(table);
    }
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, report);
    System.out.printf("%n%s%nWritten to %s%n", report, REPORT.toAbsolutePath());
  }
}
