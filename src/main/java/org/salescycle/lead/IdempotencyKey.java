package org.salescycle.lead;

/**
 * The Idempotency-Key a client sent with a new lead, with a hash of its request: a repeat with the
 * same key and the same body gets the lead created the first time; the same key with another body
 * is refused.
 */
public record IdempotencyKey(String value, String requestHash) {

  public static final IdempotencyKey NONE = new IdempotencyKey(null, null);

  public boolean present() {
    return value != null;
  }

  /** A lead created under a key, and the hash of the request that created it. */
  public record Use(String leadId, String requestHash) {}
}
