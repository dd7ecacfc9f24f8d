package bd.gov.followup.directory;

import static bd.gov.followup.directory.JhenaidahDirectory.DIRECTORY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** How implementer phrases map to offices, beyond the seed minutes. */
class ResolutionRulesTest {

  private static List<String> ids(Resolution resolution) {
    return resolution.offices().stream().map(Office::id).toList();
  }

  private static List<String> memberIds(String setId) {
    return DIRECTORY.members(setId).stream().map(Office::id).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      উপজেলা নির্বাহী অফিসার, কালীগঞ্জ                   | uno-kaliganj
      উপজেলা নির্বাহী অফিসার, কালীগঞ্জ, ঝিনাইদহ।          | uno-kaliganj
      উপজেলা নির্বাহী অফিসার, কালীগঞ্জ উপজেলা             | uno-kaliganj
      উপজেলা নির্বাহী অফিসার, ঝিনাইদহ সদর                 | uno-sadar
      ইউএনও, কোটচাঁদপুর                                 | uno-kotchandpur
      সহকারী প্রোগ্রামার, আইসিটি অধিদপ্তর, উপজেলা কার্যালয়, মহেশপুর | ap-maheshpur
      সহকারী কমিশনার (ICT)                              | ac-ict
      সহকারী কমিশনার, শিক্ষা                             | ac-education
      জেলা প্রশাসক, ঝিনাইদহ মহোদয়                        | dc
      সচিব, বারবাজার ইউনিয়ন পরিষদ                        | up-kaliganj-barobazar
      সাধুহাটী ইউনিয়ন পরিষদ, ঝিনাইদহ সদর                  | up-sadar-sadhuhati
      সিভিল সার্জন, ঝিনাইদহ                              | head-civil-surgeon
      উপ-পরিচালক, যুব উন্নয়ন অধিদপ্তর, ঝিনাইদহ             | head-youth
      বারবাজার ইউনিয়ন পরিষদ, কালীগঞ্জ                     | up-kaliganj-barobazar
      বারবাজার ইউনিয়ন পরিষদ, কালীগঞ্জ উপজেলা              | up-kaliganj-barobazar
      কালীগঞ্জ উপজেলার বারবাজার ইউনিয়ন পরিষদ               | up-kaliganj-barobazar
      চেয়ারম্যান, বারবাজার ইউনিয়ন পরিষদ, কালীগঞ্জ           | up-kaliganj-barobazar
      ইউনিয়ন পরিষদ সচিব, বারবাজার, কালীগঞ্জ উপজেলা          | up-kaliganj-barobazar
      সহকারী প্রোগ্রামার, মহেশপুর, ঝিনাইদহ                  | ap-maheshpur
      সদস্য সচিব                                        | programmer-ict
      সদস্য-সচিব                                        | programmer-ict
      সদস্যসচিব                                         | programmer-ict
      """)
  void anOfficeNamedOnItsOwnLeads(String phrase, String officeId) {
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(ids(resolution)).containsExactly(officeId);
    assertThat(resolution.lead().id()).isEqualTo(officeId);
    assertThat(resolution.unresolved()).isEmpty();
  }

  /** What is left after a set starts at the unknown office, not at the district's name and the "ও" before it. */
  @Test
  void anUnknownOfficeAfterASet_isAskedAboutWithoutTheDistrictBeforeIt() {
    Resolution resolution = DIRECTORY.resolve("সকল দপ্তর প্রধান, ঝিনাইদহ ও পরিচালক, শিল্পকলা একাডেমি, ঝিনাইদহ");

    assertThat(ids(resolution)).containsAll(memberIds("set-office-heads"));
    assertThat(resolution.unresolved()).containsExactly("পরিচালক, শিল্পকলা একাডেমি, ঝিনাইদহ");
  }

  /** The upazila named twice: once for the UNO, once for the set of its unions. */
  @Test
  void anOfficesUpazilaAndTheNextSetsUpazila_eachKeepTheirOwn() {
    Resolution resolution = DIRECTORY.resolve("উপজেলা নির্বাহী অফিসার, কালীগঞ্জ, কালীগঞ্জ উপজেলার সকল ইউনিয়ন পরিষদ");

    assertThat(ids(resolution)).contains("uno-kaliganj", "up-kaliganj-barobazar").hasSize(12)
        .allMatch(id -> id.equals("uno-kaliganj") || id.startsWith("up-kaliganj-"));
    assertThat(resolution.unresolved()).isEmpty();
  }

  /** A place name that begins an unknown institution's name is part of it. */
  @ParameterizedTest
  @ValueSource(strings = {"ঝিনাইদহ পৌরসভা", "ঝিনাইদহ জেলা পরিষদ"})
  void anUnknownInstitutionNamedAfterThePlace_isAskedAboutWhole(String phrase) {
    assertThat(DIRECTORY.resolve(phrase).unresolved()).containsExactly(phrase);
  }

  /** An upazila beside an office that is not there is not read as where the office is: the secretary is asked. */
  @Test
  void anotherUpazilasNameBesideAnOffice_isLeftToTheSecretary() {
    Resolution resolution = DIRECTORY.resolve("বারবাজার ইউনিয়ন পরিষদ, মহেশপুর");

    assertThat(ids(resolution)).containsExactly("up-kaliganj-barobazar");
    assertThat(resolution.unresolved()).containsExactly("মহেশপুর");
  }

  /** The upazila written before a set is the set's, whatever office comes before it. */
  @Test
  void anUpazilaBeforeASet_limitsTheSet_besideAnOfficeOfThatUpazila() {
    Resolution resolution = DIRECTORY.resolve("বারবাজার ইউনিয়ন পরিষদ ও কালীগঞ্জ উপজেলার সকল ইউনিয়ন পরিষদ");

    assertThat(ids(resolution)).contains("up-kaliganj-barobazar")
        .allMatch(id -> id.startsWith("up-kaliganj-")).hasSize(11);
    assertThat(resolution.unresolved()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      উপজেলা নির্বাহী অফিসার, কালিগঞ্জ               | uno-kaliganj
      উপজেলা নির্বাহী অফিসার, হরিনাকুন্ডু             | uno-harinakunda
      সচিব, কুমড়াবাড়িয়া ইউনিয়ন পরিষদ               | up-sadar-kumrabaria
      এসবিকে ইউপি                                   | up-maheshpur-sbk
      এস.বি.কে ইউনিয়ন পরিষদ                         | up-maheshpur-sbk
      সুন্দরপুর-দূর্গাপুর ইউনিয়ন পরিষদ                | up-kaliganj-sundarpur-durgapur
      সহকারি প্রোগ্রামার, শৈলকূপা                     | ap-shailkupa
      উপপরিচালক, স্থানীয় সরকার                       | head-ddlg
      উপ পরিচালক, স্থানীয় সরকার                      | head-ddlg
      """)
  void variantSpellingsNameTheSameOffice(String phrase, String officeId) {
    assertThat(ids(DIRECTORY.resolve(phrase))).containsExactly(officeId);
  }

