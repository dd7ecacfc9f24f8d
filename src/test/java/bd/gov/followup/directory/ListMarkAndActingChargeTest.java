package bd.gov.followup.directory;

import static bd.gov.followup.directory.JhenaidahDirectory.DIRECTORY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Marks around a designation that do not change the office: a list's letter before it, an acting holder's after. */
class ListMarkAndActingChargeTest {

  private static List<String> ids(Resolution resolution) {
    return resolution.offices().stream().map(Office::id).toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "(খ) সিভিল সার্জন, ঝিনাইদহ", "খ) সিভিল সার্জন, ঝিনাইদহ", "খ. সিভিল সার্জন, ঝিনাইদহ", "খ। সিভিল সার্জন, ঝিনাইদহ",
      "(২) সিভিল সার্জন, ঝিনাইদহ", "১) সিভিল সার্জন, ঝিনাইদহ", "i) সিভিল সার্জন, ঝিনাইদহ", "(ii) সিভিল সার্জন, ঝিনাইদহ",
      "b) সিভিল সার্জন, ঝিনাইদহ", "(য়) সিভিল সার্জন, ঝিনাইদহ", "১। (খ) সিভিল সার্জন, ঝিনাইদহ"})
  void aListsLetterOrNumberBeforeAnImplementer_namesNoOne(String phrase) {
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(ids(resolution)).containsExactly("head-civil-surgeon");
    assertThat(resolution.unresolved()).isEmpty();
  }

  /** Decision ০৩ of the tester's paragraph minutes: one implementer per line, each with its letter. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"(ক) উপজেলা নির্বাহী অফিসার (সকল)", "ক) উপজেলা নির্বাহী অফিসার (সকল)"})
  void aListsLetterBeforeASet_namesNoOne(String phrase) {
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(ids(resolution)).containsExactlyElementsOf(
        DIRECTORY.members("set-unos").stream().map(Office::id).toList());
    assertThat(resolution.unresolved()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "জেলা ক্রীড়া অফিসার; (খ) সিভিল সার্জন, ঝিনাইদহ", "জেলা ক্রীড়া অফিসার\nখ) সিভিল সার্জন, ঝিনাইদহ"})
  void aListsLetterAfterAnotherImplementer_namesNoOne(String phrase) {
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(ids(resolution)).containsExactly("head-civil-surgeon");
    assertThat(resolution.unresolved()).containsExactly("জেলা ক্রীড়া অফিসার");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      জেলা শিক্ষা অফিসার (ভারপ্রাপ্ত), ঝিনাইদহ                | head-secondary-education
      জেলা প্রাথমিক শিক্ষা অফিসার (চলতি দায়িত্ব), ঝিনাইদহ       | head-primary-education
      জেলা তথ্য অফিসার (অতিরিক্ত দায়িত্ব)                    | head-information
      উপজেলা নির্বাহী অফিসার(ভারপ্রাপ্ত), কালীগঞ্জ              | uno-kaliganj
      """)
  void anActingHoldersNote_namesTheSameOffice(String phrase, String officeId) {
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(ids(resolution)).containsExactly(officeId);
    assertThat(resolution.lead().id()).isEqualTo(officeId);
    assertThat(resolution.unresolved()).isEmpty();
  }
}
