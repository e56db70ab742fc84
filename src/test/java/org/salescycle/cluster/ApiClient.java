package org.salescycle.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** JSON over HTTP to a node, as the administrator (who may do everything). */
final class ApiClient {

  record Response(int status, JsonNode body) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String authorization = "Basic " + Base64.getEncoder().encodeToString(
      ("admin:" + ApplicationNode.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

  Response get(ApplicationNode node, String path) throws IOException, InterruptedException {
    return send(node, HttpRequest.newBuilder(URI.create(node.url() + path)).GET());
  }

  Response post(ApplicationNode node, String path, Object body, String idempotencyKey)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return send(node, request);
  }

  /** Completes the lead's open task with this key, with variables: name, value, ... */
  void completeTask(ApplicationNode node, String leadId, String taskKey, Object... answers)
      throws IOException, InterruptedException {
    Response tasks = get(node, "/engine-rest/task?processVariables=leadId_eq_" + leadId
        + "&taskDefinitionKey=" + taskKey);
    if (tasks.status() != 200 || tasks.body().size() != 1) {
      throw new IllegalStateException("Lead " + leadId + " has no open " + taskKey + ": " + tasks);
    }
    String taskId = tasks.body().get(0).get("id").asText();
    var variables = JSON.createObjectNode();
    var values = variables.putObject("variables");
    for (int i = 0; i < answers.length; i += 2) {
      values.putObject(answers[i].toString()).set("value", JSON.valueToTree(answers[i + 1]));
    }
    Response completed = post(node, "/engine-rest/task/" + taskId + "/complete", variables, null);
    if (completed.status() != 204) {
      throw new IllegalStateException("Completing " + taskKey + " of " + leadId + ": " + completed);
    }
  }

  private Response send(ApplicationNode node, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(
        request.header("Authorization", authorization).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
    String body = response.body();
    try {
      return new Response(response.statusCode(), body == null || body.isBlank()
          ? JSON.nullNode() : JSON.readTree(body));
    } catch (IOException notJson) {
      throw new UncheckedIOException("Not JSON from " + node.name() + ": " + body, notJson);
    }
  }
}
