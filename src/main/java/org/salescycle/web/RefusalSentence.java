package org.salescycle.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.salescycle.lead.InvalidLeadException;
import org.salescycle.quote.InvalidQuoteException;
import org.salescycle.shared.InvalidField;

/**
 * A lead or quote the rules refuse, in one sentence for the person at Tasklist: each broken rule
 * with its field in words ("Contact email must be a valid e-mail address."), no codes, no ids.
 * Other refusals keep their own message.
 */
final class RefusalSentence {

  private RefusalSentence() {}

  static String of(BadUserRequestException refusal) {
    List<InvalidField> errors = refusal instanceof InvalidLeadException lead ? lead.errors()
        : refusal instanceof InvalidQuoteException quote ? quote.errors() : null;
    if (errors == null || errors.isEmpty()) {
      return refusal.getMessage();
    }
    String sentence = errors.stream().map(RefusalSentence::clause)
        .collect(Collectors.joining("; "));
    return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1)
        + (sentence.endsWith(".") ? "" : ".");
  }

  /** "contact email must be ...", or the message alone where it is a sentence of its own. */
  private static String clause(InvalidField error) {
    String message = error.message();
    if (!message.isEmpty() && Character.isUpperCase(message.charAt(0))) {
      return message;
    }
    return words(error.field()) + " " + message;
  }

  /** A field's name in words: "line2.quantity" becomes "line 2 quantity". */
  static String words(String field) {
    return field.replaceAll("([a-z])([A-Z0-9])", "$1 $2").replaceAll("[.\\[\\]_]+", " ").trim()
        .toLowerCase(Locale.ROOT);
  }
}
