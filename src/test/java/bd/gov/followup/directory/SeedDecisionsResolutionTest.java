package bd.gov.followup.directory;

import static bd.gov.followup.directory.JhenaidahDirectory.DIRECTORY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The implementers (বাস্তবায়নকারী) of the seed minutes' decisions, jhenaidah-web-portal-committee-2023-11. */
class SeedDecisionsResolutionTest {

  private static List<String> ids(Resolution resolution) {
    return resolution.offices().stream().map(Office::id).toList();
  }

  private static List<String> memberIds(String setId) {
    return DIRECTORY.members(setId).stream().map(Office::id).toList();
  }

  @Test
  void decision01NamesThreeOfficesAndTheProgrammerLeads() {
    Resolution resolution = DIRECTORY.resolve(
        "প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, ঝিনাইদহ; সহকারী কমিশনার (আইসিটি); ও সহকারী কমিশনার, শিক্ষা");

    assertThat(ids(resolution)).containsExactly("programmer-ict", "ac-ict", "ac-education");
    assertThat(resolution.lead().id()).isEqualTo("programmer-ict");
    assertThat(resolution.unresolved()).isEmpty();
    assertThat(resolution.complete()).isTrue();
  }

  @Test
  void decision02NamesEveryOfficeHeadAndTheProgrammer() {
    Resolution resolution = DIRECTORY.resolve(
        "দপ্তর প্রধান (সকল) ঝিনাইদহ ও প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, ঝিনাইদহ।");

    List<String> expected = new ArrayList<>(memberIds("set-office-heads"));
    expected.add("programmer-ict");
    assertThat(ids(resolution)).containsExactlyElementsOf(expected);
    assertThat(resolution.lead().id()).as("the first office named on its own, not a member of the set")
        .isEqualTo("programmer-ict");
    assertThat(resolution.unresolved()).isEmpty();
  }

  @Test
  void decision03NamesEveryUnoAndEveryAssistantProgrammerWithoutLead() {
    Resolution resolution = DIRECTORY.resolve(
        "উপজেলা নির্বাহী অফিসার (সকল), ঝিনাইদহ ও সহকারী প্রোগ্রামার (সকল), ঝিনাইদহ");

    assertThat(ids(resolution)).containsExactly(
        "uno-sadar", "uno-kaliganj", "uno-kotchandpur", "uno-maheshpur", "uno-shailkupa", "uno-harinakunda",
        "ap-sadar", "ap-kaliganj", "ap-kotchandpur", "ap-maheshpur", "ap-shailkupa", "ap-harinakunda");
    assertThat(resolution.lead()).isNull();
    assertThat(resolution.unresolved()).isEmpty();
  }

  @Test
  void decision04NamesEveryOfficeHeadWithoutLead() {
    Resolution resolution = DIRECTORY.resolve("সকল দপ্তর প্রধান, ঝিনাইদহ।");

    assertThat(ids(resolution)).containsExactlyElementsOf(memberIds("set-office-heads"));
    assertThat(resolution.lead()).isNull();
    assertThat(resolution.unresolved()).isEmpty();
  }

  @Test
  void decision05NamesTheProgrammer() {
    Resolution resolution = DIRECTORY.resolve("প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, ঝিনাইদহ");

    assertThat(ids(resolution)).containsExactly("programmer-ict");
    assertThat(resolution.lead().id()).isEqualTo("programmer-ict");
    assertThat(resolution.unresolved()).isEmpty();
  }

  @Test
  void theDecisionTextOfDecision01IsNotAnOffice() {
    Resolution resolution = DIRECTORY.resolve("সংশ্লিষ্ট সরকারি দপ্তরসমূহ");

    assertThat(resolution.offices()).isEmpty();
    assertThat(resolution.lead()).isNull();
    assertThat(resolution.unresolved()).containsExactly("সংশ্লিষ্ট সরকারি দপ্তরসমূহ");
    assertThat(resolution.complete()).isFalse();
  }
}
