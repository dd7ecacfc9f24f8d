package bd.gov.followup.directory;

import static bd.gov.followup.directory.JhenaidahDirectory.DIRECTORY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the rest of the application relies on in the Jhenaidah directory file. */
class JhenaidahDirectoryDataTest {

  private static Office office(String id) {
    return DIRECTORY.office(id).orElseThrow(() -> new AssertionError("no office " + id));
  }

  private static List<String> ids(List<Office> offices) {
    return offices.stream().map(Office::id).toList();
  }

  @Test
  void isTheDistrictOfJhenaidah() {
    assertThat(DIRECTORY.id()).isEqualTo("jhenaidah");
    assertThat(DIRECTORY.nameBn()).isEqualTo("ঝিনাইদহ");
  }

  @Test
  void hasTheSixUpazilas() {
    assertThat(DIRECTORY.upazilas()).extracting(Upazila::slug)
        .containsExactly("sadar", "kaliganj", "kotchandpur", "maheshpur", "shailkupa", "harinakunda");
    assertThat(DIRECTORY.upazila("harinakunda")).get().extracting(Upazila::nameBn).isEqualTo("হরিণাকুণ্ডু");
    assertThat(DIRECTORY.upazila("sadar")).get().extracting(Upazila::nameBn).isEqualTo("ঝিনাইদহ সদর");
  }

  @Test
  void theCommitteesChairAndSecretary() {
    assertThat(DIRECTORY.chair().id()).isEqualTo("adc-edu-ict");
    assertThat(DIRECTORY.chair().nameBn()).startsWith("অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি)");
    assertThat(DIRECTORY.chair().email()).isEqualTo("adceduictjhenaidah@mopa.gov.bd");
    assertThat(DIRECTORY.secretary().id()).isEqualTo("programmer-ict");
    assertThat(DIRECTORY.secretary().phrases())
        .contains("প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর", "প্রোগ্রামার, আইসিটি অধিদপ্তর");
  }

  @Test
  void theDistrictAdministrationsOffices() {
    for (String id : List.of("dc", "adc-general", "adc-edu-ict", "ac-ict", "ac-education", "programmer-ict")) {
      assertThat(office(id).level()).as(id).isEqualTo(OfficeLevel.DISTRICT);
      assertThat(office(id).upazila()).as(id).isNull();
    }
    assertThat(office("dc").email()).isEqualTo("dcjhenaidah@mopa.gov.bd");
  }

  @Test
  void everyUpazilaHasItsUnoAndAssistantProgrammer() {
    for (Upazila upazila : DIRECTORY.upazilas()) {
      Office uno = office("uno-" + upazila.slug());
      Office ap = office("ap-" + upazila.slug());
      assertThat(uno.nameBn()).isEqualTo("উপজেলা নির্বাহী অফিসার, " + upazila.nameBn());
      assertThat(ap.nameBn()).startsWith("সহকারী প্রোগ্রামার, আইসিটি অধিদপ্তর, উপজেলা কার্যালয়, ");
      assertThat(List.of(uno, ap)).allSatisfy(o -> {
        assertThat(o.level()).isEqualTo(OfficeLevel.UPAZILA);
        assertThat(o.upazila()).isEqualTo(upazila.slug());
      });
    }
    assertThat(ids(DIRECTORY.members("set-unos"))).hasSize(6).allMatch(id -> id.startsWith("uno-"));
    assertThat(ids(DIRECTORY.members("set-aps"))).hasSize(6).allMatch(id -> id.startsWith("ap-"));
  }

  @Test
  void the67UnionParishadsByUpazila() {
    List<Office> unions = DIRECTORY.members("set-up-secretaries");

    assertThat(unions).hasSize(67).allSatisfy(union -> {
      assertThat(union.level()).isEqualTo(OfficeLevel.UNION);
      assertThat(union.id()).startsWith("up-" + union.upazila() + "-");
    });
    Map<String, Long> perUpazila =
        unions.stream().collect(Collectors.groupingBy(Office::upazila, Collectors.counting()));
    assertThat(perUpazila).containsExactlyInAnyOrderEntriesOf(Map.of(
        "sadar", 17L, "kaliganj", 11L, "kotchandpur", 5L, "maheshpur", 12L, "shailkupa", 14L, "harinakunda", 8L));
    assertThat(DIRECTORY.offices()).filteredOn(o -> o.level() == OfficeLevel.UNION).hasSize(67);
  }

