package org.salescycle.lead;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the lead table keeps of a new lead, read from valid lead fields: the contact data and the
 * deal's estimated value (the pipeline's value until a quote replaces it).
 */
public record LeadData(String companyName, String contactName, String contactEmail,
    String phone, String country, String source, BigDecimal dealValue) {

  public static LeadData from(Function<String, Object> fields) {
    Object value = fields.apply(LeadVariables.ESTIMATED_DEAL_VALUE);
    return new LeadData(
        text(fields, LeadVariables.COMPANY_NAME),
        text(fields, LeadVariables.CONTACT_NAME),
        text(fields, LeadVariables.CONTACT_EMAIL),
        text(fields, LeadFields.PHONE),
        text(fields, LeadVariables.COUNTRY).toUpperCase(Locale.ROOT),
        text(fields, LeadFields.SOURCE),
        value instanceof Number number ? new BigDecimal(number.toString()) : null);
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
