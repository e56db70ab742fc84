package org.salescycle.docs;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a documented curl command sends, read from the arguments bash hands to curl (so quoting
 * and line continuations mean exactly what they mean to the reader's shell).
 */
record CurlCall(String method, URI url, String body, List<String> headers) {

  private static final String SEPARATOR = "\u0001";

  /** The curl calls of a command, by running it with a curl that only prints its arguments. */
  static List<CurlCall> of(String command, Path directory) {
    String script = "curl() { printf '%s\\001' \"$@\" >&2; printf '\\002' >&2; }\n" + command;
    Shell.Result printed = Shell.run(script, directory, Map.of());
    List<CurlCall> calls = new ArrayList<>();
    for (String line : printed.err().split("\u0002")) {
      if (!line.isEmpty()) {
        calls.add(parse(List.of(line.split(SEPARATOR))));
      }
    }
    return calls;
  }

  private static CurlCall parse(List<String> args) {
    String method = null;
    String url = null;
    String body = null;
    List<String> headers = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "-X", "--request" -> method = args.get(++i);
        case "-d", "--data", "--data-raw", "--data-binary" -> body = args.get(++i);
        case "-H", "--header" -> headers.add(args.get(++i));
        case "-u", "--user", "-o", "--output", "-F", "--form", "-w" -> {
          if (arg.equals("-F") || arg.equals("--form")) {
            body = body == null ? "" : body;
          }
          i++;
        }
        default -> {
          if (arg.startsWith("http")) {
            url = arg;
          }
        }
      }
    }
    if (method == null) {
      method = body == null ? "GET" : "POST";
    }
    return new CurlCall(method, URI.create(url), body, List.copyOf(headers));
  }

  boolean sendsJson() {
    return body != null && headers.stream()
        .anyMatch(header -> header.toLowerCase().startsWith("content-type: application/json"));
  }
}