  @Test
  void theDistrictOfficeHeads() {
    List<Office> heads = DIRECTORY.members("set-office-heads");

    assertThat(heads).hasSizeBetween(15, 25).allSatisfy(head -> {
      assertThat(head.id()).startsWith("head-");
      assertThat(head.level()).isEqualTo(OfficeLevel.DISTRICT);
    });
    assertThat(ids(heads)).contains("head-ddlg", "head-statistics", "head-civil-surgeon", "head-secondary-education",
        "head-primary-education", "head-agriculture", "head-lged", "head-pwd", "head-dphe", "head-social-services",
        "head-women-affairs", "head-youth", "head-fisheries", "head-livestock", "head-information", "head-election",
        "head-food", "head-cooperatives");
    assertThat(DIRECTORY.offices()).filteredOn(o -> o.id().startsWith("head-")).containsExactlyElementsOf(heads);
  }

  @Test
  void theFourSets() {
    assertThat(DIRECTORY.sets()).extracting(OfficeSet::id)
        .containsExactly("set-office-heads", "set-unos", "set-aps", "set-up-secretaries");
    Map<String, OfficeSet> sets =
        DIRECTORY.sets().stream().collect(Collectors.toMap(OfficeSet::id, Function.identity()));
    assertThat(sets.get("set-office-heads").phrases())
        .contains("সকল দপ্তর প্রধান", "দপ্তর প্রধান (সকল)", "জেলা পর্যায়ের সকল দপ্তর");
    assertThat(sets.get("set-up-secretaries").phrases()).contains("ইউনিয়ন পরিষদের সচিবগণ");
  }

  @Test
  void demoUsersForTheCommitteeTheUpazilasAndSomeOfficeHeads() {
    List<DemoUser> demoUsers = DIRECTORY.demoUsers();

    // the committee's secretary and chair log in as "programmer" and "adc"; everyone else as their office id
    assertThat(demoUsers).filteredOn(user -> !user.office().id().equals("programmer-ict") && !user.office().id().equals("adc-edu-ict"))
        .allSatisfy(user -> assertThat(user.userId()).isEqualTo(user.office().id()));
    List<String> userIds = demoUsers.stream().map(DemoUser::userId).toList();
    assertThat(userIds).contains("adc", "programmer", "ac-ict", "ac-education");
    assertThat(userIds).filteredOn(id -> id.startsWith("uno-")).hasSize(6);
    assertThat(userIds).filteredOn(id -> id.startsWith("ap-")).hasSize(6);
    assertThat(userIds).filteredOn(id -> id.startsWith("head-")).hasSizeBetween(3, 4);
    assertThat(userIds).noneMatch(id -> id.startsWith("up-"));
  }

  @Test
  void onlyDocumentedEmailAddressesAreFilledIn() {
    assertThat(DIRECTORY.offices()).filteredOn(o -> o.email() != null).extracting(Office::id)
        .containsExactlyInAnyOrder("dc", "adc-edu-ict");
    assertThat(DIRECTORY.officesWithoutEmail()).hasSize(DIRECTORY.offices().size() - 2)
        .extracting(Office::id).contains("programmer-ict", "uno-kaliganj", "up-sadar-sadhuhati");
  }

  @Test
  void theUnoOfAnOfficeIsTheUnoOfItsUpazila() {
    assertThat(DIRECTORY.unoOf(office("up-kaliganj-barobazar"))).get().extracting(Office::id)
        .isEqualTo("uno-kaliganj");
    assertThat(DIRECTORY.unoOf(office("ap-shailkupa"))).get().extracting(Office::id).isEqualTo("uno-shailkupa");
    assertThat(DIRECTORY.unoOf(office("uno-maheshpur"))).get().extracting(Office::id).isEqualTo("uno-maheshpur");
    assertThat(DIRECTORY.unoOf(office("head-lged"))).isEmpty();
    assertThat(DIRECTORY.unoOf(office("adc-edu-ict"))).isEmpty();
  }

  @Test
  void everyUnionOfficeHasAUnoForEscalation() {
    assertThat(DIRECTORY.offices()).filteredOn(o -> o.level() != OfficeLevel.DISTRICT)
        .allSatisfy(o -> assertThat(DIRECTORY.unoOf(o)).as(o.id()).isPresent());
  }
}
