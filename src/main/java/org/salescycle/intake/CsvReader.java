package org.salescycle.intake;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values as RFC 4180 describes them: fields in double quotes may hold
 * commas, line breaks and doubled quotes; lines end in LF or CRLF. Remembers the line each
 * record starts on, for reports that point at the right line of the file.
 */
class CsvReader {

  /** One record and the line of the file it starts on (counting from 1). */
  record Row(int line, List<String> values) {

    boolean blank() {
      return values.size() == 1 && values.get(0).isBlank();
    }
  }

  private final Reader reader;
  private int line = 1;
  private int pushedBack = -2;

  CsvReader(Reader reader) {
    this.reader = reader;
  }

  /** The next record, or null at the end of the input. */
  Row next() {
    int c = read();
    if (c == -1) {
      return null;
    }
    if (c == '\uFEFF' && line == 1) {
      c = read();
    }
    int startLine = line;
    List<String> values = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    boolean atFieldStart = true;
    while (true) {
      if (quoted) {
        if (c == -1) {
          throw new MalformedCsvException(startLine, "a quoted value is not closed");
        }
        if (c == '"') {
          int following = read();
          if (following == '"') {
            value.append('"');
          } else {
            quoted = false;
            pushBack(following);
          }
        } else {
          if (c == '\n') {
            line++;
          }
          value.append((char) c);
        }
      } else if (c == '"' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
      } else if (c == ',') {
        values.add(value.toString());
        value.setLength(0);
        atFieldStart = true;
      } else if (c == '\n' || c == -1) {
        if (c == '\n') {
          line++;
        }
        int last = value.length() - 1;
        if (last >= 0 && value.charAt(last) == '\r') {
          value.setLength(last);
        }
        values.add(value.toString());
        return new Row(startLine, values);
      } else {
        value.append((char) c);
        atFieldStart = false;
      }
      c = read();
    }
  }

  private int read() {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    try {
      return reader.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void pushBack(int c) {
    pushedBack = c;
  }
}
