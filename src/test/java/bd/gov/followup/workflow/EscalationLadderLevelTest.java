package bd.gov.followup.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.directory.JhenaidahDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The escalation table's {@code officeLevel} of a late office: its level in the directory; an office the directory
 * no longer has (a directory file edited while decisions run) is escalated as a district office, to the chair.
 */
class EscalationLadderLevelTest {

  private final EscalationLadder ladder = new EscalationLadder(JhenaidahDirectory.DIRECTORY, null, null);

  @ParameterizedTest
  @CsvSource({
    "ac-ict, district",
    "uno-kaliganj, upazila",
    "up-kaliganj-sundarpur-durgapur, union",
    "an-office-since-removed, district"
  })
  void anOfficesLevel(String office, String level) {
    assertThat(ladder.level(office)).isEqualTo(level);
  }
}
