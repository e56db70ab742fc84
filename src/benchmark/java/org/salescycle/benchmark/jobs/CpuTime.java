package org.salescycle.benchmark.jobs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU time spent by the application's JVM and by the PostgreSQL backends of its connections. Per
 * job it says what a job costs whatever else the machine is doing, where jobs/s on a shared
 * machine also says how busy the machine was. The backends are read from /proc (Linux, database
 * on this machine); elsewhere, and on H2 (inside the JVM), the database's share is 0.
 */
final class CpuTime {

  /** CPU used so far: the JVM's in nanoseconds, each backend's in clock ticks. */
  record Reading(long jvmNanos, Map<Integer, Long> backendTicks) {}

  /** CPU used between two readings, in milliseconds. */
  record Used(double applicationMillis, double databaseMillis) {}

  /** Linux reports process times in clock ticks of 1/100 s (getconf CLK_TCK). */
  private static final double MILLIS_PER_TICK = 10;

  private final JdbcTemplate jdbc;
  private final boolean postgres;

  CpuTime(JobEngine application) {
    this.jdbc = application.jdbc();
    this.postgres = application.onPostgres();
  }

  Reading read() {
    return new Reading(jvmNanos(), postgres ? backendTicks() : Map.of());
  }

  /** A backend that was not there before counts with all its time. */
  Used since(Reading before) {
    Reading after = read();
    long ticks = 0;
    for (Map.Entry<Integer, Long> backend : after.backendTicks().entrySet()) {
      ticks += backend.getValue() - before.backendTicks().getOrDefault(backend.getKey(), 0L);
    }
    return new Used((after.jvmNanos() - before.jvmNanos()) / 1e6, ticks * MILLIS_PER_TICK);
  }

  private static long jvmNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private Map<Integer, Long> backendTicks() {
    Map<Integer, Long> ticks = new HashMap<>();
    for (int pid : jdbc.queryForList(
        "select pid from pg_stat_activity where datname = current_database()", Integer.class)) {
      try {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        // After the command name in brackets: state is field 3; utime 14, stime 15.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
      } catch (IOException | RuntimeException notReadable) {
        // A backend that has just ended, or a server on another machine: not counted.
      }
    }
    return ticks;
  }
}
