package org.salescycle.benchmark.jobs;

import java.nio.file.Path;
import org.salescycle.benchmark.database.JdbcTarget;

/** Whose jobs are timed: this application's, or the bare engine's on the same shape. */
public enum JobSubject {

  OURS("ours") {
    @Override
    public JobEngine start(JdbcTarget database, JobExecutorSettings settings, Path log) {
      return BenchmarkApplication.start(database, settings, log);
    }
  },

  BARE("bare") {
    @Override
    public JobEngine start(JdbcTarget database, JobExecutorSettings settings, Path log) {
      return BareJobEngine.start(database, settings, log);
    }
  };

  private final String key;

  JobSubject(String key) {
    this.key = key;
  }

  /** Short name for database names. */
  public String key() {
    return key;
  }

  public abstract JobEngine start(JdbcTarget database, JobExecutorSettings settings, Path log);
}
