package org.salescycle.quote;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What a quote document says about the company and how it reaches the customer. Bound from
 * {@code sales-cycle.quote.*}.
 *
 * @param taxRate tax on the net total, in percent
 * @param company the seller as printed on every quote
 * @param mail the sender of quote e-mails
 * @param acceptance how the customer's acceptance link is built and signed
 */
@Validated
@ConfigurationProperties("sales-cycle.quote")
public record QuoteProperties(
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal taxRate,
    @NotNull @Valid Company company,
    @NotNull @Valid Mail mail,
    @NotNull @Valid Acceptance acceptance) {

  public record Company(@NotBlank String name, String address, String taxId, String email,
      String phone) {}

  public record Mail(@NotBlank @Email String from) {}

  /**
   * @param publicUrl the application's address as customers reach it; links are built on it
   * @param secret the key that signs acceptance links (at least 32 characters); a changed key
   *     invalidates every link sent before
   */
  public record Acceptance(@NotNull URI publicUrl, String secret) {}
}
