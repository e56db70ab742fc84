package org.salescycle.web;

import static org.mockito.Mockito.when;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Requests to a {@link ControllerSlice}, answered as a {@link ResponseEntity} of JSON like the
 * integration tests' HTTP client answers, so that {@link ProblemAssertions} reads both.
 */
public final class SliceRequests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockMvc mvc;

  public SliceRequests(MockMvc mvc) {
    this.mvc = mvc;
  }

  /**
   * The caller the controller finds: a slice has no authentication filter, so the mocked identity
   * service answers for it.
   */
  public static void signedIn(IdentityService identity, String user, String... groups) {
    when(identity.getCurrentAuthentication()).thenReturn(new Authentication(user, List.of(groups)));
  }

  public ResponseEntity<JsonNode> get(String path) {
    return send(HttpMethod.GET, path, null, null);
  }

  public ResponseEntity<JsonNode> post(String path, Object body) {
    return post(path, body, null);
  }

  /** A JSON body: a string as it is, anything else written as JSON. */
  public ResponseEntity<JsonNode> post(String path, Object body, String idempotencyKey) {
    HttpHeaders headers = new HttpHeaders();
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    return send(HttpMethod.POST, path, json(body), MediaType.APPLICATION_JSON, headers);
  }

  public ResponseEntity<JsonNode> put(String path, Object body) {
    return send(HttpMethod.PUT, path, json(body), MediaType.APPLICATION_JSON);
  }

  public ResponseEntity<JsonNode> send(HttpMethod method, String path, String body,
      MediaType type) {
    return send(method, path, body, type, new HttpHeaders());
  }

  private ResponseEntity<JsonNode> send(HttpMethod method, String path, String body,
      MediaType type, HttpHeaders headers) {
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.request(method, path).headers(headers);
    if (type != null) {
      request.contentType(type);
    }
    if (body != null) {
      request.content(body.getBytes(StandardCharsets.UTF_8));
    }
    try {
      MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
      HttpHeaders answered = new HttpHeaders();
      response.getHeaderNames().forEach(
          name -> answered.addAll(name, response.getHeaders(name)));
      String content = response.getContentAsString(StandardCharsets.UTF_8);
      return ResponseEntity.status(response.getStatus()).headers(answered)
          .body(content.isEmpty() ? null : JSON.readTree(content));
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed in the slice", e);
    }
  }

  private static String json(Object body) {
    if (body == null || body instanceof String) {
      return (String) body;
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
