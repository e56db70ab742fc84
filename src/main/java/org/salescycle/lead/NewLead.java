package org.salescycle.lead;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the lead table keeps of a new lead, read from valid lead fields: the contact data (the
 * e-mail as written, see {@link EmailAddress#address()}) and the deal's estimated value (the
 * pipeline's value until a quote replaces it).
 */
public record NewLead(String companyName, String contactName, String contactEmail,
    String phone, String country, String source, BigDecimal dealValue) {

  public static NewLead from(Function<String, Object> fields) {
    Object value = fields.apply(LeadVariables.ESTIMATED_DEAL_VALUE);
    return new NewLead(
        text(fields, LeadVariables.COMPANY_NAME),
        text(fields, LeadVariables.CONTACT_NAME),
        address(text(fields, LeadVariables.CONTACT_EMAIL)),
        text(fields, LeadVariables.PHONE),
        country(text(fields, LeadVariables.COUNTRY)),
        text(fields, LeadVariables.SOURCE),
        value instanceof Number number ? new BigDecimal(number.toString()) : null);
  }

  /**
   * The served market's code; a lead kept from before its country left the served markets keeps
   * its code as it was.
   */
  private static String country(String written) {
    return ServedMarkets.code(written)
        .orElse(written == null ? null : written.toUpperCase(Locale.ROOT));
  }

  /** The mailbox the e-mail reaches, as leads are compared by it. */
  public String mailbox() {
    return EmailAddress.of(contactEmail).mailbox();
  }

  private static String address(String email) {
    return email == null ? null : EmailAddress.of(email).address();
  }

  private static String text(Function<String, Object> fields, String name) {
    Object value = fields.apply(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
