package org.salescycle.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One shell command shown in a fenced {@code bash} block of README.md or docs/*.md: its
 * continuation lines joined as the shell joins them, with the comment lines above it.
 *
 * <p>Conventions the docs follow so that the tests can run what they show:
 * <ul>
 *   <li>{@code http://localhost:8080} is where the application listens;
 *   <li>{@code {id}} in a URL is a lead's id and {@code {taskId}} a task's, "the id from an earlier
 *       answer": the test fills in a lead or task in the state the example needs;
 *   <li>an example that answers anything but 2xx says so in a comment line above it, e.g.
 *       {@code # → 409 (the lead has ended)}.
 * </ul>
 */
record DocumentedCommand(String file, int line, List<String> comments, String text) {

  private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\S*)\\s*$");
  private static final Pattern EXPECTED = Pattern.compile("#\\s*→\\s*(\\d{3})\\b");
  static final Path ROOT = Path.of("").toAbsolutePath();

  /** Every command in the bash blocks of README.md and docs/*.md, in the order they appear. */
  static List<DocumentedCommand> all() {
    List<DocumentedCommand> commands = new ArrayList<>();
    for (Path file : documents()) {
      commands.addAll(in(file));
    }
    return commands;
  }

  static List<Path> documents() {
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      List<Path> files = new ArrayList<>();
      files.add(ROOT.resolve("README.md"));
      docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<DocumentedCommand> in(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = ROOT.relativize(file).toString();
    List<DocumentedCommand> commands = new ArrayList<>();
    boolean inBash = false;
    boolean inOther = false;
    String indent = "";
    List<String> comments = new ArrayList<>();
    StringBuilder command = null;
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      Matcher fence = FENCE.matcher(raw);
      if (fence.matches()) {
        if (inBash || inOther) {
          inBash = false;
          inOther = false;
        } else if (fence.group(2).equals("bash")) {
          inBash = true;
          indent = fence.group(1);
          comments = new ArrayList<>();
        } else {
          inOther = true;
        }
        continue;
      }
      if (!inBash) {
        continue;
      }
      String line = raw.startsWith(indent) ? raw.substring(indent.length()) : raw.strip();
      if (command == null) {
        if (line.isBlank()) {
          continue;
        }
        if (line.startsWith("#")) {
          comments.add(line);
          continue;
        }
        command = new StringBuilder();
        start = i + 1;
      }
      boolean continued = line.endsWith("\\") && !insideQuotes(command + line);
      command.append(continued ? line.substring(0, line.length() - 1) : line);
      if (continued) {
        command.append(' ');
      } else if (insideQuotes(command)) {
        command.append('\n');
      } else {
        commands.add(new DocumentedCommand(name, start, List.copyOf(comments), command.toString()));
        comments = new ArrayList<>();
        command = null;
      }
    }
    return commands;
  }

  /** Whether the shell would still be inside a quoted string at the end of this text. */
  private static boolean insideQuotes(CharSequence text) {
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == '\'') {
        quote = c == '\'' ? 0 : quote;
      } else if (quote == '"') {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quote = 0;
        }
      } else if (c == '\\') {
        i++;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
        while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
          i++;
        }
      }
    }
    return quote != 0;
  }

  boolean isHttp() {
    return text.contains("curl ") && text.contains("http://localhost:8080");
  }

  /** The status the docs say this example gets, if not a 2xx. */
  Optional<Integer> expectedStatus() {
    return comments.stream().map(EXPECTED::matcher).filter(Matcher::find)
        .map(found -> Integer.valueOf(found.group(1))).findFirst();
  }

  /** How a failure names it: the file and the command's first line. */
  String title() {
    String first = text.lines().findFirst().orElse("");
    first = first.length() > 90 ? first.substring(0, 90) + "…" : first;
    return file + ":" + line + ": " + first;
  }

  @Override
  public String toString() {
    return title();
  }
}
