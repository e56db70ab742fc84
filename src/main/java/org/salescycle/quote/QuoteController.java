package org.salescycle.quote;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.salescycle.lead.Lead;
import org.salescycle.lookup.LeadLookup;
import org.salescycle.shared.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A lead's quotes: every revision with its figures, and each sent revision's PDF. */
@RestController
@RequestMapping("/api/leads/{leadId}/quotes")
@Tag(name = "Quotes")
class QuoteController {

  record QuoteSummary(int revision, String number, String currency, BigDecimal listTotal,
      BigDecimal discountPercent, BigDecimal netTotal, BigDecimal taxAmount,
      BigDecimal grossTotal, PaymentTerms paymentTerms, List<QuoteLine> lines, Instant preparedAt,
      Instant sentAt, String sentTo, Instant validUntil, Instant acceptedAt, String pdf) {}

  private final Quotes quotes;
  private final LeadLookup lookup;
  private final IdentityService identity;

  QuoteController(Quotes quotes, LeadLookup lookup, IdentityService identity) {
    this.quotes = quotes;
    this.lookup = lookup;
    this.identity = identity;
  }

  @Operation(summary = "Every quote revision of a lead, oldest first")
  @ApiResponse(responseCode = "404", description = "No such lead, or not one you may see")
  @GetMapping
  List<QuoteSummary> list(@PathVariable String leadId) {
    Lead lead = visibleLead(leadId);
    return quotes.of(lead.processInstanceId()).stream()
        .map(stored -> summary(leadId, stored))
        .toList();
  }

  @Operation(summary = "The PDF of a sent quote revision, as the customer received it")
  @ApiResponse(responseCode = "404", description = "No such lead or revision, or not sent yet")
  @GetMapping("/{revision}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String leadId, @PathVariable int revision) {
    Lead lead = visibleLead(leadId);
    StoredQuote stored = quotes.find(lead.processInstanceId(), revision)
        .orElseThrow(() -> new QuoteNotFoundException(leadId, revision));
    byte[] pdf = quotes.document(stored.id())
        .orElseThrow(() -> new QuoteNotFoundException(leadId, revision));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(QuoteMail.fileName(stored.quote())).build().toString())
        // Chrome shows a PDF in a page of its own making, which the PDF's policy governs: no
        // default-src or object-src, or the viewer stays blank (crbug.com/271452).
        .header("Content-Security-Policy", "frame-ancestors 'none'")
        .body(pdf);
  }

  private Lead visibleLead(String leadId) {
    return lookup.visibleLead(leadId, Caller.current(identity));
  }

  private static QuoteSummary summary(String leadId, StoredQuote stored) {
    Quote quote = stored.quote();
    return new QuoteSummary(quote.revision(), quote.number(), quote.currency().getCurrencyCode(),
        quote.listTotal(), quote.discountPercent(), quote.netTotal(), quote.taxAmount(),
        quote.grossTotal(), quote.paymentTerms(), quote.lines(), quote.preparedAt(),
        stored.sentAt(), stored.sentTo(), stored.sent() ? stored.validUntil() : null,
        stored.acceptedAt(),
        stored.sent() ? "/api/leads/%s/quotes/%d.pdf".formatted(leadId, quote.revision()) : null);
  }
}
