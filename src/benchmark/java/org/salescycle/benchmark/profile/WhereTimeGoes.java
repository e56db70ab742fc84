package org.salescycle.benchmark.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the request threads of this application spend their CPU, from a Java Flight Recorder
 * file ({@code -Dbenchmark.jfr=true}): each execution sample of an HTTP worker thread goes to the
 * first category one of its frames belongs to, in the order below.
 */
public final class WhereTimeGoes {

  private record Category(String name, String... frameMarkers) {

    boolean matches(List<String> frames) {
      for (String frame : frames) {
        for (String marker : frameMarkers) {
          if (frame.contains(marker)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private static final List<Category> CATEGORIES = List.of(
      new Category("FEEL: building its root context (built-in functions) for each evaluation",
          "org.camunda.feel.FeelEngine.rootContext"),
      new Category("FEEL: parsing expressions", "org.camunda.feel.impl.parser"),
      new Category("FEEL: evaluating", "org.camunda.feel."),
      new Category("DMN, other", "org.camunda.bpm.dmn."),
      new Category("engine: writing (flush of inserts and updates)", "DbEntityManager.flush"),
      new Category("engine: authorization checks", "AuthorizationManager"),
      new Category("HTTP Basic: checking the password", "checkPassword"),
      new Category("lead details for the answer (lookup)", "org.salescycle.lookup."),
      new Category("H2 CHECKPOINT before the answer", "AcknowledgedWrites"),
      new Category("engine: reading (selects)", "DbSqlSession.select"),
      new Category("application SQL (JdbcTemplate)", "org.springframework.jdbc.core.JdbcTemplate"),
      new Category("engine: history events", "org.camunda.bpm.engine.impl.history."),
      new Category("engine: other", "org.camunda.bpm.engine.impl."),
      new Category("JSON (Jackson)", "com.fasterxml.jackson."));

  private WhereTimeGoes() {}

  /**
   * Markdown lines: share of the request threads' samples per category, largest first, and the
   * samples of H2's own threads that store pages in the file: a CHECKPOINT hands its work to them,
   * so it hardly shows in the request threads.
   */
  public static List<String> of(Path recording) {
    Map<String, Integer> samples = new LinkedHashMap<>();
    int total = 0;
    int storing = 0;
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (!event.getEventType().getName().equals("jdk.ExecutionSample")
            || event.getStackTrace() == null) {
          continue;
        }
        if (threadNamed(event, "H2-") || threadNamed(event, "MVStore")) {
          storing++;
          continue;
        }
        if (!threadNamed(event, "http-nio-")) {
          continue;
        }
        List<String> frames = new ArrayList<>();
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
          frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
        }
        String category = CATEGORIES.stream().filter(candidate -> candidate.matches(frames))
            .map(Category::name).findFirst().orElse("other (HTTP, Spring MVC, filters, JDK)");
        samples.merge(category, 1, Integer::sum);
        total++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + recording, e);
    }
    int all = total;
    List<String> lines = new ArrayList<>();
    lines.add("Where the request threads' CPU goes (%d samples of %s):".formatted(all, recording));
    samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(entry -> lines.add(String.format(Locale.ROOT, "  %4.1f%%  %s",
            100.0 * entry.getValue() / all, entry.getKey())));
    if (storing > 0) {
      lines.add(String.format(Locale.ROOT, "H2's threads storing pages in the file: %d samples "
          + "more (%.1f%% of the request threads' count)", storing, 100.0 * storing / all));
    }
    return lines;
  }

  private static boolean threadNamed(RecordedEvent event, String prefix) {
    var thread = event.getThread("sampledThread");
    return thread != null && thread.getJavaName() != null
        && thread.getJavaName().startsWith(prefix);
  }
}
