package org.salescycle.quote;

import java.time.Instant;
import org.salescycle.lead.Lead;

/** Everything a quote's PDF shows: the seller, the customer, the quote and its dates. */
record QuoteDocument(QuoteProperties.Company seller, Lead customer, Quote quote, Instant issuedAt,
    Instant validUntil) {}
