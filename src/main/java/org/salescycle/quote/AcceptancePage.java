package org.salescycle.quote;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Currency;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.salescycle.lead.Lead;
import org.salescycle.words.Amounts;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The page a customer sees behind an acceptance link: the seller's letterhead, the quote as the
 * PDF shows it (customer, number and revision, lines, totals, terms, validity), a link to the PDF
 * and, while the quote is open, the "Accept" button. Every other state says what happened and
 * whom to ask. One self-contained page: its only style is inline, and it loads nothing else.
 */
@Component
class AcceptancePage {

  private static final String STYLE = """
      *{box-sizing:border-box}
      body{margin:0;background:#f3f4f6;color:#1f2933;font:16px/1.5 system-ui,-apple-system,\
      "Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif}
      .sheet{max-width:52em;margin:2em auto;background:#fff;padding:2em 2.5em;\
      border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
      .letterhead{border-bottom:2px solid #1f4e79;padding-bottom:.8em;margin-bottom:1.5em}
      .seller{font-size:1.3em;font-weight:600;color:#1f4e79;margin:0}
      .letterhead p{margin:.1em 0;color:#52606d;font-size:.9em}
      h1{font-size:1.5em;margin:0 0 .2em}
      .revision{font-weight:400;color:#52606d}
      .notice{padding:.8em 1em;border-radius:4px;margin:0 0 1.5em;border-left:4px solid}
      .notice h2{font-size:1.15em;margin:0 0 .2em}.notice p{margin:0}
      .done{background:#e3f4e8;border-color:#2f8f4e}.gone{background:#fdf0e1;border-color:#c77c1b}
      .wrong{background:#fbe6e6;border-color:#b3261e}
      .facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(14em,1fr));gap:.8em 2em;\
      margin:1.2em 0}
      .facts div{margin:0}.facts dt{color:#52606d;font-size:.85em}.facts dd{margin:0}
      table{width:100%;border-collapse:collapse;margin:1em 0}
      th,td{padding:.45em .5em;border-bottom:1px solid #d9dee3;text-align:right;vertical-align:top}
      th{background:#eef1f4;font-weight:600;font-size:.9em}
      .text{text-align:left}.code{display:block;color:#52606d;font-size:.85em}
      .totals{width:auto;min-width:50%;margin-left:auto}
      .totals th{background:none;text-align:left;font-weight:400}
      .totals .grand th,.totals .grand td{font-weight:700;background:#eef1f4}
      .actions{display:flex;flex-wrap:wrap;gap:1em;align-items:center;margin:1.5em 0}
      button{font:inherit;font-weight:600;color:#fff;background:#2f8f4e;border:0;border-radius:4px;\
      padding:.7em 1.8em;cursor:pointer}
      button:hover{background:#24733e}
      a{color:#1f4e79}
      .fine{color:#52606d;font-size:.85em}
      footer{border-top:1px solid #d9dee3;margin-top:2em;padding-top:.8em}
      @media (max-width:40em){
      .sheet{margin:0;border-radius:0;box-shadow:none;padding:1.2em 1em}
      table.lines thead{display:none}
      table.lines tr{display:block;border-bottom:1px solid #d9dee3;padding:.5em 0}
      table.lines td{display:flex;justify-content:space-between;gap:1em;border:0;padding:.1em 0}
      table.lines td::before{content:attr(data-label);color:#52606d}
      table.lines td.text{display:block}table.lines td.text::before{content:none}
      .totals{width:100%}
      .actions{flex-direction:column;align-items:stretch}button{width:100%;padding:.9em}
      }""";

