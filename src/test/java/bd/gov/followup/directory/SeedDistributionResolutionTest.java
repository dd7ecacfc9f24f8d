package bd.gov.followup.directory;

import static bd.gov.followup.directory.JhenaidahDirectory.DIRECTORY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The distribution list (বিতরণ) of the seed minutes, jhenaidah-web-portal-committee-2023-11, resolved. */
class SeedDistributionResolutionTest {

  private static List<String> ids(Resolution resolution) {
    return resolution.offices().stream().map(Office::id).toList();
  }

  private static List<String> memberIds(String setId) {
    return DIRECTORY.members(setId).stream().map(Office::id).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      উপ পরিচালক, স্থানীয় সরকার, ঝিনাইদহ;                                                    | head-ddlg
      অতিরিক্ত জেলা প্রশাসক, (সার্বিক), ঝিনাইদহ;                                                | adc-general
      উপপরিচালক, জেলা পরিসংখ্যান কর্মকর্তার দপ্তর, জেলা পরিসংখ্যান অফিস, ঝিনাইদহ;                  | head-statistics
      ১। উপ পরিচালক, স্থানীয় সরকার, ঝিনাইদহ;                                                | head-ddlg
      """)
  void entriesThatNameOneOffice(String entry, String officeId) {
    Resolution resolution = DIRECTORY.resolve(entry);

    assertThat(ids(resolution)).containsExactly(officeId);
    assertThat(resolution.lead().id()).isEqualTo(officeId);
    assertThat(resolution.unresolved()).isEmpty();
  }

  @Test
  void entry3IsEveryUno() {
    Resolution resolution = DIRECTORY.resolve("উপজেলা নির্বাহী অফিসার(সকল), ঝিনাইদহ;");

    assertThat(ids(resolution)).containsExactlyElementsOf(memberIds("set-unos")).hasSize(6);
    assertThat(resolution.unresolved()).isEmpty();
  }

  @Test
  void entry5IsEveryAssistantProgrammer() {
    Resolution resolution =
        DIRECTORY.resolve("সহকারী প্রোগ্রামার, আইসিটি অধিদপ্তর, উপজেলা কার্যালয়(সকল), ঝিনাইদহ।;");

    assertThat(ids(resolution)).containsExactlyElementsOf(memberIds("set-aps")).hasSize(6);
    assertThat(resolution.unresolved()).isEmpty();
  }

  @Test
  void entry6IsABlankForSomeoneUnnamedAndStaysUnresolved() {
    Resolution resolution = DIRECTORY.resolve("জনাব.....ঝিনাইদহ। এবং");

    assertThat(resolution.offices()).isEmpty();
    assertThat(resolution.unresolved()).containsExactly("জনাব.....ঝিনাইদহ।");
  }

  @Test
  void entry7TheOfficeCopyAsksNothingOfAnyone() {
    Resolution resolution = DIRECTORY.resolve("অফিস কপি।");

    assertThat(resolution.offices()).isEmpty();
    assertThat(resolution.lead()).isNull();
    assertThat(resolution.unresolved()).isEmpty();
  }

  @Test
  void theWholeListTogether() {
    Resolution resolution = DIRECTORY.resolve(List.of(
        "উপ পরিচালক, স্থানীয় সরকার, ঝিনাইদহ;",
        "অতিরিক্ত জেলা প্রশাসক, (সার্বিক), ঝিনাইদহ;",
        "উপজেলা নির্বাহী অফিসার(সকল), ঝিনাইদহ;",
        "উপপরিচালক, জেলা পরিসংখ্যান কর্মকর্তার দপ্তর, জেলা পরিসংখ্যান অফিস, ঝিনাইদহ;",
        "সহকারী প্রোগ্রামার, আইসিটি অধিদপ্তর, উপজেলা কার্যালয়(সকল), ঝিনাইদহ।;",
        "জনাব.....ঝিনাইদহ। এবং",
        "অফিস কপি।"));

    List<String> expected = new ArrayList<>(List.of("head-ddlg", "adc-general"));
    expected.addAll(memberIds("set-unos"));
    expected.add("head-statistics");
    expected.addAll(memberIds("set-aps"));
    assertThat(ids(resolution)).containsExactlyElementsOf(expected);
    assertThat(resolution.lead().id()).isEqualTo("head-ddlg");
    assertThat(resolution.unresolved()).containsExactly("জনাব.....ঝিনাইদহ।");
  }
}
