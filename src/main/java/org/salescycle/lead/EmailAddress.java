package org.salescycle.lead;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A contact's e-mail address, and the mailbox it reaches. People write one mailbox in many ways:
 * in capitals, with a space or an invisible character copied along (zero-width space,
 * non-breaking space, byte order mark), with the domain's trailing dot, or an internationalised
 * domain in Unicode or in its punycode form. All of them reach the same mailbox, so they are one
 * contact: leads are compared, and the company domain told, by {@link #mailbox()}.
 *
 * <p>{@link #address()} is what is kept, shown and mailed: the address as the person wrote it,
 * without what cannot belong to it (surrounding spaces, invisible characters, the trailing dot).
 * {@link #mailbox()} is its one spelling for comparisons: in lower case and Unicode NFC, the domain
 * mapped as IDNA maps it and written in Unicode.
 */
public final class EmailAddress {

  private static final int MAX_LENGTH = 320;

  /** Format characters: zero-width spaces and joiners, BOM, soft hyphen, direction marks. */
  private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
  /** Spaces of any kind, the non-breaking ones included. */
  private static final Pattern SURROUNDING_SPACE = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");
  private static final Pattern SHAPE = Pattern.compile(
      "^[^@\\s\\p{Z}\\p{Cc}]+@[^@\\s\\p{Z}\\p{Cc}]+\\.[^@\\s\\p{Z}\\p{Cc}]+$");

  private final String address;
  private final String mailbox;
  private final boolean valid;

  private EmailAddress(String address, String mailbox, boolean valid) {
    this.address = address;
    this.mailbox = mailbox;
    this.valid = valid;
  }

  /** Reads any text; {@link #valid()} tells whether it is an e-mail address. */
  public static EmailAddress of(String text) {
    String address = withoutTrailingDot(clean(text));
    int at = address.lastIndexOf('@');
    if (at < 0) {
      return new EmailAddress(address, lowerCase(address), false);
    }
    String local = lowerCase(address.substring(0, at));
    String writtenDomain = address.substring(at + 1);
    String domain = normalDomain(writtenDomain);
    String mailbox = local + "@" + (domain != null ? domain : lowerCase(writtenDomain));
    boolean valid = domain != null && SHAPE.matcher(mailbox).matches()
        && address.length() <= MAX_LENGTH && mailbox.length() <= MAX_LENGTH;
    return new EmailAddress(address, mailbox, valid);
  }

  /**
   * A domain in the one spelling mailboxes use, e.g. for the configured free-mail domains; null
   * when it is no domain name.
   */
  public static String normalDomain(String text) {
    String domain = withoutTrailingDot(clean(text));
    if (domain.isEmpty()) {
      return null;
    }
    try {
      // IDNA's mapping (nameprep) folds case and compatibility forms and drops invisible
      // characters; back to Unicode, so a domain and its punycode form are spelt alike.
      String ascii = IDN.toASCII(domain.toLowerCase(Locale.ROOT), IDN.ALLOW_UNASSIGNED);
      return withoutTrailingDot(IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED))
          .toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException notADomainName) {
      return null;
    }
  }

  /** The address as written, without surrounding spaces, invisible characters or trailing dot. */
  public String address() {
    return address;
  }

  /** The mailbox the address reaches, spelt alike for every way of writing it. */
  public String mailbox() {
    return mailbox;
  }

  /** The mailbox's domain, spelt as {@link #normalDomain(String)} spells it. */
  public String domain() {
    return mailbox.substring(mailbox.lastIndexOf('@') + 1);
  }

  /** Whether this is an e-mail address: name@domain.tld of at most 320 characters. */
  public boolean valid() {
    return valid;
  }

  @Override
  public String toString() {
    return address;
  }

  private static String clean(String text) {
    String visible = INVISIBLE.matcher(text).replaceAll("");
    return SURROUNDING_SPACE.matcher(visible).replaceAll("");
  }

  private static String withoutTrailingDot(String text) {
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  private static String lowerCase(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
