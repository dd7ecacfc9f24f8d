package bd.gov.followup.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A server not in the offices' zone is told at start why that matters, and how to set it. */
class ServerTimeZoneCheckTest {

  static final Instant NOW = Instant.parse("2026-11-30T06:00:00Z");

  @Test
  void aServerInUtc_isWarned_withTheCure() {
    assertThat(ServerTimeZoneCheck.problem(ZoneId.of("UTC"), NOW))
        .contains("UTC, not the offices' (Asia/Dhaka)", "TZ=Asia/Dhaka", "history cleanup");
  }

  @Test
  void aServerInDhakaOrOnItsClock_isNot() {
    assertThat(ServerTimeZoneCheck.problem(ZoneId.of("Asia/Dhaka"), NOW)).isNull();
    assertThat(ServerTimeZoneCheck.problem(ZoneId.of("+06:00"), NOW)).isNull();
  }
}
