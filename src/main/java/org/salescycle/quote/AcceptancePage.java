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
import org.salescycle.words.CustomerLanguage;
import org.salescycle.words.DocumentWords;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The page a customer sees behind an acceptance link: the seller's letterhead, the quote as the
 * PDF shows it (customer, number and revision, lines, totals, terms, validity), a link to the PDF
 * and, while the quote is open, the "Accept" button. Every other state says what happened and
 * whom to ask, in the customer's language. One self-contained page: its only style is inline,
 * and it loads nothing else.
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

  /** The page in the customer's language; English when the link names no quote. */
  String render(QuoteAcceptance.Outcome outcome, String token) {
    StoredQuote stored = outcome.quote();
    Lead customer = outcome.customer();
    var words = DocumentWords.in(CustomerLanguage.of(customer == null ? null : customer.country()));
    String quote = stored == null ? "" : html(QuoteTexts.numberAndRevision(words, stored.quote()));
    String body = switch (outcome.status()) {
      case READY -> quote(outcome, words) + """
          <form class="actions" method="post" action="%s">
            <input type="hidden" name="token" value="%s">
            <button type="submit" id="accept">%s</button>
            %s
          </form>
          <p class="fine">%s</p>""".formatted(SendQuoteDelegate.ACCEPT_PATH, html(token),
          html(words.text("page.accept", stored.quote().number())), pdfLink(token, words),
          words.text("page.acceptTerms", html(seller.name())));
      case ACCEPTED -> notice("done", words, "page.accepted", quote,
          date(stored.acceptedAt(), words), html(seller.name()))
          + quote(outcome, words) + actions(token, words);
      case ALREADY_ACCEPTED -> notice("done", words, "page.alreadyAccepted", quote,
          date(stored.acceptedAt(), words))
          + quote(outcome, words) + actions(token, words);
      case EXPIRED -> notice("gone", words, "page.expired", quote,
          date(outcome.expiredAt(), words))
          + quote(outcome, words) + actions(token, words);
      case SUPERSEDED -> notice("gone", words, "page.superseded", quote)
          + quote(outcome, words) + actions(token, words);
      case CLOSED -> notice("gone", words, "page.closed", quote)
          + quote(outcome, words) + actions(token, words);
      case INVALID -> notice("wrong", words, "page.invalid");
    };
    String title = stored == null ? words.text("page.yourQuote")
        : QuoteTexts.title(words, stored.quote());
    return """
        <!DOCTYPE html>
        <html lang="%s"><head><meta charset="utf-8">
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
        """.formatted(words.language(), html(title), html(seller.name()), STYLE,
        letterhead(words), body, footer(words));
  }

  private String letterhead(DocumentWords words) {
    String details = Stream.of(seller.address(), QuoteTexts.taxId(words, seller.taxId()))
        .filter(line -> line != null && !line.isBlank())
        .map(line -> "<p>" + html(line) + "</p>")
        .collect(Collectors.joining());
    return "<header class=\"letterhead\"><p class=\"seller\">%s</p>%s</header>"
        .formatted(html(seller.name()), details);
  }

  private String footer(DocumentWords words) {
    String contact = Stream.of(seller.email(), seller.phone())
        .filter(line -> line != null && !line.isBlank())
        .map(AcceptancePage::html)
        .collect(Collectors.joining(" · "));
    return "<footer class=\"fine\">%s</footer>".formatted(words.text("page.questions",
        html(seller.name()) + (contact.isEmpty() ? "" : ": " + contact)));
  }

  /** A notice: the heading {@code key.heading} and the text {@code key.text} of escaped values. */
  private static String notice(String kind, DocumentWords words, String key, Object... values) {
    return "<section class=\"notice %s\" id=\"status\"><h2>%s</h2><p>%s</p></section>"
        .formatted(kind, html(words.text(key + ".heading")), words.text(key + ".text", values));
  }

  private static String quote(QuoteAcceptance.Outcome outcome, DocumentWords words) {
    StoredQuote stored = outcome.quote();
    Quote quote = stored.quote();
    return """
        <h1>%s <span class="revision">%s</span></h1>
        <dl class="facts">
        <div><dt>%s</dt><dd>%s</dd></div>
        <div><dt>%s</dt><dd>%s</dd></div>
        <div><dt>%s</dt><dd>%s</dd></div>
        <div><dt>%s</dt><dd>%s</dd></div>
        </dl>
        %s
        %s
        <p class="fine">%s</p>""".formatted(
        html(words.text("quote.title", quote.number())),
        html(words.text("quote.revision", quote.revision())),
        html(words.text("quote.for")), customer(outcome.customer(), words),
        html(words.text("quote.issued")),
        date(stored.sentAt() != null ? stored.sentAt() : quote.preparedAt(), words),
        html(words.text("quote.validUntil")), date(stored.validUntil(), words),
        html(words.text("quote.paymentTerms")),
        html(QuoteTexts.paymentTerms(words, quote.paymentTerms())), lines(quote, words),
        totals(quote, words), html(QuoteTexts.prices(words, quote)));
  }

  private static String customer(Lead customer, DocumentWords words) {
    if (customer == null) {
      return "";
    }
    String attention = customer.contactName() == null || customer.contactName().isBlank() ? ""
        : "<br>" + html(words.text("quote.attention", customer.contactName()));
    return html(customer.companyName()) + attention;
  }

  private static String lines(Quote quote, DocumentWords words) {
    Currency currency = quote.currency();
    String quantity = html(words.text("lines.quantity"));
    String unitPrice = html(words.text("lines.unitPrice"));
    String discount = html(words.text("lines.discount"));
    String netAmount = html(words.text("lines.netAmount"));
    StringBuilder rows = new StringBuilder();
    for (QuoteLine line : quote.lines()) {
      rows.append("""
          <tr><td class="text">%s<span class="code">%s</span></td>\
          <td data-label="%s">%d</td><td data-label="%s">%s</td>\
          <td data-label="%s">%s</td><td data-label="%s">%s</td></tr>
          """.formatted(html(line.productName()), html(line.productCode()), quantity,
          line.quantity(), unitPrice, html(words.amount(line.unitPrice(), currency)), discount,
          html(words.percent(line.discountPercent())), netAmount,
          html(words.amount(line.netAmount(), currency))));
    }
    return """
        <table class="lines">
        <thead><tr><th class="text">%s</th><th>%s</th><th>%s</th><th>%s</th>\
        <th>%s</th></tr></thead>
        <tbody>
        %s</tbody>
        </table>""".formatted(html(words.text("lines.product")), html(words.text("lines.qty")),
        unitPrice, discount, netAmount, rows);
  }

  private static String totals(Quote quote, DocumentWords words) {
    Currency currency = quote.currency();
    return """
        <table class="totals">
        <tr><th>%s</th><td>%s</td></tr>
        <tr><th>%s</th><td>-%s</td></tr>
        <tr><th>%s</th><td>%s</td></tr>
        <tr><th>%s</th><td>%s</td></tr>
        <tr class="grand"><th>%s</th><td id="total">%s</td></tr>
        </table>""".formatted(
        html(words.text("totals.list")), html(words.amount(quote.listTotal(), currency)),
        html(words.text("totals.discount", words.percent(quote.discountPercent()))),
        html(words.amount(quote.discountTotal(), currency)),
        html(words.text("totals.net")), html(words.amount(quote.netTotal(), currency)),
        html(words.text("totals.tax", words.percent(quote.taxRatePercent()))),
        html(words.amount(quote.taxAmount(), currency)),
        html(words.text("totals.gross")), html(words.amount(quote.grossTotal(), currency)));
  }

  private static String actions(String token, DocumentWords words) {
    return "<p class=\"actions\">" + pdfLink(token, words) + "</p>";
  }

  private static String pdfLink(String token, DocumentWords words) {
    return "<a id=\"pdf\" href=\"%s?token=%s\">%s</a>"
        .formatted(SendQuoteDelegate.PDF_PATH, html(URLEncoder.encode(token,
            StandardCharsets.UTF_8)), html(words.text("page.pdf")));
  }

  private static String date(Instant instant, DocumentWords words) {
    return instant == null ? "" : words.date(instant);
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
    // The page is UTF-8: only the markup characters need escaping, letters stay as written.
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
