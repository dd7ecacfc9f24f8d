package bd.gov.followup.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong passwords slow down the next attempt for the same user from the same address: 3 s after the first, doubling,
 * at most a minute, until a right one. Keyed by user and address, not by user alone as Camunda's own delay is
 * (which application.yaml turns off): with that, anybody who sent one wrong password a minute for an official's
 * name kept the official, or {@code admin}, out, the right password refused too; now the official's own address is
 * not slowed by someone else's guessing. Held in memory: a restart forgets it, as a delay of a minute may.
 */
public class LoginThrottle {

  static final Duration FIRST_DELAY = Duration.ofSeconds(3);
  static final Duration MAX_DELAY = Duration.ofMinutes(1);
  /** a key quiet this long starts afresh; past this many keys, the quiet ones are dropped */
  static final Duration FORGET_AFTER = Duration.ofMinutes(15);
  static final int PRUNE_ABOVE = 10_000;
  /** an attacker varying names without end is not given unbounded memory: past this, no new key is kept */
  static final int MAX_KEYS = 100_000;

  private record Failures(int count, Instant until, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long this user from this address must still wait; zero when it may try now. */
  public Duration waitFor(String user, String address) {
    Failures seen = failures.get(key(user, address));
    if (seen == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), seen.until());
    return left.isNegative() ? Duration.ZERO : left;
  }

  public void failed(String user, String address) {
    Instant now = clock.instant();
    if (failures.size() > PRUNE_ABOVE) {
      failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
    }
    String key = key(user, address);
    if (failures.size() >= MAX_KEYS && !failures.containsKey(key)) {
      return;
    }
    failures.compute(key, (k, seen) -> {
      int count = seen == null || seen.last().plus(FORGET_AFTER).isBefore(now) ? 1 : seen.count() + 1;
      Duration delay = count > 6 ? MAX_DELAY : FIRST_DELAY.multipliedBy(1L << (count - 1));
      return new Failures(count, now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay), now);
    });
  }

  public void succeeded(String user, String address) {
    failures.remove(key(user, address));
  }

  private static String key(String user, String address) {
    return user + '\n' + address;
  }
}
