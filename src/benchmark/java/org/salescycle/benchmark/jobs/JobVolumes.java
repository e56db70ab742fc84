package org.salescycle.benchmark.jobs;

import java.util.Arrays;
import java.util.List;

/**
 * How much the job executor benchmark does, from system properties
 * ({@code -Dbenchmark.timers=500} on the Maven command line). 0 credit checks or 0 timers leaves
 * that measurement out; {@code -Dbenchmark.contenders=tuned,bare} leaves out the starter's
 * defaults (the others: {@code defaults}, {@code tuned}, {@code bare}).
 */
public record JobVolumes(int creditChecks, int timers, int repetitions, int warmup,
    List<String> databases, List<String> contenders) {

  public static JobVolumes fromSystemProperties() {
    return new JobVolumes(
        Integer.getInteger("benchmark.creditChecks", 2_000),
        Integer.getInteger("benchmark.timers", 10_000),
        Integer.getInteger("benchmark.repetitions", 5),
        Integer.getInteger("benchmark.warmupJobs", 500),
        list("benchmark.databases", "postgres,h2"),
        list("benchmark.contenders", "defaults,tuned,bare"));
  }

  private static List<String> list(String property, String fallback) {
    return Arrays.stream(System.getProperty(property, fallback).split(","))
        .map(String::trim).filter(key -> !key.isEmpty()).toList();
  }

  public String describe() {
    return ("%,d credit checks and %,d due timers per measurement, %d repetitions, each in an "
        + "application of its own on a copy of the seeded database; %,d credit checks and %,d "
        + "timers run to warm up").formatted(creditChecks, timers, repetitions, warmup, warmup);
  }
}
