package org.salescycle.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import org.salescycle.intake.ImportReport.Outcome;
import org.salescycle.lead.LeadConflictException;
import org.salescycle.shared.Caller;
import org.salescycle.shared.InvalidField;
import org.salescycle.shared.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;

/**
 * Imports leads from a CSV file with a header row. The file is read twice, row by row, never held
 * whole: first to refuse a file that is not readable CSV or has more than
 * {@code sales-cycle.import.max-rows} rows before any lead is created, then to import. Each row
 * goes through {@link LeadIntake} on its own, in its own transaction: a valid row becomes a lead,
 * a row with an open lead's e-mail is reported as a duplicate (so importing a file twice creates
 * nothing twice), an invalid row is reported with its errors and leaves nothing behind.
 */
@Service
public class LeadImport {

  private static final Logger LOG = LoggerFactory.getLogger(LeadImport.class);
  private static final int PROGRESS_EVERY = 1000;

  private final LeadIntake intake;
  private final int maxRows;

  public LeadImport(LeadIntake intake, @Value("${sales-cycle.import.max-rows}") int maxRows) {
    this.intake = intake;
    this.maxRows = maxRows;
  }

  /**
   * charset: the encoding the upload declares (null: UTF-8); separator: ',' or ';' (null: the
   * one the header row holds more of).
   */
  public ImportReport importCsv(InputStreamSource file, Charset charset, Character separator,
      Caller caller) {
    int rows = check(file, charset, separator);
    LOG.info("Lead import by {}: {} rows to import", caller.userId(), rows);
    ImportReport.Tally tally = new ImportReport.Tally();
    long started = System.nanoTime();
    try (CsvReader reader = CsvReader.open(file.getInputStream(), charset, separator)) {
      LeadCsvColumns columns = LeadCsvColumns.fromHeader(reader.next().values(),
          reader.separator());
      for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
        if (!row.blank()) {
          tally.add(importRow(row, columns, caller));
          if (tally.rows() % PROGRESS_EVERY == 0) {
            logProgress(caller, tally, started);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    logProgress(caller, tally, started);
    return tally.report();
  }

  /** The rows of a readable file within the limit; a broken or too long one creates nothing. */
  private int check(InputStreamSource file, Charset charset, Character separator) {
    try (CsvReader reader = CsvReader.open(file.getInputStream(), charset, separator)) {
      CsvReader.Row header = reader.next();
      if (header == null || header.blank()) {
        throw new MalformedCsvException(
            "The file is empty; it needs a header row naming the columns");
      }
      LeadCsvColumns.fromHeader(header.values(), reader.separator());
      int rows = 0;
      for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
        if (!row.blank() && ++rows > maxRows) {
          throw new TooManyRowsException(maxRows);
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  private static void logProgress(Caller caller, ImportReport.Tally tally, long started) {
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    LOG.info("Lead import by {}: {} rows, {} created, {} duplicates, {} invalid, {} failed "
            + "({} rows/s)", caller.userId(), tally.rows(), tally.count(Outcome.CREATED),
        tally.count(Outcome.DUPLICATE), tally.count(Outcome.INVALID),
        tally.count(Outcome.FAILED), Math.round(tally.rows() / seconds));
  }
}
