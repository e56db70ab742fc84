package org.salescycle.lookup;

import java.util.List;

/** One page of a lead search; {@code page} counts from 0. */
public record LeadPage(List<LeadSummary> content, int page, int size, long totalElements,
    long totalPages) {}
