package org.salescycle.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many wrong passwords one client address may give for one account (bound from {@code
 * sales-cycle.logins.*}; see {@link WrongPasswords}).
 *
 * @param wrongPasswordsPerClient wrong passwords for one account from one client address within
 *     the period; further logins to that account from that address are refused unchecked
 * @param clientPeriod how long each wrong password counts
 */
@ConfigurationProperties("sales-cycle.logins")
public record LoginProperties(
    @DefaultValue("5") int wrongPasswordsPerClient,
    @DefaultValue("1h") Duration clientPeriod) {

  public LoginProperties {
    if (wrongPasswordsPerClient < 1) {
      throw new IllegalArgumentException("sales-cycle.logins.wrong-passwords-per-client must be "
          + "at least 1");
    }
    if (clientPeriod == null || clientPeriod.isNegative() || clientPeriod.isZero()) {
      throw new IllegalArgumentException("sales-cycle.logins.client-period must be positive");
    }
  }
}
