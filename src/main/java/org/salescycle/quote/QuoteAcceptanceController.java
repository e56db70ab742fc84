package org.salescycle.quote;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's side of the acceptance link, open without login (the signed token is the
 * credential), and the quote's PDF behind the page's link. Opening the link only shows the quote
 * and an "Accept" button; the acceptance
 * itself is the button's POST, so mail scanners and link previews that fetch every link in a
 * message cannot accept a quote on the customer's behalf.
 */
@RestController
@Tag(name = "Quotes")
@SecurityRequirements
class QuoteAcceptanceController {

  private final QuoteAcceptance acceptance;
  private final AcceptancePage page;
  private final Quotes quotes;

  QuoteAcceptanceController(QuoteAcceptance acceptance, AcceptancePage page, Quotes quotes) {
    this.acceptance = acceptance;
    this.page = page;
    this.quotes = quotes;
  }

  @Operation(summary = "The page behind a quote's acceptance link (HTML, no login)")
  @GetMapping(value = SendQuoteDelegate.ACCEPT_PATH, produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> show(@RequestParam(required = false) String token) {
    return answer(acceptance.check(token), token);
  }

  @Operation(summary = "Accept the quote a link names (the page's button; HTML, no login)")
  @PostMapping(value = SendQuoteDelegate.ACCEPT_PATH, produces = MediaType.TEXT_HTML_VALUE,
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<String> accept(@RequestParam(required = false) String token) {
    return answer(acceptance.accept(token), token);
  }

  @Operation(summary = "The PDF of the quote a link names, as e-mailed (no login)")
  @GetMapping(value = SendQuoteDelegate.PDF_PATH,
      produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.TEXT_HTML_VALUE})
  ResponseEntity<?> pdf(@RequestParam(required = false) String token) {
    Optional<StoredQuote> quote = acceptance.named(token);
    Optional<byte[]> pdf = quote.flatMap(named -> quotes.document(named.id()));
    if (pdf.isEmpty()) {
      return answer(QuoteAcceptance.Outcome.of(QuoteAcceptance.Status.INVALID), token);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(QuoteMail.fileName(quote.get().quote())).build().toString())
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        // a PDF viewer page needs a policy without default-src (see QuoteController)
        .header("Content-Security-Policy", "frame-ancestors 'none'")
        .body(pdf.get());
  }

  private ResponseEntity<String> answer(QuoteAcceptance.Outcome outcome, String token) {
    HttpStatus status = switch (outcome.status()) {
      case READY, ACCEPTED -> HttpStatus.OK;
      case INVALID -> HttpStatus.BAD_REQUEST;
      case EXPIRED -> HttpStatus.GONE;
      case ALREADY_ACCEPTED, SUPERSEDED, CLOSED -> HttpStatus.CONFLICT;
    };
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .header("Content-Security-Policy", AcceptancePage.CONTENT_SECURITY_POLICY)
        .body(page.render(outcome, token));
  }
}
