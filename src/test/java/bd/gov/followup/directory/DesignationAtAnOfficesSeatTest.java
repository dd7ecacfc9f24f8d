package bd.gov.followup.directory;

import static bd.gov.followup.directory.JhenaidahDirectory.DIRECTORY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "<designation>, <an office's seat>": DC-office minutes write the NDC, the RDC and most AC posts this way; the
 * seat (জেলা প্রশাসকের কার্যালয়, সিভিল সার্জনের কার্যালয়, …) says where the officer sits, not that its head
 * implements too.
 */
class DesignationAtAnOfficesSeatTest {

  private static List<String> ids(Resolution resolution) {
    return resolution.offices().stream().map(Office::id).toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "রেভিনিউ ডেপুটি কালেক্টর, জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ",
      "নেজারত ডেপুটি কালেক্টর, জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ।",
      "জেলা ত্রাণ ও পুনর্বাসন কর্মকর্তা, জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ",
      "সহকারী কমিশনার (আইসিটি)/ (শিক্ষা), জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ",
      "মেডিকেল অফিসার, সিভিল সার্জনের কার্যালয়, ঝিনাইদহ",
      "অতিরিক্ত পুলিশ সুপার, পুলিশ সুপারের কার্যালয়, ঝিনাইদহ",
      "উচ্চমান সহকারী, আইসিটি শাখা, জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ",
      "রেভিনিউ ডেপুটি কালেক্টর, জেলা প্রশাসক এর কার্যালয়, ঝিনাইদহ"})
  void anUnknownDesignationAtAnOfficesSeat_isAskedAboutWhole_notTheOfficesHead(String phrase) {
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(resolution.offices()).as("the head of the office the officer sits in").isEmpty();
    assertThat(resolution.lead()).isNull();
    assertThat(resolution.unresolved()).containsExactly(phrase);
  }

  /** Decision ০৯ of the tester's DCC table: the chair was the lead. */
  @Test
  void theRevenueDeputyCollector_doesNotMakeTheChairTheLead() {
    Resolution resolution = DIRECTORY.resolve(List.of(
        "নির্বাহী প্রকৌশলী, গণপূর্ত বিভাগ, ঝিনাইদহ", "নেজারত ডেপুটি কালেক্টর, জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ"));

    assertThat(ids(resolution)).containsExactly("head-pwd");
    assertThat(resolution.lead().id()).isEqualTo("head-pwd");
    assertThat(resolution.unresolved())
        .containsExactly("নেজারত ডেপুটি কালেক্টর, জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ");
  }

  @Test
  void aKnownOfficeAtItsOwnSeat_isThatOfficeAlone() {
    Resolution resolution = DIRECTORY.resolve("সহকারী কমিশনার, আইসিটি শাখা, জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ");

    assertThat(ids(resolution)).containsExactly("ac-ict");
    assertThat(resolution.unresolved()).isEmpty();
  }

  /** Either a list of two or a seat the officer does not have: the seat is not read as the DC. */
  @Test
  void aKnownOfficeAtAnotherOfficesSeat_leavesTheSeatToTheSecretary() {
    Resolution resolution = DIRECTORY.resolve("জেলা শিক্ষা অফিসার, জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ");

    assertThat(ids(resolution)).containsExactly("head-secondary-education");
    assertThat(resolution.unresolved()).containsExactly("জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ", "জেলা প্রশাসক, ঝিনাইদহ", "জেলা প্রশাসকের কার্যালয়",
      "জেলা প্রশাসক এর কার্যালয়, ঝিনাইদহ"})
  void theSeatOnItsOwn_isStillItsOffice(String phrase) {
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(ids(resolution)).containsExactly("dc");
    assertThat(resolution.unresolved()).isEmpty();
  }

  /** «ও» lists implementers: the seat after it is an implementer of its own. */
  @Test
  void aSeatAfterAConnector_isAnImplementerOfItsOwn() {
    Resolution resolution = DIRECTORY.resolve("জেলা ক্রীড়া অফিসার ও জেলা প্রশাসকের কার্যালয়");

    assertThat(ids(resolution)).containsExactly("dc");
    assertThat(resolution.unresolved()).containsExactly("জেলা ক্রীড়া অফিসার");
  }

  /** A phrase that begins with a post names that post, though it ends with a directorate: no seat. */
  @Test
  void aPostWithItsDirectorate_afterAPersonsName_isStillThePost() {
    Resolution resolution = DIRECTORY.resolve("জনাব মোঃ আব্দুল করিম, প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর");

    assertThat(ids(resolution)).containsExactly("programmer-ict");
    assertThat(resolution.unresolved()).containsExactly("জনাব মোঃ আব্দুল করিম");
  }
}
