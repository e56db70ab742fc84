package org.salescycle.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A credit bureau over HTTP that keeps a log of its checks by Idempotency-Key, as a real bureau
 * keeps its requests: the first request with a key runs the check, a repeat is answered from the
 * log and counted as a replay. Approves every request with the requested credit as limit.
 */
final class FakeCreditBureau implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Map<String, AtomicInteger> requestsByKey = new ConcurrentHashMap<>();
  private final AtomicInteger requestsWithoutKey = new AtomicInteger();
  private volatile Duration delay = Duration.ZERO;

  FakeCreditBureau() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/assessments", this::assess);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** How long each check takes from now on, so that jobs are in flight when a node dies. */
  void answerAfter(Duration delay) {
    this.delay = delay;
  }

  /** Requests per Idempotency-Key: 1 for a check run once, more for replays of the same check. */
  Map<String, Integer> requestsByKey() {
    Map<String, Integer> copy = new java.util.TreeMap<>();
    requestsByKey.forEach((key, count) -> copy.put(key, count.get()));
    return copy;
  }

  int requestsWithoutKey() {
    return requestsWithoutKey.get();
  }

  private void assess(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonNode request = JSON.readTree(exchange.getRequestBody());
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      if (key == null) {
        requestsWithoutKey.incrementAndGet();
      } else {
        requestsByKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      }
      ApplicationNode.sleep(delay);
      byte[] answer = JSON.writeValueAsBytes(Map.of("approved", true,
          "limit", request.get("requestedCredit").decimalValue(),
          "reason", "Approved by the test bureau"));
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, answer.length);
      exchange.getResponseBody().write(answer);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
