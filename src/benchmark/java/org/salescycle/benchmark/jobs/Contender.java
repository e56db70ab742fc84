package org.salescycle.benchmark.jobs;

import java.nio.file.Path;
import org.salescycle.benchmark.database.JdbcTarget;

/**
 * A column of the job executor table: whose jobs run (this application's or the bare engine's)
 * with which job-executor settings.
 *
 * @param key short name for database and log names
 * @param label column title
 */
public record Contender(String key, String label, JobSubject subject,
    JobExecutorSettings settings) {

  public static Contender starterDefaults() {
    JobExecutorSettings defaults = JobExecutorSettings.starterDefaults();
    return new Contender(defaults.key(), defaults.label(), JobSubject.OURS, defaults);
  }

  public static Contender tuned() {
    JobExecutorSettings tuned = JobExecutorSettings.tuned();
    return new Contender(tuned.key(), tuned.label(), JobSubject.OURS, tuned);
  }

  /** The bare engine with the tuned settings, so that the two differ only in what runs. */
  public static Contender bareEngine() {
    return new Contender("bare", "bare engine, same settings as tuned", JobSubject.BARE,
        JobExecutorSettings.tuned().spelledOut());
  }

  public JobEngine start(JdbcTarget database, Path log) {
    return subject.start(database, settings, log);
  }
}
