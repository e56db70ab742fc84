package org.salescycle.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One way a user reaches the engine over HTTP: the engine REST API with HTTP Basic, or the API
 * Tasklist and Cockpit call (same resources under /camunda/api/engine/engine/default) with the
 * webapp's session cookie and XSRF token, as the browser sends them.
 */
public abstract class EngineSurface {

  public record Answer(int status, String body) {
    public JsonNode json() {
      try {
        return body.isBlank() ? null : JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON: " + body, e);
      }
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();

  final String base;
  final String user;
  final HttpClient client;

  private EngineSurface(String base, String user, HttpClient client) {
    this.base = base;
    this.user = user;
    this.client = client;
  }

  public static EngineSurface engineRest(String base, String user, String password) {
    return new EngineSurface(base, user, HttpClient.newHttpClient()) {
      final String basic = "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));

      @Override
      HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + "/engine-rest" + path))
            .header("Authorization", basic);
      }

      @Override
      public String toString() {
        return "engine REST as " + user;
      }
    };
  }

  /** Logs in to Tasklist as a browser does and calls the engine through Tasklist's own API. */
  public static EngineSurface tasklist(String base, String user, String password) {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    EngineSurface surface = new EngineSurface(base, user, client) {
      @Override
      HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(
                URI.create(base + "/camunda/api/engine/engine/default" + path))
            .header("X-XSRF-TOKEN", xsrfToken(cookies));
      }

      @Override
      public String toString() {
        return "Tasklist's API as " + user;
      }
    };
    surface.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    Answer login = surface.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", xsrfToken(cookies))
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.status() != 200) {
      throw new IllegalStateException("Tasklist login of " + user + " answered " + login);
    }
    // The login starts a new session, which gets its own XSRF token with the next page load.
    surface.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET());
    return surface;
  }

  private static String xsrfToken(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> "XSRF-TOKEN".equals(cookie.getName()))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  abstract HttpRequest.Builder request(String path);

  public Answer get(String path) {
    return send(request(path).GET());
  }

  /** A GET of the application's own path (not the engine's) with this surface's login cookies. */
  public Answer getFromApplication(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  public Answer post(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Answer put(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Answer delete(String path) {
    return send(request(path).DELETE());
  }

  private static String json(Object body) {
    try {
      return body instanceof String text ? text : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(),
          HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
