package org.salescycle.benchmark.measure;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the benchmark runs and how much, from system properties ({@code -Dbenchmark.leads=2000}
 * on the Maven command line). Every default keeps {@code mvn -Pbenchmark test} within minutes.
 */
public record Settings(
    int leads, int warmup, int repetitions, int clients, int starts, int cycleLeads,
    List<String> databases, Set<String> parts, List<String> serverJvmOptions, boolean jfr) {

  public static Settings fromSystemProperties() {
    int leads = number("benchmark.leads", 200);
    int repetitions = number("benchmark.repetitions", 5);
    return new Settings(
        leads,
        number("benchmark.warmup", leads),
        repetitions,
        number("benchmark.clients", 8),
        number("benchmark.starts", repetitions),
        number("benchmark.cycle-leads", 24),
        list("benchmark.databases", "h2,postgres"),
        Set.copyOf(list("benchmark.parts", "intake,startup,cycle")),
        Arrays.asList(System.getProperty("benchmark.server-jvm-options", "-Xmx512m").trim()
            .split("\\s+")),
        Boolean.getBoolean("benchmark.jfr"));
  }

  public boolean runs(String part) {
    return parts.contains(part);
  }

  /** One line for the report: how much each measurement did. */
  public String describe() {
    return ("%,d leads per measurement and repetition (%,d to warm up), %d repetitions, %d "
        + "concurrent clients, %d starts, %,d leads through the whole cycle; server JVMs: %s")
        .formatted(leads, warmup, repetitions, clients, starts, cycleLeads,
            String.join(" ", serverJvmOptions));
  }

  private static int number(String name, int fallback) {
    return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)).trim());
  }

  private static List<String> list(String name, String fallback) {
    return Arrays.stream(System.getProperty(name, fallback).split(","))
        .map(String::trim).filter(value -> !value.isEmpty())
        .collect(Collectors.toList());
  }
}
