package org.salescycle.benchmark.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine the figures were taken on, and how busy it was. */
public final class Machine {

  private Machine() {}

  public static String describe(String database, Settings settings, String loadBefore) {
    return describe(database, "server JVMs " + String.join(" ", settings.serverJvmOptions())
        + ", benchmark JVM", loadBefore);
  }

  /** For a benchmark that runs the application inside its own JVM. */
  public static String describeInProcess(String database, String loadBefore) {
    return describe(database, "application in the benchmark JVM,", loadBefore);
  }

  private static String describe(String database, String jvms, String loadBefore) {
    Runtime runtime = Runtime.getRuntime();
    return ("Machine: %d cores (%s), %s RAM, %s; Java %s (%s); %s max heap %s; database: %s; "
        + "load average before %s, after %s.")
        .formatted(runtime.availableProcessors(), cpuModel(), memory(),
            System.getProperty("os.name") + " " + System.getProperty("os.version"),
            System.getProperty("java.version"), System.getProperty("java.vm.name"), jvms,
            Figures.megabytes(runtime.maxMemory()), database, loadBefore, loadAverage());
  }

  /** The 1-minute load average (Linux); other work on the machine shows here. */
  public static String loadAverage() {
    String load = read("/proc/loadavg");
    return load.isEmpty() ? "unknown" : load.split("\\s+")[0];
  }

  private static String cpuModel() {
    return read("/proc/cpuinfo").lines().filter(line -> line.startsWith("model name"))
        .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
  }

  private static String memory() {
    return read("/proc/meminfo").lines().filter(line -> line.startsWith("MemTotal:"))
        .map(line -> String.format(Locale.ROOT, "%.0f GB",
            Long.parseLong(line.replaceAll("\\D", "")) / (1024.0 * 1024)))
        .findFirst().orElse("unknown");
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException | RuntimeException notLinux) {
      return "";
    }
  }
}
