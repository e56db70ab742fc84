package org.salescycle.intake;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as Excel saves it (Commons CSV, RFC 4180): comma or semicolon between values
 * (given, or whichever the header row holds more of), LF or CRLF line ends, UTF-8 with or without
 * BOM or a declared encoding such as windows-1250. Remembers the line each record starts on, for
 * reports that point at the right line of the file.
 */
class CsvReader implements Closeable {

  /** One record and the line of the file it starts on (counting from 1). */
  record Row(int line, List<String> values) {

    boolean blank() {
      return values.size() == 1 && values.get(0).isBlank();
    }
  }

  /** The longest header row the separator is guessed from. */
  private static final int HEADER_PEEK = 64 * 1024;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final char separator;
  private long lastLine;

  private CsvReader(CSVParser parser, char separator) {
    this.parser = parser;
    this.records = parser.iterator();
    this.separator = separator;
  }

  /**
   * charset: the encoding the upload declares, or null for UTF-8 (a BOM means UTF-8 whatever is
   * declared); separator: ',' or ';', or null to take it from the header row.
   */
  static CsvReader open(InputStream bytes, Charset charset, Character separator) throws IOException {
    BufferedInputStream in = new BufferedInputStream(bytes);
    boolean bom = startsWithBom(in);
    boolean declared = charset != null && !bom;
    BufferedReader text = new BufferedReader(
        new StrictDecoding(in, declared ? charset : StandardCharsets.UTF_8, declared));
    char chosen = separator != null ? separator : separatorOfHeader(text);
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(chosen)
        .setIgnoreEmptyLines(false).get();
    return new CsvReader(CSVParser.parse(text, format), chosen);
  }

  char separator() {
    return separator;
  }

  /** The next record, or null at the end of the input. */
  Row next() {
    long line = lastLine + 1;
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord record = records.next();
      lastLine = parser.getCurrentLineNumber();
      return new Row((int) line, record.toList());
    } catch (UncheckedIOException unreadable) {
      throw malformed(line, unreadable.getCause());
    }
  }

  private static MalformedCsvException malformed(long line, IOException cause) {
    String message = String.valueOf(cause.getMessage());
    if (message.contains("EOF reached before encapsulated token finished")) {
      return new MalformedCsvException((int) line, "a quoted value is not closed");
    }
    if (message.contains("Invalid character between encapsulated token and delimiter")) {
      return new MalformedCsvException((int) line,
          "a quoted value is followed by more text before the separator");
    }
    return new MalformedCsvException((int) line, "cannot be read as CSV: " + message);
  }

  private static boolean startsWithBom(BufferedInputStream in) throws IOException {
    in.mark(BOM.length);
    byte[] start = in.readNBytes(BOM.length);
    if (java.util.Arrays.equals(start, BOM)) {
      return true;
    }
    in.reset();
    return false;
  }

  private static char separatorOfHeader(BufferedReader text) throws IOException {
    text.mark(HEADER_PEEK);
    int commas = 0;
    int semicolons = 0;
    for (int i = 0, c = text.read(); i < HEADER_PEEK && c != -1 && c != '\n'; i++, c = text.read()) {
      if (c == ',') {
        commas++;
      } else if (c == ';') {
        semicolons++;
      }
    }
    text.reset();
    return semicolons > commas ? ';' : ',';
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
