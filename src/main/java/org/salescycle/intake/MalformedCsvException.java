package org.salescycle.intake;

import java.util.List;
import org.salescycle.shared.InvalidRequestException;

/** A CSV file that cannot be read as records at all; nothing of it is imported. */
public class MalformedCsvException extends InvalidRequestException {

  public MalformedCsvException(int line, String problem) {
    this("Line " + line + ": " + problem);
  }

  public MalformedCsvException(String problem) {
    super(problem, List.of());
  }
}
