package org.salescycle.intake;

import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.salescycle.api.Caller;
import org.salescycle.api.InvalidRequestException;
import org.salescycle.api.LeadConflictException;
import org.salescycle.intake.ImportReport.Outcome;
import org.salescycle.lead.InvalidField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports leads from a CSV file with a header row. Each row goes through {@link LeadIntake} on its
 * own, in its own transaction: a valid row becomes a lead, a row with an open lead's e-mail is
 * reported as a duplicate (so importing a file twice creates nothing twice), an invalid row is
 * reported with its errors and leaves nothing behind.
 */
@Service
public class LeadImport {

  private static final Logger LOG = LoggerFactory.getLogger(LeadImport.class);
  private static final int PROGRESS_EVERY = 1000;

  private final LeadIntake intake;

  public LeadImport(LeadIntake intake) {
    this.intake = intake;
  }

  public ImportReport importCsv(Reader csv, Caller caller) {
    CsvReader reader = new CsvReader(csv);
    CsvReader.Row header = reader.next();
    if (header == null || header.blank()) {
      throw new MalformedCsvException("The file is empty; it needs a header row naming the columns");
    }
    LeadCsvColumns columns = LeadCsvColumns.fromHeader(header.values());
    List<CsvReader.Row> rows = readAll(reader);
    LOG.info("Lead import by {}: {} rows to import", caller.userId(), rows.size());
    List<ImportReport.Row> results = new ArrayList<>();
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    long started = System.nanoTime();
    for (CsvReader.Row row : rows) {
      ImportReport.Row result = importRow(row, columns, caller);
      results.add(result);
      counts.merge(result.outcome(), 1, Integer::sum);
      if (results.size() % PROGRESS_EVERY == 0) {
        logProgress(caller, results.size(), counts, started);
      }
    }
    logProgress(caller, results.size(), counts, started);
    return new ImportReport(results.size(), counts.getOrDefault(Outcome.CREATED, 0),
        counts.getOrDefault(Outcome.DUPLICATE, 0), counts.getOrDefault(Outcome.INVALID, 0),
        counts.getOrDefault(Outcome.FAILED, 0), results);
  }

  /** The whole file is read before the first lead is created: a broken file creates nothing. */
  private static List<CsvReader.Row> readAll(CsvReader reader) {
    List<CsvReader.Row> rows = new ArrayList<>();
    for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
      if (!row.blank()) {
        rows.add(row);
      }
    }
    return rows;
  }

  private ImportReport.Row importRow(CsvReader.Row row, LeadCsvColumns columns, Caller caller) {
    if (row.values().size() != columns.size()) {
      return new ImportReport.Row(row.line(), Outcome.INVALID, null, List.of(new InvalidField(
          "row", "has %d values, the header %d".formatted(row.values().size(), columns.size()))),
          null);
    }
    try {
      LeadIntake.Outcome outcome = intake.submit(columns.fields(row.values()), caller, null);
      return new ImportReport.Row(row.line(), Outcome.CREATED, outcome.lead().id(), List.of(), null);
    } catch (InvalidRequestException invalid) {
      return new ImportReport.Row(row.line(), Outcome.INVALID, null, invalid.errors(), null);
    } catch (LeadConflictException duplicate) {
      return new ImportReport.Row(row.line(), Outcome.DUPLICATE, duplicate.leadId(), List.of(),
          duplicate.getMessage());
    } catch (RuntimeException failure) {
      LOG.warn("Lead import by {}: line {} failed", caller.userId(), row.line(), failure);
      return new ImportReport.Row(row.line(), Outcome.FAILED, null, List.of(),
          "Could not be stored; the server log has the details (line " + row.line() + ")");
    }
  }

  private static void logProgress(Caller caller, int rows, Map<Outcome, Integer> counts,
      long started) {
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    LOG.info("Lead import by {}: {} rows, {} created, {} duplicates, {} invalid, {} failed "
            + "({} rows/s)", caller.userId(), rows, counts.getOrDefault(Outcome.CREATED, 0),
        counts.getOrDefault(Outcome.DUPLICATE, 0), counts.getOrDefault(Outcome.INVALID, 0),
        counts.getOrDefault(Outcome.FAILED, 0), Math.round(rows / seconds));
  }
}
