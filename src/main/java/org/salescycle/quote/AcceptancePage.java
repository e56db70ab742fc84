package org.salescycle.quote;

import org.salescycle.words.Amounts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The small HTML page a customer sees behind an acceptance link. */
@Component
class AcceptancePage {

  private static final String STYLE = """
      body{font-family:sans-serif;max-width:40em;margin:3em auto;padding:0 1em}
      td{padding:.2em 1em .2em 0}button{font-size:1.1em;padding:.5em 1.5em}""";

  /**
   * What the page may do in the browser: apply its own style, send its form to this application,
   * nothing else (no scripts, images, connections or frames; no other site may frame it).
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '%s'; "
      .formatted(sha256(STYLE)) + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private final QuoteProperties properties;

  AcceptancePage(QuoteProperties properties) {
    this.properties = properties;
  }

  String render(QuoteAcceptance.Outcome outcome, String token) {
    String seller = properties.company().name();
    String body = switch (outcome.status()) {
      case READY -> "<h1>Quote %s</h1>".formatted(number(outcome)) + summary(outcome) + """
          <form method="post" action="%s">
            <input type="hidden" name="token" value="%s">
            <button type="submit" id="accept">Accept quote %s</button>
          </form>""".formatted(SendQuoteDelegate.ACCEPT_PATH, html(token), number(outcome));
      case ACCEPTED -> "<h1>Thank you</h1><p>You accepted quote %s. %s will be in touch about "
          .formatted(number(outcome), html(seller)) + "the next steps.</p>" + summary(outcome);
      case ALREADY_ACCEPTED -> "<h1>Already accepted</h1><p>Quote %s was accepted before; "
          .formatted(number(outcome)) + "nothing more to do.</p>";
      case EXPIRED -> "<h1>This quote has expired</h1><p>Quote %s was valid until %s. "
          .formatted(number(outcome), QuoteDates.format(outcome.expiredAt()))
          + "Please ask us for a new one.</p>";
      case SUPERSEDED -> "<h1>There is a newer quote</h1><p>Quote %s was replaced by a revised "
          .formatted(number(outcome)) + "quote; please use the link in the latest e-mail.</p>";
      case CLOSED -> "<h1>This quote can no longer be accepted online</h1><p>Quote %s is not "
          .formatted(number(outcome)) + "open for acceptance any more. Please contact us.</p>";
      case INVALID -> "<h1>This link is not valid</h1><p>The link may be incomplete or changed. "
          + "Please open it again from the e-mail, or contact us.</p>";
    };
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s: your quote</title>
        <style>%s</style>
        </head><body>
        %s
        <p><small>%s</small></p>
        </body></html>
        """.formatted(html(seller), STYLE, body, html(seller));
  }

  private static String summary(QuoteAcceptance.Outcome outcome) {
    Quote quote = outcome.quote().quote();
    return """
        <table>
        <tr><td>For</td><td>%s</td></tr>
        <tr><td>Total</td><td>%s (%s net plus tax)</td></tr>
        <tr><td>Payment terms</td><td>%s</td></tr>
        <tr><td>Valid until</td><td>%s</td></tr>
        </table>""".formatted(html(outcome.customer().companyName()),
        Amounts.format(quote.grossTotal(), quote.currency()),
        Amounts.format(quote.netTotal(), quote.currency()),
        html(quote.paymentTerms().description()), QuoteDates.format(outcome.quote().validUntil()));
  }

  private static String number(QuoteAcceptance.Outcome outcome) {
    return html(outcome.quote().quote().number());
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
