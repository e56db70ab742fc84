package org.salescycle.credit;

/** The bureau could not be asked; the credit check job fails and is retried, then becomes an incident. */
public class CreditBureauUnavailableException extends RuntimeException {

  public CreditBureauUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
