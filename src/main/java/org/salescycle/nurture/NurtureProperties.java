package org.salescycle.nurture;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long a lead is nurtured, bound from {@code sales-cycle.nurture.*}: when a nurtured lead is
 * asked for its figures again, and when its nurture goes to the managers.
 *
 * @param maxRounds a lead nurtured more often than this goes to the managers
 * @param maxAge a lead nurtured for longer than this goes to the managers
 * @param leadTime a lead is asked for its figures this long before its planned purchase
 * @param minWait a nurtured lead rests at least this long
 * @param maxWait and at most this long
 */
@Validated
@ConfigurationProperties("sales-cycle.nurture")
public record NurtureProperties(
    @Min(1) int maxRounds,
    @NotNull Period maxAge,
    @NotNull Period leadTime,
    @NotNull Period minWait,
    @NotNull Period maxWait) {}
