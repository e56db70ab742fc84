package org.salescycle.benchmark.measure;

import java.util.List;

/** The markdown table of one database's results, with the machine and volumes it ran with. */
public final class ResultTable {

  private ResultTable() {}

  public static String markdown(String title, String machine, Settings settings, List<Row> rows,
      List<String> notes) {
    StringBuilder table = new StringBuilder()
        .append("\n### ").append(title).append("\n\n")
        .append(machine).append("\n\n")
        .append("Medians of ").append(settings.repetitions()).append(" repetitions: ")
        .append(settings.describe()).append(". Ratio = ours / baseline.\n\n")
        .append("| measurement | ours | baseline | ratio | ours p50 / p99 ms | baseline p50 / p99 ms |\n")
        .append("|---|---|---|---|---|---|\n");
    rows.forEach(row -> table.append(row.markdown()).append('\n'));
    if (!notes.isEmpty()) {
      table.append('\n');
      notes.forEach(note -> table.append("- ").append(note).append('\n'));
    }
    return table.toString();
  }
}