  /**
   * What the page may do in the browser: apply its own style, send its form to this application,
   * nothing else (no scripts, images, connections or frames; no other site may frame it).
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '%s'; "
      .formatted(sha256(STYLE)) + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private final QuoteProperties.Company seller;

  AcceptancePage(QuoteProperties properties) {
    this.seller = properties.company();
  }

  String render(QuoteAcceptance.Outcome outcome, String token) {
    StoredQuote stored = outcome.quote();
    String body = switch (outcome.status()) {
      case READY -> quote(outcome) + """
          <form class="actions" method="post" action="%s">
            <input type="hidden" name="token" value="%s">
            <button type="submit" id="accept">Accept quote %s</button>
            %s
          </form>
          <p class="fine">By accepting you order the products above at these prices and terms. \
          %s will contact you about delivery.</p>""".formatted(SendQuoteDelegate.ACCEPT_PATH,
          html(token), html(stored.quote().number()), pdfLink(token), html(seller.name()));
      case ACCEPTED -> notice("done", "Thank you: quote accepted", ("You accepted quote %s, on %s. "
          + "%s will be in touch about the next steps.").formatted(
              html(stored.quote().numberAndRevision()), date(stored.acceptedAt()),
              html(seller.name())))
          + quote(outcome) + actions(token);
      case ALREADY_ACCEPTED -> notice("done", "Already accepted", ("Quote %s, was accepted on %s; "
          + "there is nothing more to do.").formatted(html(stored.quote().numberAndRevision()),
              date(stored.acceptedAt())))
          + quote(outcome) + actions(token);
      case EXPIRED -> notice("gone", "This quote has expired", ("Quote %s, was valid until %s and "
          + "can no longer be accepted. Please ask us for a new one.").formatted(
              html(stored.quote().numberAndRevision()), date(outcome.expiredAt())))
          + quote(outcome) + actions(token);
      case SUPERSEDED -> notice("gone", "There is a newer quote", ("Quote %s, was replaced by a "
          + "revised quote; please use the link in the latest e-mail.").formatted(
              html(stored.quote().numberAndRevision())))
          + quote(outcome) + actions(token);
      case CLOSED -> notice("gone", "This quote can no longer be accepted online", ("Quote %s, is "
          + "not open for acceptance any more. Please contact us.").formatted(
              html(stored.quote().numberAndRevision())))
          + quote(outcome) + actions(token);
      case INVALID -> notice("wrong", "This link is not valid", "The link may be incomplete or "
          + "changed. Please open it again from the e-mail, or contact us.");
    };
    String title = stored == null ? "Your quote"
        : "Quote " + stored.quote().numberAndRevision();
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s: %s</title>
        <style>%s</style>
        </head><body><div class="sheet">
        %s
        <main>
        %s
        </main>
        %s
        </div></body></html>
        """.formatted(html(title), html(seller.name()), STYLE, letterhead(), body, footer());
  }

  private String letterhead() {
    String details = Stream.of(seller.address(),
            seller.taxId() == null || seller.taxId().isBlank() ? null : "Tax id: " + seller.taxId())
        .filter(line -> line != null && !line.isBlank())
        .map(line -> "<p>" + html(line) + "</p>")
        .collect(Collectors.joining());
    return "<header class=\"letterhead\"><p class=\"seller\">%s</p>%s</header>"
        .formatted(html(seller.name()), details);
  }

  private String footer() {
    String contact = Stream.of(seller.email(), seller.phone())
        .filter(line -> line != null && !line.isBlank())
        .map(AcceptancePage::html)
        .collect(Collectors.joining(" · "));
    return "<footer class=\"fine\">Questions about this quote? %s%s</footer>".formatted(
        html(seller.name()), contact.isEmpty() ? "" : ": " + contact);
  }

  private static String notice(String kind, String heading, String text) {
    return "<section class=\"notice %s\" id=\"status\"><h2>%s</h2><p>%s</p></section>"
        .formatted(kind, html(heading), text);
  }

  private static String quote(QuoteAcceptance.Outcome outcome) {
    StoredQuote stored = outcome.quote();
    Quote quote = stored.quote();
    return """
        <h1>Quote %s <span class="revision">revision %d</span></h1>
        <dl class="facts">
        <div><dt>For</dt><dd>%s</dd></div>
        <div><dt>Issued</dt><dd>%s</dd></div>
        <div><dt>Valid until</dt><dd>%s</dd></div>
        <div><dt>Payment terms</dt><dd>%s</dd></div>
        </dl>
        %s
        %s
        <p class="fine">Prices in %s; tax at %s on the net total.</p>""".formatted(
        html(quote.number()), quote.revision(), customer(outcome.customer()),
        date(stored.sentAt() != null ? stored.sentAt() : quote.preparedAt()),
        date(stored.validUntil()), html(quote.paymentTerms().description()), lines(quote),
        totals(quote), quote.currency().getCurrencyCode(), Amounts.percent(quote.taxRatePercent()));
  }

  private static String customer(Lead customer) {
    if (customer == null) {
      return "";
    }
    String attention = customer.contactName() == null || customer.contactName().isBlank() ? ""
        : "<br>Attn. " + html(customer.contactName());
    return html(customer.companyName()) + attention;
  }

  private static String lines(Quote quote) {
    Currency currency = quote.currency();
    StringBuilder rows = new StringBuilder();
    for (QuoteLine line : quote.lines()) {
      rows.append("""
          <tr><td class="text">%s<span class="code">%s</span></td>\
          <td data-label="Quantity">%d</td><td data-label="Unit price">%s</td>\
          <td data-label="Discount">%s</td><td data-label="Net amount">%s</td></tr>
          """.formatted(html(line.productName()), html(line.productCode()), line.quantity(),
          Amounts.format(line.unitPrice(), currency), Amounts.percent(line.discountPercent()),
          Amounts.format(line.netAmount(), currency)));
    }
    return """
        <table class="lines">
        <thead><tr><th class="text">Product</th><th>Qty</th><th>Unit price</th><th>Discount</th>\
        <th>Net amount</th></tr></thead>
        <tbody>
        %s</tbody>
        </table>""".formatted(rows);
  }

  private static String totals(Quote quote) {
    Currency currency = quote.currency();
    return """
        <table class="totals">
        <tr><th>List total</th><td>%s</td></tr>
        <tr><th>Discount (%s)</th><td>-%s</td></tr>
        <tr><th>Net total</th><td>%s</td></tr>
        <tr><th>Tax (%s)</th><td>%s</td></tr>
        <tr class="grand"><th>Total</th><td id="total">%s</td></tr>
        </table>""".formatted(Amounts.format(quote.listTotal(), currency),
        Amounts.percent(quote.discountPercent()), Amounts.format(quote.discountTotal(), currency),
        Amounts.format(quote.netTotal(), currency), Amounts.percent(quote.taxRatePercent()),
        Amounts.format(quote.taxAmount(), currency), Amounts.format(quote.grossTotal(), currency));
  }

  private static String actions(String token) {
    return "<p class=\"actions\">" + pdfLink(token) + "</p>";
  }

  private static String pdfLink(String token) {
    return "<a id=\"pdf\" href=\"%s?token=%s\">Download the quote as PDF</a>"
        .formatted(SendQuoteDelegate.PDF_PATH, html(URLEncoder.encode(token,
            StandardCharsets.UTF_8)));
  }

  private static String date(Instant instant) {
    return instant == null ? "" : QuoteDates.format(instant);
  }

  private static String sha256(String inline) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(inline.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private static String html(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text);
  }
}
