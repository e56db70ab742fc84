package org.salescycle.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wrong passwords each client address gave for each account lately, in this node's memory.
 * Once a client has given the allowed number for an account within the period, its further logins
 * to that account are refused without checking the password until the oldest one is out of the
 * period: the client learns nothing and the account's lock is not renewed.
 *
 * <p>Only the accounts of existing users are kept, and at most {@value #CAPACITY} pairs of
 * client and account (the pair whose wrong password is oldest in use is dropped first).
 */
public final class WrongPasswords {

  private static final Logger LOG = LoggerFactory.getLogger(WrongPasswords.class);
  static final int CAPACITY = 10_000;

  private record ClientAndUser(String client, String userId) {}

  private final int allowed;
  private final Duration period;
  private final Map<ClientAndUser, Deque<Instant>> recent =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ClientAndUser, Deque<Instant>> eldest) {
          return size() > CAPACITY;
        }
      };

  WrongPasswords(LoginProperties properties) {
    this.allowed = properties.wrongPasswordsPerClient();
    this.period = properties.clientPeriod();
  }

  public synchronized boolean refuses(String client, String userId, Instant now) {
    ClientAndUser key = new ClientAndUser(client, userId);
    Deque<Instant> times = recent.get(key);
    if (times == null) {
      return false;
    }
    forgetOlderThanPeriod(times, now);
    if (times.isEmpty()) {
      recent.remove(key);
      return false;
    }
    return times.size() >= allowed;
  }

  public synchronized void record(String client, String userId, Instant now) {
    Deque<Instant> times = recent.computeIfAbsent(new ClientAndUser(client, userId),
        key -> new ArrayDeque<>());
    forgetOlderThanPeriod(times, now);
    times.addLast(now);
    if (times.size() == allowed) {
      LOG.warn("{} wrong passwords for user '{}' from {} within {}: logins as '{}' from there are "
          + "refused unchecked until {}", allowed, userId, client, period, userId,
          times.peekFirst().plus(period));
    }
  }

  /** The administrator unlocked the account: every client may try it again. */
  public synchronized void forget(String userId) {
    recent.keySet().removeIf(key -> key.userId().equals(userId));
  }

  private void forgetOlderThanPeriod(Deque<Instant> times, Instant now) {
    Instant start = now.minus(period);
    while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
      times.removeFirst();
    }
  }
}
