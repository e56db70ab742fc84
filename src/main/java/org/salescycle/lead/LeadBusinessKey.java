package org.salescycle.lead;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The business key of a lead's process instance, as Cockpit's lists and the engine's queries show
 * it: the lead's number and company, e.g. "L-2026-00042 Acme Sp. z o.o.". A lead stored before
 * lead numbers keeps its lead id as business key.
 */
public final class LeadBusinessKey {

  /** The engine's business key column holds 255 characters. */
  static final int MAX_LENGTH = 255;

  private static final Pattern NUMBER = Pattern.compile("^(L-\\d{4}-\\d{5,})(?: |$)");

  private LeadBusinessKey() {}

  /** The lead number a business key begins with; null for a key without one. */
  public static String numberIn(String businessKey) {
    Matcher number = businessKey == null ? null : NUMBER.matcher(businessKey);
    return number != null && number.find() ? number.group(1) : null;
  }

  public static String of(String number, String companyName) {
    String key = companyName == null || companyName.isBlank() ? number
        : number + " " + companyName.strip();
    return key.length() <= MAX_LENGTH ? key : key.substring(0, MAX_LENGTH);
  }
}
