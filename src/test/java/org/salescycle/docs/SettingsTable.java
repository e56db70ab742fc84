package org.salescycle.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of settings at the top of docs/operations.md: each row names one or more settings
 * (property keys or environment variables, a later one shortened to the part that differs, as in
 * {@code `SALES_CYCLE_DB_URL`, `_USER`} or {@code `sales-cycle.urgency.priority`, `.due-within`};
 * {@code <name>} and {@code *} stand for any part) with their defaults in the same order.
 */
final class SettingsTable {

  record Row(int line, List<String> names, List<String> defaults, String meaning) {

    /** The default of the name at this position, when the row gives one per name. */
    String defaultOf(int index) {
      return defaults.size() == names.size() ? defaults.get(index) : null;
    }

    boolean required() {
      return meaning.contains("required outside the demo");
    }
  }

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private SettingsTable() {}

  static List<Row> rows() {
    List<String> lines;
    try {
      lines = Files.readAllLines(DocumentedCommand.ROOT.resolve(Path.of("docs", "operations.md")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Row> rows = new ArrayList<>();
    boolean inTable = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("| setting | default | meaning |")) {
        inTable = true;
        continue;
      }
      if (!inTable || line.startsWith("|---")) {
        continue;
      }
      if (!line.startsWith("|")) {
        break;
      }
      String[] cells = line.substring(1).split(" \\| ", 3);
      rows.add(new Row(i + 1, expanded(codes(cells[0])), codes(cells[1]), cells[2]));
    }
    return rows;
  }

  private static List<String> codes(String cell) {
    List<String> codes = new ArrayList<>();
    Matcher code = CODE.matcher(cell);
    while (code.find()) {
      codes.add(code.group(1));
    }
    return codes;
  }

  /**
   * A short form stands beside the row's first name: {@code .due-within} after
   * {@code sales-cycle.urgency.priority} replaces as many parts of the key, {@code _TAX_ID} after
   * {@code SALES_CYCLE_COMPANY_NAME} the variable's last word.
   */
  private static List<String> expanded(List<String> names) {
    List<String> full = new ArrayList<>();
    String rowsFirst = null;
    for (String name : names) {
      char first = name.charAt(0);
      if (rowsFirst != null && (first == '.' || first == '_' || first == '-')) {
        String separator = String.valueOf(first);
        // an environment variable's last word; as many parts of a key as the short form has
        int parts = first == '_' ? 1 : name.split(Pattern.quote(separator), -1).length - 1;
        String base = rowsFirst;
        for (int i = 0; i < parts; i++) {
          base = base.substring(0, base.lastIndexOf(separator));
        }
        name = base + name;
      }
      full.add(name);
      rowsFirst = rowsFirst == null ? name : rowsFirst;
    }
    return full;
  }

  /** Whether the documented name, which may hold {@code <name>} or {@code *}, covers the key. */
  static boolean covers(String name, String key) {
    String pattern = Pattern.quote(name).replaceAll("<[^>]+>", "\\\\E[^.]+\\\\Q")
        .replace("*", "\\E[^.]*\\Q");
    return key.matches(pattern);
  }

  static boolean isEnvironmentVariable(String name) {
    return name.matches("[A-Z][A-Z0-9_]*");
  }
}
