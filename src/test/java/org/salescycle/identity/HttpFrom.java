package org.salescycle.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plain HTTP/1.1 requests to the application on this machine, sent from a chosen local address:
 * every address of 127.0.0.0/8 is this machine, so one test can be several clients.
 */
record HttpFrom(String address, int port) {

  record Answer(int status, List<String> headers, String body) {

    Optional<String> header(String name) {
      return headers.stream()
          .filter(header -> header.regionMatches(true, 0, name + ":", 0, name.length() + 1))
          .map(header -> header.substring(name.length() + 1).trim())
          .findFirst();
    }

    List<String> cookies() {
      return headers.stream()
          .filter(header -> header.regionMatches(true, 0, "Set-Cookie:", 0, 11))
          .map(header -> header.substring(11).trim().split(";", 2)[0])
          .toList();
    }
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Answer get(String path, Map<String, String> headers) {
    return send("GET", path, headers, null);
  }

  Answer post(String path, Map<String, String> headers, String body) {
    return send("POST", path, headers, body);
  }

  private Answer send(String method, String path, Map<String, String> headers, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Host", "127.0.0.1:" + port);
    all.put("Connection", "close");
    all.putAll(headers);
    if (body != null) {
      all.put("Content-Length", String.valueOf(content.length));
    }
    StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    request.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(address, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(content);
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String[] headAndBody = answer.split("\r\n\r\n", 2);
      List<String> lines = new ArrayList<>(List.of(headAndBody[0].split("\r\n")));
      int status = Integer.parseInt(lines.remove(0).split(" ")[1]);
      return new Answer(status, lines, headAndBody.length > 1 ? headAndBody[1] : "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
