package bd.gov.followup.directory;

import static bd.gov.followup.directory.JhenaidahDirectory.DIRECTORY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** «সদস্য সচিব» in brackets beside an office says which role that office holds; it adds no other office. */
class RoleInBracketsTest {

  private static List<String> ids(Resolution resolution) {
    return resolution.offices().stream().map(Office::id).toList();
  }

  /** Row ১৩ of the tester's implementer probe: the committee's own secretary (the programmer) was added silently. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "উপপরিচালক, স্থানীয় সরকার, ঝিনাইদহ (সদস্য সচিব)", "উপপরিচালক, স্থানীয় সরকার (সদস্য-সচিব)",
      "সদস্য সচিব (উপপরিচালক, স্থানীয় সরকার, ঝিনাইদহ)"})
  void anOfficeNamedTheMemberSecretary_isThatOfficeAlone(String phrase) {
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(ids(resolution)).containsExactly("head-ddlg");
    assertThat(resolution.lead().id()).isEqualTo("head-ddlg");
    assertThat(resolution.unresolved()).isEmpty();
  }

  /** Joined by «ও» they are two implementers. */
  @Test
  void anOfficeAndTheMemberSecretary_areTwo() {
    assertThat(ids(DIRECTORY.resolve("উপপরিচালক, স্থানীয় সরকার ও সদস্য সচিব")))
        .containsExactly("head-ddlg", "programmer-ict");
  }
}
