package org.salescycle.shared;

import java.util.List;

/** A request whose content breaks the API's rules; answered with 400 naming each field. */
public class InvalidRequestException extends RuntimeException {

  private final List<InvalidField> errors;

  public InvalidRequestException(String message, List<InvalidField> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  public List<InvalidField> errors() {
    return errors;
  }
}
