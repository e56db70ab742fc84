package org.salescycle.shared;

/** The caller is authenticated but may not use this endpoint; answered with 403. */
public class NotAllowedException extends RuntimeException {

  public NotAllowedException(String message) {
    super(message);
  }
}
