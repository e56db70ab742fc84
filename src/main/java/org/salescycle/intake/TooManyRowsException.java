package org.salescycle.intake;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A CSV file with more rows than one import takes: refused as a whole with 413. */
class TooManyRowsException extends ErrorResponseException {

  TooManyRowsException(int maxRows) {
    super(HttpStatus.PAYLOAD_TOO_LARGE, problem(maxRows), null);
  }

  private static ProblemDetail problem(int maxRows) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
        "The file has more than %,d rows, the most one import takes; split it into smaller files"
            .formatted(maxRows));
    problem.setTitle("Too many rows");
    problem.setProperty("maxRows", maxRows);
    return problem;
  }
}
