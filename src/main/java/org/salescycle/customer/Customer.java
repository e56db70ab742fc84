package org.salescycle.customer;

import java.math.BigDecimal;
import java.time.Instant;

/** A won prospect. {@code paymentHistory} starts as GOOD and feeds later credit checks. */
public record Customer(
    String id,
    String companyName,
    String companyDomain,
    String contactName,
    String contactEmail,
    String country,
    BigDecimal creditLimit,
    String creditTerms,
    String paymentHistory,
    String sourceProcessInstanceId,
    Instant createdAt) {}