  @Test
  void composedAndDecomposedBengaliLettersAreTheSame() {
    String precomposed = "\u09DF"; // য়
    String decomposed = "\u09AF\u09BC"; // য + nukta

    assertThat(ids(DIRECTORY.resolve("নি" + precomposed + "ামতপুর ইউনিয়ন পরিষদ")))
        .containsExactly("up-kaliganj-niamatpur");
    assertThat(ids(DIRECTORY.resolve("নি" + decomposed + "ামতপুর ইউনি" + decomposed + "ন পরিষদ")))
        .containsExactly("up-kaliganj-niamatpur");
    assertThat(ids(DIRECTORY.resolve("সহকারী\u200C প্রোগ্রামার, কালীগঞ্জ"))).containsExactly("ap-kaliganj");
  }

  @Test
  void bengaliAndAsciiListNumbersAreNotOffices() {
    assertThat(DIRECTORY.resolve("১। সিভিল সার্জন, ঝিনাইদহ").unresolved()).isEmpty();
    assertThat(DIRECTORY.resolve("1. সিভিল সার্জন, ঝিনাইদহ").unresolved()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "সকল সহকারী প্রোগ্রামার", "সহকারী প্রোগ্রামার সকল", "সহকারী প্রোগ্রামার(সকল)", "সহকারী প্রোগ্রামারগণ",
      "সহকারী প্রোগ্রামার, আইসিটি অধিদপ্তর, উপজেলা কার্যালয় (সকল)",
      "সকল সহকারী প্রোগ্রামার, আইসিটি অধিদপ্তর, উপজেলা কার্যালয়"})
  void everyFormOfAllMeansEveryMember(String phrase) {
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(ids(resolution)).containsExactlyElementsOf(memberIds("set-aps"));
    assertThat(resolution.lead()).isNull();
    assertThat(resolution.unresolved()).isEmpty();
  }

