package org.salescycle.demo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Product demos for prospects, bound from {@code sales-cycle.product-demo.*} (not the demo setup
 * of sales-cycle.demo).
 *
 * @param product what the demo shows, as the invitation's title names it
 * @param outcomeDueAfter "Record demo outcome" is due this long after the demo's end
 */
@Validated
@ConfigurationProperties("sales-cycle.product-demo")
public record ProductDemoProperties(@NotBlank String product, @NotNull Duration outcomeDueAfter) {}
