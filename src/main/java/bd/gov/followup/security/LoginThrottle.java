package bd.gov.followup.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wrong passwords slow down the next attempt for the same user from the same address: 3 s after the first, doubling,
 * at most a minute, until a right one. Keyed by user and address, not by user alone as Camunda's own delay is
 * (which application.yaml turns off): with that, anybody who sent one wrong password a minute for an official's
 * name kept the official, or {@code admin}, out, the right password refused too; now the official's own address is
 * not slowed by someone else's guessing. Each attempt takes its turn before the password is checked, as if it
 * were wrong (a right one then clears the key), so attempts sent in parallel get one check between them.
 *
 * <p>Held in memory, at most {@value #MAX_KEYS} keys, the least recently used dropped first; a restart forgets it,
 * as a delay of a minute may.
 */
public class LoginThrottle {

  static final Duration FIRST_DELAY = Duration.ofSeconds(3);
  static final Duration MAX_DELAY = Duration.ofMinutes(1);
  /** a key quiet this long starts afresh */
  static final Duration FORGET_AFTER = Duration.ofMinutes(15);
  static final int MAX_KEYS = 100_000;

  private record Turn(int count, Instant until, Instant last) {}

  private final Map<String, Turn> turns = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Turn> eldest) {
      return size() > MAX_KEYS;
    }
  };
  private final Clock clock;

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * Takes this attempt's turn: zero when it may check the password now (and the next attempt then waits as after
   * a wrong one), else how long it must still wait, without a turn.
   */
  public Duration attempt(String user, String address) {
    Instant now = clock.instant();
    String key = key(user, address);
    synchronized (turns) {
      Turn seen = turns.get(key);
      if (seen != null && seen.until().isAfter(now)) {
        return Duration.between(now, seen.until());
      }
      int count = seen == null || seen.last().plus(FORGET_AFTER).isBefore(now) ? 1 : seen.count() + 1;
      Duration delay = count > 6 ? MAX_DELAY : FIRST_DELAY.multipliedBy(1L << (count - 1));
      turns.put(key, new Turn(count, now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay), now));
      return Duration.ZERO;
    }
  }

  /** The password was right: the user's next attempt from this address need not wait. */
  public void succeeded(String user, String address) {
    synchronized (turns) {
      turns.remove(key(user, address));
    }
  }

  int size() {
    synchronized (turns) {
      return turns.size();
    }
  }

  private static String key(String user, String address) {
    return user + '\n' + address;
  }
}
