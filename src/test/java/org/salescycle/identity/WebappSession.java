package org.salescycle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A user logged into Tasklist, calling the engine as Tasklist does: through the webapps' mirror
 * of the engine REST API ({@code /camunda/api/engine/engine/default/...}) with the session cookie
 * and the CSRF token.
 */
public final class WebappSession {

  public static final String ENGINE = "/camunda/api/engine/engine/default";

  private final TestRestTemplate http;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  private WebappSession(TestRestTemplate http) {
    this.http = http;
  }

  public static WebappSession tasklist(TestRestTemplate http, String user, String password) {
    WebappSession session = new WebappSession(http);
    session.exchange(HttpMethod.GET, "/camunda/app/tasklist/default/", null, null);
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", password);
    ResponseEntity<String> login = session.exchange(HttpMethod.POST,
        "/camunda/api/admin/auth/user/default/login/tasklist", form,
        MediaType.APPLICATION_FORM_URLENCODED);
    assertThat(login.getStatusCode()).as("login of " + user).isEqualTo(HttpStatus.OK);
    // the session changed at login: a new CSRF token comes with the next answer
    session.exchange(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, null);
    return session;
  }

  public ResponseEntity<String> post(String path, String json) {
    return exchange(HttpMethod.POST, path, json, MediaType.APPLICATION_JSON);
  }

  private ResponseEntity<String> exchange(HttpMethod method, String path, Object body,
      MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    if (type != null) {
      headers.setContentType(type);
    }
    if (!cookies.isEmpty()) {
      headers.add(HttpHeaders.COOKIE, cookies.entrySet().stream()
          .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
          .collect(Collectors.joining("; ")));
    }
    if (cookies.containsKey("XSRF-TOKEN")) {
      headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    ResponseEntity<String> response =
        http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
    if (set != null) {
      set.stream().map(cookie -> cookie.split(";", 2)[0].split("=", 2))
          .forEach(pair -> cookies.put(pair[0], pair[1]));
    }
    return response;
  }
}
