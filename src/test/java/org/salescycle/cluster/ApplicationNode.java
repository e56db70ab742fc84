package org.salescycle.cluster;

import static org.awaitility.Awaitility.await;

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
import org.awaitility.core.ConditionTimeoutException;

/**
 * The application started as a separate JVM, as it runs in production (its runtime class path
 * only, written by the build to target/runtime-classpath.txt). Its log goes to
 * target/nodes/{name}.log. {@link #kill()} ends it with SIGKILL: no shutdown hook, no cleanup.
 */
final class ApplicationNode implements AutoCloseable {

  static final String ADMIN_PASSWORD = "cluster-test-admin-password";
  private static final Duration STARTUP = Duration.ofMinutes(3);

  private final String name;
  private final int port;
  private final Path log;
  private final List<String> command;
  private Process process;

  private ApplicationNode(String name, int port, List<String> command, Path log) {
    this.name = name;
    this.port = port;
    this.command = command;
    this.log = log;
  }

  /** Starts the node with these Spring properties (as --name=value) and waits until it is up. */
  static ApplicationNode start(String name, Map<String, String> properties) {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-cp", classPath(),
        "org.salescycle.SalesCycleApplication",
        "--server.port=" + port,
        "--spring.profiles.active=node",
        "--sales-cycle.node-name=" + name));
    properties.forEach((key, value) -> command.add("--" + key + "=" + value));
    Path log = Path.of("target", "nodes", name + ".log");
    ApplicationNode node = new ApplicationNode(name, port, command, log);
    node.launch();
    return node;
  }

  /** Starts the node again with the same command (same port, database and settings). */
  void restart() {
    launch();
  }

  private void launch() {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().put("SALES_CYCLE_ADMIN_PASSWORD", ADMIN_PASSWORD);
      builder.environment().put("SALES_CYCLE_QUOTE_LINK_SECRET", "cluster-test-quote-link-secret-0123456789");
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Node " + name + " did not start", e);
    }
    awaitReady();
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  String name() {
    return name;
  }

  /** SIGKILL, as when the machine or the container dies: nothing runs on the way out. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private void awaitReady() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    try {
      await("node " + name + " ready").atMost(STARTUP)
          .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
          .ignoreExceptionsInstanceOf(IOException.class) // still starting
          .until(() -> {
            if (!process.isAlive()) {
              throw new IllegalStateException(
                  "Node " + name + " exited; see " + log.toAbsolutePath());
            }
            HttpResponse<String> health = client.send(
                HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
          });
    } catch (ConditionTimeoutException e) {
      throw new IllegalStateException("Node " + name + " not ready in " + STARTUP + "; see " + log);
    }
  }

  private static String classPath() {
    try {
      String dependencies = Files.readString(Path.of("target", "runtime-classpath.txt")).trim();
      return Path.of("target", "classes").toAbsolutePath() + File.pathSeparator + dependencies;
    } catch (IOException e) {
      throw new UncheckedIOException("Run the tests through Maven: it writes "
          + "target/runtime-classpath.txt (maven-dependency-plugin)", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
