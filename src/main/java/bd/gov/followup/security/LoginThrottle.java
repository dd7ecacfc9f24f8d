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
 * not slowed by someone else's guessing. After a wrong password, checks for the key run one at a time, so guesses
 * sent in parallel get one check between them; without one, up to {@value #MAX_PARALLEL} run at once (a client's
 * parallel requests with the right password are not slowed).
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

  static final int MAX_PARALLEL = 16;

  private record Turn(int failures, Instant until, Instant last, int inFlight) {}

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
   * Takes a turn to check the password: zero when it may check now (and must then say how it went: {@link #done}),
   * else how long it must still wait, without a turn.
   */
  public Duration attempt(String user, String address) {
    Instant now = clock.instant();
    String key = key(user, address);
    synchronized (turns) {
      Turn seen = turns.get(key);
      if (seen != null && seen.last().plus(FORGET_AFTER).isBefore(now) && seen.inFlight() == 0) {
        seen = null; // quiet long enough: afresh
      }
      // only a wrong password sets a wait: a turn taken by a parallel request that read the clock a moment
      // later is no wait (right passwords sent at once were refused for microseconds, a 429)
      if (seen != null && seen.failures() > 0 && seen.until().isAfter(now)) {
        return Duration.between(now, seen.until());
      }
      int inFlight = seen == null ? 0 : seen.inFlight();
      if (seen != null && (seen.failures() > 0 && inFlight > 0 || inFlight >= MAX_PARALLEL)) {
        return Duration.ofSeconds(1); // the check under way says first whether this one may follow
      }
      turns.put(key, new Turn(seen == null ? 0 : seen.failures(), now, now, inFlight + 1));
      return Duration.ZERO;
    }
  }

  /** How the check of a turn went: a right password clears the key, a wrong one delays its next turn. */
  public void done(String user, String address, boolean right) {
    Instant now = clock.instant();
    String key = key(user, address);
    synchronized (turns) {
      Turn seen = turns.get(key);
      if (seen == null) {
        return; // dropped meanwhile
      }
      int inFlight = Math.max(0, seen.inFlight() - 1);
      if (right) {
        if (inFlight == 0) {
          turns.remove(key);
        } else {
          turns.put(key, new Turn(0, now, now, inFlight));
        }
        return;
      }
      int failures = seen.failures() + 1;
      Duration delay = failures > 6 ? MAX_DELAY : FIRST_DELAY.multipliedBy(1L << (failures - 1));
      Instant until = now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
      turns.put(key, new Turn(failures, until.isAfter(seen.until()) ? until : seen.until(), now, inFlight));
    }
  }

  int size() {
    synchronized (turns) {
      return turns.size();
    }
  }

  /**
   * The user's delays from every address end: an administrator unlocked the account or set its password (the official
   * who forgot it logs in with the new one at once, not after the minute its wrong guesses earned).
   */
  public void forget(String user) {
    String prefix = user + '\n';
    synchronized (turns) {
      // a check under way keeps its turn: done() of it finds the key gone and does nothing
      turns.keySet().removeIf(key -> key.startsWith(prefix));
    }
  }

  private static String key(String user, String address) {
    return user + '\n' + address;
  }
}
