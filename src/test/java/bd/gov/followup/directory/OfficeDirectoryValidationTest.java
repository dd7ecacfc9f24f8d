package bd.gov.followup.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A hand-edited directory file with a mistake stops loading, with a message that names the office and field. */
class OfficeDirectoryValidationTest {

  /** A small valid district: one upazila with its UNO and one union, one district office, one set. */
  private static final String VALID = """
      id: testdistrict
      nameBn: টেস্ট
      roles: {secretary: programmer-ict, chair: adc-edu-ict}
      upazilas:
        - {slug: alpha, nameBn: আলফা}
      sets:
        - {id: set-unos, nameBn: উপজেলা নির্বাহী অফিসার (সকল)}
      offices:
        - {id: adc-edu-ict, nameBn: অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি), level: DISTRICT, demoUser: adc-edu-ict}
        - {id: programmer-ict, nameBn: প্রোগ্রামার, level: DISTRICT, email: p@example.gov.bd}
        - {id: uno-alpha, nameBn: উপজেলা নির্বাহী অফিসার আলফা, level: UPAZILA, upazila: alpha, sets: [set-unos]}
        - {id: up-alpha-beta, nameBn: বেটা ইউনিয়ন পরিষদ, level: UNION, upazila: alpha}
      """;

  private static OfficeDirectory load(String yaml) {
    return OfficeDirectory.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertInvalid(String yaml, String... messageParts) {
    assertThatThrownBy(() -> load(yaml)).isInstanceOf(InvalidDirectoryException.class)
        .hasMessageContainingAll(messageParts);
  }

  @Test
  void theSmallDistrictIsValid() {
    OfficeDirectory directory = load(VALID);

    assertThat(directory.offices()).hasSize(4);
    assertThat(directory.secretary().email()).isEqualTo("p@example.gov.bd");
    assertThat(directory.chair().email()).as("absent email").isNull();
    assertThat(directory.members("set-unos")).extracting(Office::id).containsExactly("uno-alpha");
    assertThat(directory.unoOf(directory.office("up-alpha-beta").orElseThrow())).get().extracting(Office::id)
        .isEqualTo("uno-alpha");
    assertThat(directory.demoUsers()).extracting(DemoUser::userId).containsExactly("adc-edu-ict");
  }

  /** The district's other committees: each by its name as minutes write it, with its own secretary and chair. */
  private static final String WITH_COMMITTEE = VALID.replace("roles: {secretary: programmer-ict, chair: adc-edu-ict}\n",
      """
      roles: {committee: জেলা ওয়েব পোর্টাল হালনাগাদ কমিটি, secretary: programmer-ict, chair: adc-edu-ict}
      committees:
        - {name: জেলা উন্নয়ন সমন্বয় কমিটি, secretary: uno-alpha, chair: adc-edu-ict}
      """);

  @Test
  void aCommitteeIsFoundByItsNameHoweverWritten_anyOtherHasTheFirstCommitteesRoles() {
    OfficeDirectory directory = load(WITH_COMMITTEE);
    assertThat(WITH_COMMITTEE).contains("committees:");
    CommitteeRoles development = directory.rolesFor("জেলা  উন্নয়ন সমন্বয় সংক্রান্ত কমিটি।");
    assertThat(development.listed()).isTrue();
    assertThat(development.secretary().id()).isEqualTo("uno-alpha");
    assertThat(development.chair().id()).isEqualTo("adc-edu-ict");
    CommitteeRoles first = directory.rolesFor("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি");
    assertThat(first.listed()).isTrue();
    assertThat(first.secretary().id()).isEqualTo("programmer-ict");
    CommitteeRoles other = directory.rolesFor("জেলা আইসিটি টাস্কফোর্স কমিটি");
    assertThat(other.listed()).isFalse();
    assertThat(other.secretary().id()).isEqualTo("programmer-ict");
    assertThat(other.chair().id()).isEqualTo("adc-edu-ict");
    assertThat(directory.rolesFor(null).secretary().id()).isEqualTo("programmer-ict");
    assertThat(directory.committeeRoleGroups()).containsExactly("programmer-ict", "adc-edu-ict", "uno-alpha");
    assertThat(directory.secretaryGroups()).containsExactly("programmer-ict", "uno-alpha");
    assertThat(directory.listsCommittees()).isTrue();
    assertThat(load(VALID).listsCommittees()).isFalse();
  }

  /** The ways minutes name one committee: the district's name, «ও», «পর্যায়ের», «জেলার», «কমিটির»; a typo by name. */
  @Test
  void aCommittee_isFoundUnderTheWaysMinutesWriteIt_andUnderItsOtherNames() {
    OfficeDirectory directory = load(WITH_COMMITTEE.replace("name: জেলা উন্নয়ন সমন্বয় কমিটি,",
        "name: জেলা উন্নয়ন সমন্বয় কমিটি, otherNames: [জেলা উন্নয়ন সমম্বয় কমিটি],"));
    for (String written : java.util.List.of("টেস্ট জেলা উন্নয়ন সমন্বয় কমিটি", "জেলা উন্নয়ন ও সমন্বয় কমিটি",
        "জেলা পর্যায়ের উন্নয়ন সমন্বয় কমিটি", "টেস্ট জেলার উন্নয়ন সমন্বয় কমিটির", "জেলা উন্নয়ন সমম্বয় কমিটি",
        "জেলা উন্নয়ন সমন্বয় সংক্রান্ত কমিটি, টেস্ট", "জেলা উন্নয়ন সমন্বয়", "জেলা উন্নয়ন সমন্বয় সভা")) {
      assertThat(directory.rolesFor(written).secretary().id()).as(written).isEqualTo("uno-alpha");
    }
    assertThat(directory.rolesFor("টেস্ট জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি").listed()).isTrue();
    assertThat(directory.rolesFor("জেলা উন্নয়ন কমিটি").listed()).as("another committee").isFalse();
    assertThat(directory.committees()).hasSize(2);
  }

  @Test
  void theMemberSecretaryByRole_isTheMeetingsCommittees() {
    OfficeDirectory directory = load(WITH_COMMITTEE);
    assertThat(directory.resolve(java.util.List.of("সদস্য সচিব")).lead().id()).as("the first committee's")
        .isEqualTo("programmer-ict");
    Office uno = directory.office("uno-alpha").orElseThrow();
    assertThat(directory.resolve(java.util.List.of("সদস্য-সচিব ও প্রোগ্রামার"), uno).offices())
        .extracting(Office::id).containsExactly("uno-alpha", "programmer-ict");
  }

  @Test
  void aCommitteeWithAnUnknownOffice_orWithoutName_orListedTwice() {
    assertInvalid(WITH_COMMITTEE.replace("uno-alpha, chair: adc-edu-ict}", "uno-alpha, chair: dc}"),
        "committees[0] ('জেলা উন্নয়ন সমন্বয় কমিটি')", "field 'chair'", "unknown office 'dc'");
    assertInvalid(WITH_COMMITTEE.replace("name: জেলা উন্নয়ন সমন্বয় কমিটি, ", ""), "committees[0]",
        "field 'name' is missing");
    assertInvalid(WITH_COMMITTEE.replace("committees:\n", """
        committees:
          - {name: জেলা উন্নয়ন সমন্বয় সংক্রান্ত কমিটি, secretary: programmer-ict, chair: adc-edu-ict}
        """), "committees[1]", "listed already");
    assertInvalid(WITH_COMMITTEE.replace("name: জেলা উন্নয়ন সমন্বয় কমিটি", "name: জেলা ওয়েব পোর্টাল হালনাগাদ কমিটি"),
        "committees[0]", "listed already");
    assertInvalid(WITH_COMMITTEE.replace("name: জেলা উন্নয়ন সমন্বয় কমিটি,",
        "name: জেলা উন্নয়ন সমন্বয় কমিটি, otherNames: [টেস্ট জেলার উন্নয়ন ও সমন্বয় কমিটি],"), "committees[0]",
        "'টেস্ট জেলার উন্নয়ন ও সমন্বয় কমিটি' names a committee listed already");
    assertInvalid(WITH_COMMITTEE.replace("committee: জেলা ওয়েব পোর্টাল হালনাগাদ কমিটি, ", ""), "roles",
        "field 'committee' is missing");
  }

  @Test
  void anUnknownSetIdIsAnError() {
    assertThatThrownBy(() -> load(VALID).members("set-nobody")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("set-nobody");
    assertThat(load(VALID).set("set-nobody")).isEmpty();
  }

  @Test
  void duplicateOfficeIds() {
    assertInvalid(VALID + "  - {id: uno-alpha, nameBn: আবার, level: UPAZILA, upazila: alpha}\n",
        "office 'uno-alpha'", "'id'", "twice");
  }

  @Test
  void anOfficeIdEqualToASetId() {
    assertInvalid(VALID + "  - {id: set-unos, nameBn: কেউ, level: DISTRICT}\n", "office 'set-unos'", "'id'");
  }

  @Test
  void anUnknownSet() {
    assertInvalid(VALID.replace("sets: [set-unos]}", "sets: [set-unos, set-uno]}"),
        "office 'uno-alpha'", "field 'sets'", "set-uno'");
  }

  @Test
  void anUnknownUpazila() {
    assertInvalid(VALID.replace("level: UNION, upazila: alpha", "level: UNION, upazila: alfa"),
        "office 'up-alpha-beta'", "field 'upazila'", "'alfa'");
  }

  @Test
  void anUpazilaOfficeWithoutUpazila() {
    assertInvalid(VALID.replace("level: UNION, upazila: alpha", "level: UNION"),
        "office 'up-alpha-beta'", "field 'upazila'", "missing");
  }

  @Test
  void aDistrictOfficeWithAnUpazila() {
    assertInvalid(
        VALID.replace("nameBn: প্রোগ্রামার, level: DISTRICT", "nameBn: প্রোগ্রামার, level: DISTRICT, upazila: alpha"),
        "office 'programmer-ict'", "field 'upazila'");
  }

  @Test
  void anUpazilaWithoutUno() {
    String alpha = "  - {slug: alpha, nameBn: আলফা}";
    assertInvalid(VALID.replace(alpha, alpha + "\n  - {slug: gamma, nameBn: গামা}"), "upazila 'gamma'", "uno-gamma");
  }

  @Test
  void aMissingLevel() {
    assertInvalid(VALID.replace("nameBn: প্রোগ্রামার, level: DISTRICT,", "nameBn: প্রোগ্রামার,"),
        "office 'programmer-ict'", "field 'level'");
  }

  @Test
  void anIdThatCannotBeACamundaGroup() {
    assertInvalid(VALID.replace("id: programmer-ict, nameBn", "id: Programmer ICT, nameBn"),
        "office 'Programmer ICT'", "field 'id'");
  }

  @Test
  void anEmailThatIsNotOne() {
    assertInvalid(VALID.replace("email: p@example.gov.bd", "email: p.example.gov.bd"),
        "office 'programmer-ict'", "field 'email'");
  }

  @Test
  void aRoleNamingNoOffice() {
    assertInvalid(VALID.replace("secretary: programmer-ict", "secretary: programer-ict"),
        "field 'secretary'", "programer-ict");
  }

  @Test
  void aSetWithoutMembers() {
    assertInvalid(VALID.replace("upazila: alpha, sets: [set-unos]}", "upazila: alpha}"), "set 'set-unos'");
  }

  @Test
  void aPhraseThatNamesTwoOffices() {
    assertInvalid(VALID.replace("nameBn: বেটা ইউনিয়ন পরিষদ,", "nameBn: বেটা ইউনিয়ন পরিষদ, phrases: [প্রোগ্রামার],"),
        "office 'up-alpha-beta'", "field 'phrases'", "প্রোগ্রামার", "office 'programmer-ict'");
  }

  @Test
  void anEmptyPhrase() {
    assertInvalid(VALID.replace("nameBn: বেটা ইউনিয়ন পরিষদ,", "nameBn: বেটা ইউনিয়ন পরিষদ, phrases: [বেটা, ~],"),
        "office 'up-alpha-beta'", "field 'phrases'", "empty entry");
  }

  @Test
  void aPhraseThatIsOnlyTheDistrictsName() {
    assertInvalid(VALID.replace("nameBn: বেটা ইউনিয়ন পরিষদ,", "nameBn: বেটা ইউনিয়ন পরিষদ, phrases: [\"টেস্ট।\"],"),
        "office 'up-alpha-beta'", "field 'phrases'", "empty");
  }

  @Test
  void aDuplicateDemoUser() {
    assertInvalid(VALID.replace("level: DISTRICT, email:", "level: DISTRICT, demoUser: adc-edu-ict, email:"),
        "office 'programmer-ict'", "field 'demoUser'");
  }

  @Test
  void aMisspeltFieldIsNotIgnored() {
    assertInvalid(VALID.replace("email: p@example.gov.bd", "emial: p@example.gov.bd"), "offices[1].emial", "line 10");
  }

  @Test
  void anUnknownLevel() {
    assertInvalid(VALID.replace("level: UNION", "level: WARD"), "offices[3].level", "WARD");
  }

  @Test
  void notYamlAtAll() {
    assertInvalid("offices: [unclosed", "cannot be read");
    assertInvalid("", "cannot be read");
    assertInvalid("~\n", "empty");
  }
}
