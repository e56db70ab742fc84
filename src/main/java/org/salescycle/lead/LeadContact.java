package org.salescycle.lead;

import java.util.Locale;
import java.util.function.Function;

/** The contact data of a lead that the lead table keeps, read from valid lead fields. */
public record LeadContact(String companyName, String contactName, String contactEmail,
    String phone, String country, String source) {

  public static LeadContact from(Function<String, Object> fields) {
    return new LeadContact(
        text(fields, LeadVariables.COMPANY_NAME),
        text(fields, LeadVariables.CONTACT_NAME),
        text(fields, LeadVariables.CONTACT_EMAIL),
        text(fields, LeadFields.PHONE),
        text(fields, LeadVariables.COUNTRY).toUpperCase(Locale.ROOT),
        text(fields, LeadFields.SOURCE));
  }

  /** The e-mail as compared between leads: trimmed and in lower case. */
  public String normalizedEmail() {
    return normalize(contactEmail);
  }

  static String normalize(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  private static String text(Function<String, Object> fields, String name) {
    Object value = fields.apply(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