  @Test
  void theUnionParishadSecretariesAsTheSeedsDecisionTextNamesThem() {
    Resolution resolution = DIRECTORY.resolve("সহকারী প্রোগ্রামারগণ ও ইউনিয়ন পরিষদের সচিবগণ");

    List<String> expected = new ArrayList<>(memberIds("set-aps"));
    expected.addAll(memberIds("set-up-secretaries"));
    assertThat(ids(resolution)).containsExactlyElementsOf(expected).hasSize(73);
    assertThat(resolution.unresolved()).isEmpty();
  }

  @Test
  void connectorsInsideAnOfficesNameDoNotSplitIt() {
    Resolution resolution = DIRECTORY.resolve("নির্বাহী প্রকৌশলী, সড়ক ও জনপথ বিভাগ, ঝিনাইদহ এবং জেলা তথ্য অফিসার");

    assertThat(ids(resolution)).containsExactly("head-rhd", "head-information");
    assertThat(resolution.lead().id()).isEqualTo("head-rhd");
    assertThat(resolution.unresolved()).isEmpty();
  }

  @Test
  void officesAreListedOnceInTheOrderFirstNamed() {
    Resolution resolution = DIRECTORY.resolve(List.of(
        "উপজেলা নির্বাহী অফিসার (সকল)", "উপজেলা নির্বাহী অফিসার, মহেশপুর", "সহকারী কমিশনার (আইসিটি)"));

    List<String> expected = new ArrayList<>(memberIds("set-unos"));
    expected.add("ac-ict");
    assertThat(ids(resolution)).containsExactlyElementsOf(expected);
    assertThat(resolution.lead().id()).as("the first office named on its own, though already in a set")
        .isEqualTo("uno-maheshpur");
  }

  @Test
  void theLeadIsTheFirstOfficeNamedOnItsOwnAcrossPhrases() {
    Resolution resolution = DIRECTORY.resolve(List.of("সকল দপ্তর প্রধান", "সহকারী কমিশনার (শিক্ষা)", "ডিসি"));

    assertThat(resolution.lead().id()).isEqualTo("ac-education");
    assertThat(ids(resolution)).endsWith("ac-education", "dc");
  }

  @Test
  void anUnknownPhraseNamesNoOfficeAndIsReturnedAsWritten() {
    Resolution resolution = DIRECTORY.resolve("জেলা ক্রীড়া অফিসার, ঝিনাইদহ");

    assertThat(resolution.offices()).isEmpty();
    assertThat(resolution.lead()).isNull();
    assertThat(resolution.unresolved()).containsExactly("জেলা ক্রীড়া অফিসার, ঝিনাইদহ");
  }

  @Test
  void whatIsLeftBesideKnownOfficesIsReturnedAsWritten() {
    Resolution resolution = DIRECTORY.resolve("সংশ্লিষ্ট সরকারি দপ্তরসমূহ ও সহকারী কমিশনার (আইসিটি)");

    assertThat(ids(resolution)).containsExactly("ac-ict");
    assertThat(resolution.lead().id()).isEqualTo("ac-ict");
    assertThat(resolution.unresolved()).containsExactly("সংশ্লিষ্ট সরকারি দপ্তরসমূহ");
  }

  @Test
  void implementersSeparatedBySemicolonsStaySeparate() {
    Resolution resolution = DIRECTORY.resolve("জেলা ক্রীড়া অফিসার; জেলা কালচারাল অফিসার; ও জেলা তথ্য অফিসার");

    assertThat(ids(resolution)).containsExactly("head-information");
    assertThat(resolution.unresolved()).containsExactly("জেলা ক্রীড়া অফিসার", "জেলা কালচারাল অফিসার");
  }

