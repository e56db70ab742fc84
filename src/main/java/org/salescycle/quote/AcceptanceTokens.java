package org.salescycle.quote;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.salescycle.operations.RequiredSettings;
import org.springframework.stereotype.Component;

/**
 * The token in a customer's acceptance link: the quote's id and the link's expiry, signed with
 * HMAC-SHA256 under the configured secret, so the customer needs no login and nobody can make a
 * link for another quote or stretch its expiry.
 */
@Component
class AcceptanceTokens {

  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  sealed interface Verified {}

  record Valid(long quoteId, Instant expiresAt) implements Verified {}

  record Expired(long quoteId, Instant expiredAt) implements Verified {}

  record Invalid() implements Verified {}

  private final SecretKeySpec key;

  AcceptanceTokens(QuoteProperties properties) {
    String secret = properties.acceptance().secret();
    RequiredSettings.quoteLinkSecret(secret);
    key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  String issue(long quoteId, Instant expiresAt) {
    String payload = quoteId + "." + expiresAt.getEpochSecond();
    return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
        + ENCODER.encodeToString(sign(payload));
  }

  Verified verify(String token, Instant now) {
    if (token == null) {
      return new Invalid();
    }
    String[] parts = token.trim().split("\\.");
    if (parts.length != 2) {
      return new Invalid();
    }
    try {
      String payload = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
      if (!MessageDigest.isEqual(sign(payload), DECODER.decode(parts[1]))) {
        return new Invalid();
      }
      String[] fields = payload.split("\\.");
      long quoteId = Long.parseLong(fields[0]);
      Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(fields[1]));
      return now.isAfter(expiresAt) ? new Expired(quoteId, expiresAt)
          : new Valid(quoteId, expiresAt);
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
      return new Invalid();
    }
  }

  private byte[] sign(String payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException unavailable) {
      throw new IllegalStateException(ALGORITHM + " is not available", unavailable);
    }
  }
}
