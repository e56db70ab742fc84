package org.salescycle.benchmark.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spring Boot application started as a JVM of its own, as it runs in production, with the
 * time from launching the JVM to /actuator/health answering UP, and its memory as the operating
 * system and the JVM see it. Its log goes to target/benchmark/logs/{name}.log.
 */
public final class ServerJvm implements AutoCloseable {

  private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);
  private static final Duration POLL = Duration.ofMillis(50);
  private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
  private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;
  private final double startupSeconds;

  private ServerJvm(String name, int port, Process process, Path log, long launchedAt) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
    this.startupSeconds = awaitHealthy(launchedAt) / 1e9;
  }

  /** The JVM's class path: these directories, then the project's runtime dependencies. */
  public static List<String> classPath(String... directories) {
    try {
      List<String> entries = new ArrayList<>();
      for (String directory : directories) {
        entries.add(Path.of(directory).toAbsolutePath().toString());
      }
      entries.add(Files.readString(Path.of("target", "runtime-classpath.txt")).trim());
      return List.of("-cp", String.join(File.pathSeparator, entries));
    } catch (IOException e) {
      throw new UncheckedIOException("Run the benchmarks through Maven: it writes "
          + "target/runtime-classpath.txt (maven-dependency-plugin)", e);
    }
  }

  /**
   * Launches {@code java <jvmOptions> <mainClass> --server.port=<free port> <arguments>} and
   * returns once the application is healthy.
   */
  public static ServerJvm start(String name, List<String> jvmOptions, String mainClass,
      List<String> arguments, Map<String, String> environment) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add(mainClass);
    command.add("--server.port=" + port);
    command.addAll(arguments);
    Path log = Path.of("target", "benchmark", "logs", name + ".log");
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      long launchedAt = System.nanoTime();
      return new ServerJvm(name, port, builder.start(), log, launchedAt);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not launch " + name, e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public long pid() {
    return process.pid();
  }

  public double startupSeconds() {
    return startupSeconds;
  }

  /** Resident set size: the memory the operating system gives the JVM. */
  public long residentBytes() {
    try {
      Matcher rss = RSS.matcher(Files.readString(Path.of("/proc", String.valueOf(pid()), "status")));
      if (!rss.find()) {
        throw new IllegalStateException("No VmRSS for " + name);
      }
      return Long.parseLong(rss.group(1)) * 1024;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * CPU time the JVM has used so far, all its threads (user and system time from
   * {@code /proc/{pid}/stat}, in clock ticks of 10 ms). Unlike a rate, CPU per operation hardly
   * changes when other work shares the machine.
   */
  public double cpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid()), "stat"));
      // The fields after the command name, which is in parentheses and may contain spaces.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks / 100.0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Heap in use now, garbage included (jcmd GC.heap_info). */
  public long heapUsedBytes() {
    Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
    if (!used.find()) {
      throw new IllegalStateException("jcmd GC.heap_info of " + name + " shows no heap use");
    }
    return Long.parseLong(used.group(1)) * 1024;
  }

  /** Heap in use after a full collection: what the application really holds. */
  public long heapLiveBytes() {
    jcmd("GC.run");
    return heapUsedBytes();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  private String jcmd(String command) {
    try {
      Process jcmd = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
          String.valueOf(pid()), command).redirectErrorStream(true).start();
      String output = new String(jcmd.getInputStream().readAllBytes());
      if (jcmd.waitFor() != 0) {
        throw new IllegalStateException("jcmd " + command + " failed for " + name + ": " + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Nanoseconds from the launch until /actuator/health answered UP. */
  private long awaitHealthy(long launchedAt) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
        .timeout(Duration.ofSeconds(5)).build();
    while (System.nanoTime() - launchedAt < STARTUP_LIMIT.toNanos()) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited while starting; see " + log.toAbsolutePath());
      }
      try {
        HttpResponse<String> answer = client.send(health, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
          return System.nanoTime() - launchedAt;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(POLL);
    }
    close();
    throw new IllegalStateException(name + " not healthy within " + STARTUP_LIMIT + "; see "
        + log.toAbsolutePath());
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
