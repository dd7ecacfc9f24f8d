package bd.gov.followup.directory;

import static bd.gov.followup.directory.JhenaidahDirectory.DIRECTORY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One designation or set with several upazilas: the same post in each upazila named. */
class UpazilaListResolutionTest {

  private static List<String> ids(Resolution resolution) {
    return resolution.offices().stream().map(Office::id).toList();
  }

  private static List<String> memberIdsIn(String setId, String... upazilas) {
    return DIRECTORY.members(setId).stream().filter(o -> List.of(upazilas).contains(o.upazila()))
        .map(Office::id).toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "উপজেলা নির্বাহী অফিসার, মহেশপুর ও কোটচাঁদপুর", "উপজেলা নির্বাহী অফিসার, মহেশপুর, কোটচাঁদপুর",
      "উপজেলা নির্বাহী অফিসার, মহেশপুর/কোটচাঁদপুর", "উপজেলা নির্বাহী অফিসার, মহেশপুর ও কোটচাঁদপুর, ঝিনাইদহ",
      "উপজেলা নির্বাহী অফিসার, মহেষপুর ও কোটচাদপুর উপজেলা", "মহেশপুর ও কোটচাঁদপুর উপজেলা নির্বাহী অফিসার"})
  void aDesignationWithTwoUpazilas_isThatPostInEach(String phrase) {
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(ids(resolution)).containsExactly("uno-maheshpur", "uno-kotchandpur");
    assertThat(resolution.lead().id()).as("the first named").isEqualTo("uno-maheshpur");
    assertThat(resolution.unresolved()).isEmpty();
  }

  @Test
  void aDesignationWithThreeUpazilasBetweenSlashes_isThatPostInEach() {
    Resolution resolution = DIRECTORY.resolve("উপজেলা নির্বাহী অফিসার, ঝিনাইদহ সদর/ কালীগঞ্জ/ শৈলকুপা");

    assertThat(ids(resolution)).containsExactly("uno-sadar", "uno-kaliganj", "uno-shailkupa");
    assertThat(resolution.unresolved()).isEmpty();
  }

  @Test
  void anAssistantProgrammerOfTwoUpazilas() {
    assertThat(ids(DIRECTORY.resolve("সহকারী প্রোগ্রামার, কালীগঞ্জ ও শৈলকুপা")))
        .containsExactly("ap-kaliganj", "ap-shailkupa");
  }

  /** Decision ০৭ of the tester's DCC table. */
  @Test
  void theSuperintendentOfPoliceAndTheUnosOfTwoUpazilas() {
    Resolution resolution = DIRECTORY.resolve("পুলিশ সুপার, ঝিনাইদহ/ উপজেলা নির্বাহী অফিসার, মহেশপুর ও কোটচাঁদপুর");

    assertThat(ids(resolution)).containsExactly("head-police", "uno-maheshpur", "uno-kotchandpur");
    assertThat(resolution.lead().id()).isEqualTo("head-police");
    assertThat(resolution.unresolved()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "কালীগঞ্জ ও শৈলকুপা উপজেলার সকল ইউনিয়ন পরিষদ", "ইউনিয়ন পরিষদ (সকল), কালীগঞ্জ ও শৈলকুপা",
      "কালীগঞ্জ উপজেলা ও শৈলকুপা উপজেলার সকল ইউনিয়ন পরিষদ", "কালিগঞ্জ, শৈলকূপা উপজেলার ইউনিয়ন পরিষদ (সকল)"})
  void aSetWithTwoUpazilas_isTheirMembers(String phrase) {
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(ids(resolution)).containsExactlyElementsOf(memberIdsIn("set-up-secretaries", "kaliganj", "shailkupa"))
        .hasSize(25);
    assertThat(resolution.lead()).isNull();
    assertThat(resolution.unresolved()).isEmpty();
  }

  /** Decision ০৯ of the tester's DCC table: the RDC is asked about, the chair is not added. */
  @Test
  void theRevenueDeputyCollectorAndTheUnionsOfTwoUpazilas() {
    Resolution resolution = DIRECTORY.resolve(List.of(
        "রেভিনিউ ডেপুটি কালেক্টর, জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ", "কালীগঞ্জ ও শৈলকুপা উপজেলার সকল ইউনিয়ন পরিষদ"));

    assertThat(ids(resolution)).containsExactlyElementsOf(memberIdsIn("set-up-secretaries", "kaliganj", "shailkupa"));
    assertThat(resolution.lead()).isNull();
    assertThat(resolution.unresolved()).containsExactly("রেভিনিউ ডেপুটি কালেক্টর, জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ");
  }

  /** An upazila's name written together with another word is that other name's: "কোটচাঁদপুর পৌরসভা". */
  @Test
  void anUpazilasNameThatBeginsAnotherName_isNotListed() {
    Resolution resolution = DIRECTORY.resolve("উপজেলা নির্বাহী অফিসার, মহেশপুর ও কোটচাঁদপুর পৌরসভা");

    assertThat(ids(resolution)).containsExactly("uno-maheshpur");
    assertThat(resolution.unresolved()).containsExactly("কোটচাঁদপুর পৌরসভা");
  }

  /** The listed upazila's post must be in the directory; a set needs members there. */
  @Test
  void aPostTheDirectoryDoesNotHaveInTheOtherUpazila_isAskedAbout() {
    Resolution resolution = DIRECTORY.resolve("বারবাজার ইউনিয়ন পরিষদ, কালীগঞ্জ ও মহেশপুর");

    assertThat(ids(resolution)).containsExactly("up-kaliganj-barobazar");
    assertThat(resolution.unresolved()).containsExactly("মহেশপুর");
  }

  @Test
  void aSetWithoutMembersInTheUpazilasNamed_isAskedAboutWhole() {
    Resolution resolution = DIRECTORY.resolve("সকল দপ্তর প্রধান, কালীগঞ্জ ও শৈলকুপা");

    assertThat(resolution.offices()).isEmpty();
    assertThat(resolution.unresolved()).containsExactly("সকল দপ্তর প্রধান, কালীগঞ্জ ও শৈলকুপা");
  }

  /** After a ';' another implementer begins: the upazila's name there is not the UNO's. */
  @Test
  void anUpazilaAfterASemicolon_isNotListed() {
    Resolution resolution = DIRECTORY.resolve("উপজেলা নির্বাহী অফিসার, মহেশপুর; কোটচাঁদপুর");

    assertThat(ids(resolution)).containsExactly("uno-maheshpur");
    assertThat(resolution.unresolved()).containsExactly("কোটচাঁদপুর");
  }
}
