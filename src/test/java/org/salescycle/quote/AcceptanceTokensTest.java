package org.salescycle.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AcceptanceTokensTest {

  static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  static final Instant EXPIRY = Instant.parse("2026-12-27T10:00:00Z");

  final AcceptanceTokens tokens = tokens("a-secret-of-at-least-thirty-two-characters");

  @Test
  void aTokenNamesItsQuoteUntilItExpires() {
    String token = tokens.issue(42, EXPIRY);

    assertThat(tokens.verify(token, NOW)).isEqualTo(new AcceptanceTokens.Valid(42, EXPIRY));
    assertThat(tokens.verify(token, EXPIRY)).isEqualTo(new AcceptanceTokens.Valid(42, EXPIRY));
    assertThat(tokens.verify(token, EXPIRY.plusSeconds(1)))
        .isEqualTo(new AcceptanceTokens.Expired(42, EXPIRY));
  }

  @Test
  void aChangedQuoteOrExpiryOrSignatureIsInvalid() {
    String token = tokens.issue(42, EXPIRY);
    String signature = token.substring(token.indexOf('.') + 1);
    String otherQuote = encode("43." + EXPIRY.getEpochSecond()) + "." + signature;
    String longerValid = encode("42." + EXPIRY.plusSeconds(86_400).getEpochSecond()) + "." + signature;
    char second = token.charAt(token.length() - 2);
    String flippedSignature = token.substring(0, token.length() - 2) + (second == 'A' ? 'B' : 'A')
        + token.charAt(token.length() - 1);

    for (String forged : new String[] {otherQuote, longerValid, flippedSignature, "", "abc",
        "a.b.c", token + "x", null}) {
      assertThat(tokens.verify(forged, NOW)).as(String.valueOf(forged))
          .isInstanceOf(AcceptanceTokens.Invalid.class);
    }
  }

  @Test
  void aTokenSignedUnderAnotherSecretIsInvalid() {
    String token = tokens("another-secret-of-at-least-thirty-two-chars").issue(42, EXPIRY);
    assertThat(tokens.verify(token, NOW)).isInstanceOf(AcceptanceTokens.Invalid.class);
  }

  @Test
  void refusesToStartWithoutAStrongEnoughSecret() {
    assertThatThrownBy(() -> tokens(null)).hasMessageContaining("SALES_CYCLE_QUOTE_LINK_SECRET");
    assertThatThrownBy(() -> tokens("too-short")).hasMessageContaining("at least 32");
  }

  private static String encode(String payload) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(payload.getBytes(StandardCharsets.UTF_8));
  }

  private static AcceptanceTokens tokens(String secret) {
    return new AcceptanceTokens(new QuoteProperties(BigDecimal.ZERO,
        new QuoteProperties.Company("Seller", null, null, null, null),
        new QuoteProperties.Mail("quotes@example.com"),
        new QuoteProperties.Acceptance(URI.create("http://localhost"), secret)));
  }
}