  @Test
  void aKnownNameInsideALongerUnknownOneIsNotTakenForIt() {
    // only "জেলা প্রশাসক" (the DC) is known here; the additional DC without a portfolio is someone else
    Resolution resolution = DIRECTORY.resolve("অতিরিক্ত জেলা প্রশাসক, ঝিনাইদহ");

    assertThat(resolution.offices()).isEmpty();
    assertThat(resolution.unresolved()).containsExactly("অতিরিক্ত জেলা প্রশাসক, ঝিনাইদহ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      সিভিল সার্জন, ঝিনাইদহ জেলা                          | head-civil-surgeon
      সিভিল সার্জন ঝিনাইদহ জেলা                           | head-civil-surgeon
      জেলা প্রশাসক, ঝিনাইদহ জেলা                          | dc
      উপজেলা নির্বাহী অফিসার, ঝিনাইদহ সদর উপজেলা           | uno-sadar
      উপজেলা নির্বাহী অফিসার, সদর উপজেলা                  | uno-sadar
      সহকারী প্রোগ্রামার, কালিগঞ্জ উপজেলা                   | ap-kaliganj
      """)
  void aScopeWordAfterTheDistrictOrAnUpazilaOnlyQualifiesThatName(String phrase, String officeId) {
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(ids(resolution)).containsExactly(officeId);
    assertThat(resolution.unresolved()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "সকল দপ্তর প্রধান (জেলা ও উপজেলা)", "সকল দপ্তর প্রধান (জেলা ও উপজেলা), ঝিনাইদহ", "সকল দপ্তর প্রধান (উপজেলা)",
      "দপ্তর প্রধান (সকল) উপজেলা", "উপজেলা", "জেলা ও উপজেলা"})
  void aScopeWiderThanTheDirectoryKnowsGoesToTheSecretary(String phrase) {
    // the directory has no set of upazila office heads: reading this as the district's heads would drop the rest
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(resolution.offices()).isEmpty();
    assertThat(resolution.unresolved()).containsExactly(phrase);
  }

  @Test
  void aScopeWrittenApartFromTheSetStaysBesideIt() {
    Resolution resolution = DIRECTORY.resolve("সকল দপ্তর প্রধান, জেলা ও উপজেলা");

    assertThat(ids(resolution)).containsExactlyElementsOf(memberIds("set-office-heads"));
    assertThat(resolution.unresolved()).containsExactly("জেলা ও উপজেলা");
  }

  private static List<String> memberIdsIn(String setId, String upazila) {
    return DIRECTORY.members(setId).stream().filter(o -> upazila.equals(o.upazila())).map(Office::id).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ইউনিয়ন পরিষদের সচিব (সকল), কোটচাঁদপুর          | set-up-secretaries | kotchandpur
      ইউনিয়ন পরিষদ (সকল), ঝিনাইদহ সদর                | set-up-secretaries | sadar
      চেয়ারম্যান, ইউনিয়ন পরিষদ (সকল), কালীগঞ্জ        | set-up-secretaries | kaliganj
      ইউনিয়ন পরিষদের চেয়ারম্যানগণ, কালীগঞ্জ             | set-up-secretaries | kaliganj
      কালীগঞ্জ উপজেলার সকল ইউনিয়ন পরিষদ              | set-up-secretaries | kaliganj
      কালিগঞ্জ উপজেলার ইউনিয়ন পরিষদ (সকল)             | set-up-secretaries | kaliganj
      সদর উপজেলার সকল ইউনিয়ন পরিষদ                   | set-up-secretaries | sadar
      ইউনিয়ন পরিষদ (সকল), হরিনাকুন্ডু                 | set-up-secretaries | harinakunda
      ইউনিয়ন পরিষদ (সকল), হরিণাকুণ্ডু উপজেলা           | set-up-secretaries | harinakunda
      সকল ইউনিয়ন পরিষদ, মহেষপুর                      | set-up-secretaries | maheshpur
      শৈলকূপা উপজেলার সকল ইউনিয়ন পরিষদ                | set-up-secretaries | shailkupa
      ইউনিয়ন পরিষদ (সকল), কালীগঞ্জ, ঝিনাইদহ            | set-up-secretaries | kaliganj
      সহকারী প্রোগ্রামার (সকল), কালীগঞ্জ                | set-aps            | kaliganj
      উপজেলা নির্বাহী অফিসার (সকল), কোটচাদপুর          | set-unos           | kotchandpur
      """)
  void aSetWithAnUpazilasNameIsThatUpazilasMembers(String phrase, String setId, String upazila) {
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(ids(resolution)).isNotEmpty().containsExactlyElementsOf(memberIdsIn(setId, upazila));
    assertThat(resolution.lead()).isNull();
    assertThat(resolution.unresolved()).isEmpty();
  }

  @Test
  void theUnionsOfOneUpazilaAreOnlyThose() {
    assertThat(DIRECTORY.resolve("ইউনিয়ন পরিষদের সচিব (সকল), কোটচাঁদপুর").offices()).hasSize(5)
        .allSatisfy(o -> assertThat(o.id()).startsWith("up-kotchandpur-"));
    assertThat(DIRECTORY.resolve("চেয়ারম্যান, ইউনিয়ন পরিষদ (সকল), কালীগঞ্জ").offices()).hasSize(11)
        .allSatisfy(o -> assertThat(o.id()).startsWith("up-kaliganj-"));
  }

  @Test
  void anUpazilasSetBesideAnOfficeNamedOnItsOwn() {
    Resolution resolution = DIRECTORY.resolve("ইউনিয়ন পরিষদ (সকল), কালীগঞ্জ ও সহকারী কমিশনার (আইসিটি)");

    List<String> expected = new ArrayList<>(memberIdsIn("set-up-secretaries", "kaliganj"));
    expected.add("ac-ict");
    assertThat(ids(resolution)).containsExactlyElementsOf(expected);
    assertThat(resolution.lead().id()).isEqualTo("ac-ict");
    assertThat(resolution.unresolved()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"চেয়ারম্যান, ইউনিয়ন পরিষদ (সকল)", "সকল ইউনিয়ন পরিষদের চেয়ারম্যান"})
  void theChairmenOfAllUnionParishadsAreEveryUnionParishad(String phrase) {
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(ids(resolution)).containsExactlyElementsOf(memberIds("set-up-secretaries"));
    assertThat(resolution.unresolved()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ইউনিয়ন পরিষদ (সকল), ঝিনাইদহ", "সকল ইউনিয়ন পরিষদ, ঝিনাইদহ জেলা", "ইউনিয়ন পরিষদ (সকল)"})
  void aSetWithTheDistrictsNameIsTheWholeDistrict(String phrase) {
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(ids(resolution)).containsExactlyElementsOf(memberIds("set-up-secretaries")).hasSize(67);
    assertThat(resolution.unresolved()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"সকল দপ্তর প্রধান, কালীগঞ্জ", "কালীগঞ্জ উপজেলার সকল দপ্তর প্রধান"})
  void aSetWithNoMemberInTheUpazilaNamedGoesToTheSecretary(String phrase) {
    // the district's office heads have no upazila: neither all of them nor none is what the minutes mean
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(resolution.offices()).isEmpty();
    assertThat(resolution.unresolved()).containsExactly(phrase);
  }

  @Test
  void anUnqualifiedUnoIsNotGuessed() {
    Resolution resolution = DIRECTORY.resolve("উপজেলা নির্বাহী অফিসার");

    assertThat(resolution.offices()).isEmpty();
    assertThat(resolution.unresolved()).containsExactly("উপজেলা নির্বাহী অফিসার");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "ঝিনাইদহ।", "ও", "; ,"})
  void nothingToResolve(String phrase) {
    Resolution resolution = DIRECTORY.resolve(phrase);

    assertThat(resolution.offices()).isEmpty();
    assertThat(resolution.lead()).isNull();
    assertThat(resolution.unresolved()).isEmpty();
  }

  @Test
  void noPhrasesAtAll() {
    assertThat(DIRECTORY.resolve(List.of()).offices()).isEmpty();
    assertThat(DIRECTORY.resolve((List<String>) null).complete()).isTrue();
  }
}
