package org.salescycle.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.salescycle.catalogue.ProductNotFoundException;
import org.salescycle.lead.InvalidLeadException;
import org.salescycle.lead.LeadConflictException;
import org.salescycle.lead.LeadNotFoundException;
import org.salescycle.quote.QuoteNotFoundException;
import org.salescycle.shared.InvalidField;
import org.salescycle.shared.InvalidRequestException;
import org.salescycle.shared.NotAllowedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the application's own endpoints as application/problem+json: 400 naming each bad
 * field in {@code errors}, 404, 409 naming the lead it is about, 413 and 415 from Spring's own
 * handling, and 500 with a reference to the log instead of a stack trace.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalidRequest(InvalidRequestException e) {
    return invalid(e.getMessage(), e.errors());
  }

  @ExceptionHandler(InvalidLeadException.class)
  ProblemDetail invalidLead(InvalidLeadException e) {
    return invalid("The lead is invalid", e.errors());
  }

  @ExceptionHandler({LeadNotFoundException.class, ProductNotFoundException.class,
      QuoteNotFoundException.class})
  ProblemDetail notFound(RuntimeException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(LeadConflictException.class)
  ResponseEntity<ProblemDetail> conflict(LeadConflictException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    HttpHeaders headers = new HttpHeaders();
    if (e.leadId() != null) {
      problem.setProperty("leadId", e.leadId());
      headers.setLocation(URI.create("/api/leads/" + e.leadId()));
    }
    return ResponseEntity.status(HttpStatus.CONFLICT).headers(headers).body(problem);
  }

  @ExceptionHandler(NotAllowedException.class)
  ProblemDetail notAllowed(NotAllowedException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
  }

  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail forbidden(AuthorizationException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    String reference = UUID.randomUUID().toString();
    LOG.error("Unexpected error, reference {}", reference, e);
    return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "Unexpected error; the server log has the details under reference " + reference);
  }

  /** Malformed JSON, or a value of the wrong type: names the field where Jackson can tell it. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem;
    if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
      problem = invalid("The request has an unknown field",
          List.of(new InvalidField(unknown.getPropertyName(), "is not a field of this request")));
    } else if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(reference -> reference.getFieldName() != null
              ? reference.getFieldName() : "[" + reference.getIndex() + "]")
          .collect(Collectors.joining("."));
      problem = invalid("A field has a value of the wrong type",
          List.of(new InvalidField(field, expected(mapping))));
    } else if (e.getCause() instanceof JsonProcessingException malformed) {
      problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
          "The body is not valid JSON: " + malformed.getOriginalMessage().split("\n")[0]
              + (malformed.getLocation() == null ? ""
                  : " (line " + malformed.getLocation().getLineNr() + ", column "
                      + malformed.getLocation().getColumnNr() + ")"));
    } else {
      problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
          "The request body is missing or unreadable");
    }
    return ResponseEntity.badRequest().body(problem);
  }

  /** What the field takes, in words, instead of the JSON library's message about Java types. */
  private static String expected(JsonMappingException mapping) {
    Class<?> type = mapping instanceof MismatchedInputException mismatch
        ? mismatch.getTargetType() : null;
    if (type == null) {
      return "has a value of the wrong type";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "must be a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class) {
      return "must be a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (type == String.class) {
      return "must be text";
    }
    if (type.isEnum()) {
      return "must be one of " + Arrays.toString(type.getEnumConstants());
    }
    return "has a value of the wrong type";
  }

  private static ProblemDetail invalid(String detail, List<InvalidField> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors);
    return problem;
  }
}
