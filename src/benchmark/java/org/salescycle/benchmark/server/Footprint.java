package org.salescycle.benchmark.server;

/** A freshly started server: seconds to healthy, heap in use (with garbage, and live), RSS. */
public record Footprint(double startupSeconds, long heapUsedBytes, long heapLiveBytes,
    long residentBytes) {

  /** Measured right after startup; the full collection for the live heap comes last. */
  public static Footprint of(ServerJvm jvm) {
    long resident = jvm.residentBytes();
    long used = jvm.heapUsedBytes();
    return new Footprint(jvm.startupSeconds(), used, jvm.heapLiveBytes(), resident);
  }
}
