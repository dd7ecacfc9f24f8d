package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text reader against the seed minutes, field by field. */
class TextMinutesReaderTest {

  private static final String PROGRAMMER = "প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, ঝিনাইদহ";

  private final TextMinutesReader reader = new TextMinutesReader();

  @Test
  void readsTheMeetingHeader() {
    Meeting meeting = reader.read(SeedMinutes.text()).meeting();

    assertThat(meeting.committee()).isEqualTo("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি");
    assertThat(meeting.office()).isEqualTo("তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, জেলা কার্যালয়, ঝিনাইদহ");
    assertThat(meeting.chair())
        .isEqualTo(
            new Person(
                "মোঃ খালিদ হাসান",
                "অতিরিক্ত জেলা প্রশাসক(শিক্ষা ও আইসিটি), ঝিনাইদহ",
                "adceduictjhenaidah@mopa.gov.bd"));
    assertThat(meeting.date()).isEqualTo(LocalDate.of(2023, 11, 19));
    assertThat(meeting.time()).isEqualTo(LocalTime.NOON);
    assertThat(meeting.place()).isEqualTo("জেলা প্রশাসক, ঝিনাইদহ মহোদয়ের সম্মেলন কক্ষ");
  }

  @Test
  void readsTheMemoIssueDatesAndSignatories() {
    Meeting meeting = reader.read(SeedMinutes.text()).meeting();

    assertThat(meeting.memoNumber()).isEqualTo("৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯");
    assertThat(meeting.memoKey()).isEqualTo("56.04.4400.000.34.002.19.69");
    assertThat(meeting.issueDate()).isEqualTo(LocalDate.of(2023, 12, 6));
    assertThat(meeting.issueDateBangla()).isEqualTo("২১ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ");
    assertThat(BanglaDate.parse(meeting.issueDateBangla()).map(BanglaDate::toGregorian)).contains(meeting.issueDate());
    assertThat(meeting.signatories())
        .containsExactly(
            meeting.chair(), new Person("মোঃ তাহনিয়াতুল ইসলাম", "প্রোগ্রামার", null));
  }

  @Test
  void readsTheDistributionListWithoutItsNumbersAndListPunctuation() {
    Meeting meeting = reader.read(SeedMinutes.text()).meeting();

    assertThat(meeting.distribution())
        .extracting(Recipient::number, Recipient::text, Recipient::email)
        .containsExactly(
            tuple(1, "উপ পরিচালক, স্থানীয় সরকার, ঝিনাইদহ", null),
            tuple(2, "অতিরিক্ত জেলা প্রশাসক, (সার্বিক), ঝিনাইদহ", null),
            tuple(3, "উপজেলা নির্বাহী অফিসার(সকল), ঝিনাইদহ", null),
            tuple(4, "উপপরিচালক, জেলা পরিসংখ্যান কর্মকর্তার দপ্তর, জেলা পরিসংখ্যান অফিস, ঝিনাইদহ", null),
            tuple(5, "সহকারী প্রোগ্রামার, আইসিটি অধিদপ্তর, উপজেলা কার্যালয়(সকল), ঝিনাইদহ", null),
            tuple(6, "জনাব.....ঝিনাইদহ", null),
            tuple(7, "অফিস কপি", null));
  }

  @Test
  void readsFiveDecisionsWithTopicDiscussionAndText() {
    List<Decision> decisions = reader.read(SeedMinutes.text()).meeting().decisions();

    assertThat(decisions).extracting(Decision::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(decisions)
        .extracting(Decision::topic)
        .containsExactly(
            "জেলা প্রশাসন ঝিনাইদহের ওয়েব পোর্টাল হালনাগাদকরণ",
            "জেলা পর্যায়ের সরকারি দপ্তরসমূহের ওয়েব পোর্টাল হালনাগাদ",
            "উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ",
            "সিটিজেন চার্টার, অভিযোগ নিষ্পত্তি কর্মকর্তা ও তথ্য প্রদানকারী কর্মকর্তার তথ্য হালনাগাদ করণ",
            "সকল ওয়েব পোর্টাল হালনাগাদের জন্য সময়সীমা");
    assertThat(decisions)
        .extracting(Decision::discussion)
        .containsExactly(
            "সভায় জেলা পর্যায়ের সকল সরকারি দপ্তরের ওয়েব পোর্টাল হালনাগাদের বিষয়ে বিস্তারিত আলোচনা হয়। জেলার সকল দপ্তরের"
                + " ওয়েব পোর্টালের মধ্যে জেলা প্রশাসনের ওয়েব পোর্টাল সবচেয়ে গুরুত্বপূর্ণ। সর্বাধিক সংখ্যক ডিজিটর এই ওয়েব"
                + " পোর্টালটি ডিজিট করে থাকেন। সেই মতে এই পোর্টালটি হালনাগাদ করা সবচেয়ে বেশী প্রয়োজন হালনাগাদ করার জন্য"
                + " প্রয়োজনীয় তথ্য সংশ্লিষ্ট সরকারি দপ্তর হতে সংগ্রহ করা যেতে পারে।",
            "সভায় আলোচনা হয় যে, তথ্য ও যোগাযোগ প্রযুক্তি বিভাগের ২৫ সেপ্টেম্বর ২০২৩ খ্রি. তারিখের"
                + " ৫৬.৮৩.০০০০.০১৩.২৫.০০৯.২৩.২ নং স্মারক পত্রের নির্দেশনায় জেলা ও নিজ নিজ দপ্তরের ওয়েব পোর্টাল হালনাগাদ ও"
                + " সাইবার নিরাপত্তা নিশ্চিতকরণের নির্দেশনা থাকা সত্ত্বেও ঝিনাইদহ জেলার কিছু দপ্তরের নিয়মিতভাবে তথ্য"
                + " নিয়মিতভাবে হালনাগাদ করা হচ্ছে না। সরকারি কার্যক্রম সুষ্ঠুভাবে নিয়মিত সম্পন্ন করার জন্য সকল দপ্তরের ওয়েব"
                + " পোর্টাল হালনাগাদসহ সাইবার নিরাপত্তা নিশ্চিতকরণ করা প্রয়োজন।",
            "সভায় আরও আলোচনা হয় যে, উপজেলা ও ইউনিয়ন পর্যায়ে ওয়েব পোর্টালসমূহ ও হালনাগাদ করা প্রয়োজন।",
            "জেলা, উপজেলা ও ইউনিয়ন পর্যায়ের সকল সরকারি দপ্তর সমূহের সিটিজেন চার্টার, অভিযোগ নিষ্পত্তি কর্মকর্তা ও তথ্য"
                + " প্রদানকারী কর্মকর্তার তথ্য হালনাগাদ করণের বিষয়ে সভায় বিস্তারিত আলোচনা হয়।",
            "সভায় উল্লেখ করা হয় যে, কাজটি সুষ্ঠুভাবে সম্পন্ন করার জন্য একটি নির্দিষ্ট সময়সীমা নির্ধারণ করা প্রয়োজন");
    assertThat(decisions)
        .extracting(Decision::text)
        .containsExactly(
            "সংশ্লিষ্ট সরকারি দপ্তরসমূহ তথ্য সরবরাহ করবে।",
            "জেলা পর্যায়ের সকল দপ্তর নিজ নিজ ওয়েব পোর্টাল হালনাগাদ ও সাইবার নিরাপত্তা নিশ্চিত করার প্রয়োজনীয় ব্যবস্থা গ্রহণ"
                + " করবেন।",
            "উপজেলা নির্বাহী অফিসারগণের তত্ত্বাবধানে উপজেলা পর্যায় কমিটি উপজেলা ও ইউনিয়ন পর্যায়ের ওয়েব পোর্টাল হালনাগাদের"
                + " প্রয়োজনীয় ব্যবস্থা গ্রহণ করবেন। এই ব্যাপারে সহকারী প্রোগ্রামারগণ ও ইউনিয়ন পরিষদের সচিবগণ সার্বিক সহায়তা"
                + " প্রদান করবেন।",
            "মন্ত্রিপরিষদ বিভাগ কর্তৃক প্রেরিত নির্ধারিত কলাম সকল দপ্তর সিটিজেন চার্টার হালনাগাদ করতে হবে। এ ছাড়াও অভিযোগ"
                + " নিষ্পত্তি কর্মকর্তা ও তথ্য প্রদানকারী কর্মকর্তার তথ্য নিয়মিত হালনাগাদ করতে হবে।",
            "জেলার অন্তর্ভুক্ত সকল ওয়েব পোর্টাল আগামী ৩০/০১/২০২৪ খ্রি. তারিখের মধ্যে হালনাগাদের কার্যক্রম সম্পন্ন করতে"
                + " হবে।");
  }

  @Test
  void splitsImplementersOnlyAtSemicolonsAndDropsTheClosingDari() {
    List<Decision> decisions = reader.read(SeedMinutes.text()).meeting().decisions();

    assertThat(decisions.get(0).implementers())
        .containsExactly(PROGRAMMER, "সহকারী কমিশনার (আইসিটি)", "ও সহকারী কমিশনার, শিক্ষা");
    assertThat(decisions.get(1).implementers())
        .containsExactly("দপ্তর প্রধান (সকল) ঝিনাইদহ ও প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, ঝিনাইদহ");
    assertThat(decisions.get(2).implementers())
        .containsExactly("উপজেলা নির্বাহী অফিসার (সকল), ঝিনাইদহ ও সহকারী প্রোগ্রামার (সকল), ঝিনাইদহ");
    assertThat(decisions.get(3).implementers()).containsExactly("সকল দপ্তর প্রধান, ঝিনাইদহ");
    assertThat(decisions.get(4).implementers()).containsExactly(PROGRAMMER);
  }

  @Test
  void theTimeLimitDecisionSetsTheMeetingDeadlineForAll() {
    Meeting meeting = reader.read(SeedMinutes.text()).meeting();

    assertThat(meeting.deadline()).isEqualTo(LocalDate.of(2024, 1, 30));
    assertThat(meeting.decisions()).extracting(Decision::deadline).containsOnlyNulls();
    assertThat(meeting.decisions()).extracting(Decision::deadlineWorkingDays).containsOnlyNulls();
  }

  @Test
  void warnsOnceForEachHeaderRowWhoseLabelDoesNotFitItsValue() {
    List<MinutesWarning> warnings = reader.read(SeedMinutes.text()).warnings();

    assertThat(warnings)
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .containsExactly(
            tuple("chair.designation", "line 11"),
            tuple("date", "line 12"),
            tuple("time", "line 13"),
            tuple("place", "line 14"));
    assertThat(warnings.get(0).message()).contains("সভার তারিখ", "পদবি");
  }

  @Test
  void correctlyLabelledHeaderGivesTheSameMeetingWithoutWarnings() {
    String text =
        SeedMinutes.replacing(
            """
            সভাপতি	মোঃ খালিদ হাসান
            সভার তারিখ	অতিরিক্ত জেলা প্রশাসক(শিক্ষা ও আইসিটি), ঝিনাইদহ।
            সভার সময়	১৯.১১.২০২৩ খ্রি.
            স্থান	দুপুর ১২:০০ ঘটিকা
            উপস্থিতি	জেলা প্রশাসক, ঝিনাইদহ মহোদয়ের সম্মেলন কক্ষ পরিশিষ্ট “ক” দ্রষ্টব্য""",
            """
            সভাপতি	মোঃ খালিদ হাসান, অতিরিক্ত জেলা প্রশাসক(শিক্ষা ও আইসিটি), ঝিনাইদহ।
            সভার তারিখ	১৯.১১.২০২৩ খ্রি. রোজ রবিবার
            সভার সময়	দুপুর ১২ঃ০০ ঘটিকা
            স্থান	জেলা প্রশাসক, ঝিনাইদহ মহোদয়ের সম্মেলন কক্ষ
            উপস্থিতি	পরিশিষ্ট “ক” দ্রষ্টব্য""");

    ExtractedMinutes read = reader.read(text);

    assertThat(read.warnings()).isEmpty();
    assertThat(read.meeting()).isEqualTo(reader.read(SeedMinutes.text()).meeting());
  }

  @Test
  void crlfLineEndsAndAByteOrderMarkChangeNothing() {
    String windows = "\ufeff" + SeedMinutes.text().replace("\n", "\r\n");

    ExtractedMinutes read = reader.read(windows);

    assertThat(read.meeting()).isEqualTo(reader.read(SeedMinutes.text()).meeting());
    assertThat(read.warnings()).extracting(MinutesWarning::location).contains("line 11");
  }

  @Test
  void asciiDigitsAndAVisargaColonReadTheSame() {
    String ascii = BengaliDigits.toAscii(SeedMinutes.text()).replace("12:00", "12ঃ00");

    Meeting meeting = reader.read(ascii).meeting();
    Meeting seed = reader.read(SeedMinutes.text()).meeting();

    assertThat(meeting.memoKey()).isEqualTo(seed.memoKey());
    assertThat(meeting.date()).isEqualTo(seed.date());
    assertThat(meeting.time()).isEqualTo(seed.time());
    assertThat(meeting.issueDate()).isEqualTo(seed.issueDate());
    assertThat(meeting.issueDateBangla()).isEqualTo("21 অগ্রহায়ণ 1430 বঙ্গাব্দ");
    assertThat(meeting.deadline()).isEqualTo(seed.deadline());
    assertThat(meeting.decisions()).extracting(Decision::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(meeting.distribution()).extracting(Recipient::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void aPortalFooterInsideTheTableIsSkippedWithAWarning() {
    List<String> lines = SeedMinutes.lines();
    lines.add(22, "বাস্তবায়নে: মন্ত্রিপরিষদ বিভাগ, এটুআই, বিসিসি, ডিওআইসিটি ও বেসিস।"); // becomes line 23

    ExtractedMinutes read = reader.read(String.join("\n", lines));

    assertThat(read.meeting().decisions()).extracting(Decision::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(read.warnings())
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .contains(tuple("decisions", "line 23"));
  }

  @Test
  void textAroundTheTableIsNeverADecision() {
    String text =
        SeedMinutes.text()
            + """

            বাস্তবায়নে: মন্ত্রিপরিষদ বিভাগ, এটুআই, বিসিসি, ডিওআইসিটি ও বেসিস।

            পরিশিষ্ট “ক”
            ক্রমিক	নাম	পদবি	স্বাক্ষর
            ১	মোঃ খালিদ হাসান	অতিরিক্ত জেলা প্রশাসক(শিক্ষা ও আইসিটি)	
            ২	মোঃ তাহনিয়াতুল ইসলাম	প্রোগ্রামার	
            """;

    Meeting meeting = reader.read(text).meeting();

    assertThat(meeting.decisions()).hasSize(5);
    assertThat(meeting.decisions()).extracting(Decision::text).noneMatch(t -> t.contains("বাস্তবায়নে"));
  }

  /** A space typed inside the memo number must not cut it short: two meetings would share the shortened key. */
  @Test
  void aMemoNumberWithASpaceInsideIsReadWhole_withAWarning() {
    ExtractedMinutes afterADot = reader.read(SeedMinutes.withLine(43, "নম্বর: ৫৬.০৪.৪৪০০.০০০.৩৪.০০২.২৩. ৪৫৯"));
    assertThat(afterADot.meeting().memoNumber()).isEqualTo("৫৬.০৪.৪৪০০.০০০.৩৪.০০২.২৩.৪৫৯");
    assertThat(afterADot.warnings()).extracting(MinutesWarning::field, MinutesWarning::location)
        .containsOnlyOnce(tuple("memoNumber", "line 43"));

    ExtractedMinutes aroundAHyphen = reader.read(SeedMinutes.withLine(43, "নম্বর: ৫৬.০৪.৪৪০০/২০২৩ - ১২"));
    assertThat(aroundAHyphen.meeting().memoKey()).isEqualTo("56.04.4400-2023-12");

    ExtractedMinutes thenADate = reader.read(SeedMinutes.withLine(43, "নম্বর: ৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯ - ০৬/১২/২০২৩"));
    assertThat(thenADate.meeting().memoNumber()).as("a date after the number is no part of it")
        .isEqualTo("৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯");
    assertThat(thenADate.warnings()).extracting(MinutesWarning::field).doesNotContain("memoNumber");
    for (String date : java.util.List.of("০৬ ডিসেম্বর ২০২৩", "২১ অগ্রহায়ণ ১৪৩০")) {
      assertThat(reader.read(SeedMinutes.withLine(43, "নম্বর: ৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯ - " + date)).meeting()
          .memoNumber()).as("a named date after the number: " + date).isEqualTo("৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯");
    }
    assertThat(reader.read(SeedMinutes.withLine(43, "নম্বর: ৫৬.০৪.৪৪০০.০০০.৩৪.০০২.২৩. ৪৫৯ - ০৬/১২/২০২৩")).meeting()
        .memoNumber()).as("spaced, then a date").isEqualTo("৫৬.০৪.৪৪০০.০০০.৩৪.০০২.২৩.৪৫৯");

    assertThat(reader.read(SeedMinutes.text()).warnings()).extracting(MinutesWarning::field)
        .doesNotContain("memoNumber");
  }

  @Test
  void aTableWithoutItsRowOfDashesEndsWithItsLastRow() {
    String text = SeedMinutes.withLine(25, "");

    Meeting meeting = reader.read(text).meeting();

    assertThat(meeting.decisions()).hasSize(5);
    assertThat(meeting.memoKey()).isEqualTo("56.04.4400.000.34.002.19.69");
  }

  @Test
  void aWeekdayThatContradictsTheDateIsAWarningNotAFix() {
    String text = SeedMinutes.withLine(12, "সভার সময়\t১৯.১১.২০২৩ খ্রি. রোজ সোমবার");

    ExtractedMinutes read = reader.read(text);

    assertThat(read.meeting().date()).isEqualTo(LocalDate.of(2023, 11, 19));
    assertThat(read.warnings())
        .filteredOn(w -> w.message().contains("সোমবার"))
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .containsExactly(tuple("date", "line 12"));
  }

  @Test
  void aMeetingDatedOnlyInTheBanglaCalendarIsDatedByItWithAWarning() {
    String text = SeedMinutes.withLine(12, "সভার সময়\t৪ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ");

    ExtractedMinutes read = reader.read(text);

    assertThat(read.meeting().date()).isEqualTo(LocalDate.of(2023, 11, 19));
    assertThat(read.warnings())
        .filteredOn(w -> w.message().contains("বাংলা তারিখ"))
        .extracting(MinutesWarning::location, MinutesWarning::message)
        .containsExactly(tuple("line 12", "খ্রিস্টীয় তারিখ নেই; বাংলা তারিখ «৪ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ» থেকে "
            + "১৯ নভেম্বর ২০২৩ খ্রিস্টাব্দ হিসাব করা হয়েছে / no Gregorian date; computed from the Bangla date"));
  }

  @Test
  void aBanglaDateBesideTheSameGregorianDateIsReadWithoutComplaint() {
    String text = SeedMinutes.withLine(12, "সভার সময়\t১৯.১১.২০২৩ খ্রি. / ৪ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ, রবিবার");

    ExtractedMinutes read = reader.read(text);

    assertThat(read.meeting().date()).isEqualTo(LocalDate.of(2023, 11, 19));
    assertThat(read.warnings()).isEqualTo(reader.read(SeedMinutes.text()).warnings());
  }

  @Test
  void aBanglaDateThatIsAnotherDayThanTheMeetingDateIsAWarning() {
    String text = SeedMinutes.withLine(12, "সভার সময়\t১৯.১১.২০২৩ খ্রি. / ৫ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ");

    ExtractedMinutes read = reader.read(text);

    assertThat(read.meeting().date()).isEqualTo(LocalDate.of(2023, 11, 19));
    assertThat(read.warnings())
        .filteredOn(w -> w.message().contains("বাংলা তারিখ"))
        .extracting(MinutesWarning::field, MinutesWarning::message)
        .containsExactly(tuple("date", "বাংলা তারিখ «৫ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ» আর ১৯ নভেম্বর ২০২৩ খ্রিস্টাব্দ এক দিন নয়"
            + " (১৯ নভেম্বর ২০২৩ খ্রিস্টাব্দ / ৪ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ); খ্রিস্টীয় তারিখটি নেওয়া হয়েছে / the Bangla"
            + " date is another day; the Gregorian date is taken"));
  }

  @Test
  void aBanglaDateThatIsNoDayBesideAGregorianOneIsAWarning() {
    String text = SeedMinutes.withLine(12, "সভার সময়\t১৯.১১.২০২৩ খ্রি. / ৩২ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ");

    ExtractedMinutes read = reader.read(text);

    assertThat(read.meeting().date()).isEqualTo(LocalDate.of(2023, 11, 19));
    assertThat(read.warnings()).filteredOn(w -> w.message().contains("বাংলা পঞ্জিকার"))
        .extracting(MinutesWarning::field, MinutesWarning::location).containsExactly(tuple("date", "line 12"));
  }

  @Test
  void aTitleMonthThatContradictsTheDateIsAWarning() {
    String text = SeedMinutes.replacing("নভেম্বর ২০২৩ মাসে", "অক্টোবর ২০২৩ মাসে");

    ExtractedMinutes read = reader.read(text);

    assertThat(read.meeting().date()).isEqualTo(LocalDate.of(2023, 11, 19));
    assertThat(read.warnings())
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .contains(tuple("date", "line 8"));
  }

  @Test
  void aBanglaDateThatContradictsTheIssueDateIsAWarningAndKeptAsWritten() {
    String text = SeedMinutes.replacing("২১ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ", "২২ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ");

    ExtractedMinutes read = reader.read(text);

    assertThat(read.meeting().issueDate()).isEqualTo(LocalDate.of(2023, 12, 6));
    assertThat(read.meeting().issueDateBangla()).isEqualTo("২২ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ");
    assertThat(read.warnings())
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .contains(tuple("issueDateBangla", "line 39"));
  }

  @Test
  void aDecisionWithItsOwnDateGetsItsOwnDeadline() {
    String text =
        SeedMinutes.replacing(
            "সংশ্লিষ্ট সরকারি দপ্তরসমূহ তথ্য সরবরাহ করবে।",
            "সংশ্লিষ্ট সরকারি দপ্তরসমূহ আগামী ১৫/০১/২০২৪ খ্রি. তারিখের মধ্যে তথ্য সরবরাহ করবে।");

    Meeting meeting = reader.read(text).meeting();

    assertThat(meeting.decisions().get(0).deadline()).isEqualTo(LocalDate.of(2024, 1, 15));
    assertThat(meeting.deadline()).isEqualTo(LocalDate.of(2024, 1, 30));
    // the others have none of their own: the meeting's applies to them
    assertThat(meeting.decisions().get(1).deadline()).isNull();
  }

  @Test
  void aDecisionForAllOfficesWithItsOwnDateKeepsItAndLeavesTheMeetingDeadlineAlone() {
    // decision ০২ is addressed to "সকল দপ্তর" but is not about the time limit
    String text =
        SeedMinutes.replacing(
            "নিশ্চিত করার প্রয়োজনীয় ব্যবস্থা গ্রহণ করবেন।",
            "নিশ্চিত করার প্রয়োজনীয় ব্যবস্থা আগামী ১৫/১২/২০২৩ তারিখের মধ্যে গ্রহণ করবেন।");

    ExtractedMinutes read = reader.read(text);
    Meeting meeting = read.meeting();

    assertThat(meeting.decisions().get(1).deadline()).isEqualTo(LocalDate.of(2023, 12, 15));
    assertThat(meeting.deadline()).isEqualTo(LocalDate.of(2024, 1, 30));
    assertThat(meeting.decisions().get(0).deadline()).isNull();
    assertThat(read.warnings()).extracting(MinutesWarning::field).doesNotContain("deadline");
  }

  @Test
  void aDecisionForAllOfficesWithASpanOfWorkingDaysKeepsItToItself() {
    String text =
        SeedMinutes.replacing(
            "নিশ্চিত করার প্রয়োজনীয় ব্যবস্থা গ্রহণ করবেন।", "নিশ্চিত করার প্রয়োজনীয় ব্যবস্থা ৭ কর্মদিবসের মধ্যে গ্রহণ করবেন।");

    Meeting meeting = reader.read(text).meeting();

    assertThat(meeting.decisions()).extracting(Decision::deadlineWorkingDays).containsExactly(null, 7, null, null, null);
    assertThat(meeting.deadline()).isEqualTo(LocalDate.of(2024, 1, 30));
  }

  @Test
  void aDecisionWithoutATopicSetsTheMeetingDeadlineWhenItIsForAllDecisions() {
    String text =
        SeedMinutes.replacing(
            "সকল ওয়েব পোর্টাল হালনাগাদের জন্য সময়সীমা: সভায় উল্লেখ করা হয় যে,", "সভায় উল্লেখ করা হয় যে,")
            .replace("জেলার অন্তর্ভুক্ত সকল ওয়েব পোর্টাল আগামী", "সভার সকল সিদ্ধান্ত আগামী");

    Meeting meeting = reader.read(text).meeting();

    assertThat(meeting.decisions().get(4).topic()).isNull();
    assertThat(meeting.deadline()).isEqualTo(LocalDate.of(2024, 1, 30));
    assertThat(meeting.decisions()).extracting(Decision::deadline).containsOnlyNulls();
  }

  @Test
  void aSpanOfWorkingDaysIsKeptForTheDeadlinePackage() {
    String text =
        SeedMinutes.replacing(
            "সংশ্লিষ্ট সরকারি দপ্তরসমূহ তথ্য সরবরাহ করবে।",
            "সংশ্লিষ্ট সরকারি দপ্তরসমূহ ১৫ (পনের) কর্মদিবসের মধ্যে তথ্য সরবরাহ করবে।");

    Decision first = reader.read(text).meeting().decisions().get(0);

    assertThat(first.deadlineWorkingDays()).isEqualTo(15);
    assertThat(first.deadline()).isNull();
  }

  @Test
  void aSpanOfCalendarDaysCountsFromTheIssueDate() {
    String text =
        SeedMinutes.replacing(
            "সংশ্লিষ্ট সরকারি দপ্তরসমূহ তথ্য সরবরাহ করবে।", "সংশ্লিষ্ট সরকারি দপ্তরসমূহ ৭ দিনের মধ্যে তথ্য সরবরাহ করবে।");

    assertThat(reader.read(text).meeting().decisions().get(0).deadline()).isEqualTo(LocalDate.of(2023, 12, 13));
  }

  @Test
  void aDeadlineWithoutAnyDateIsAWarning() {
    String text = SeedMinutes.replacing("আগামী ৩০/০১/২০২৪ খ্রি. তারিখের মধ্যে", "আগামী সভার তারিখের মধ্যে");

    ExtractedMinutes read = reader.read(text);

    assertThat(read.meeting().deadline()).isNull();
    assertThat(read.warnings())
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .contains(tuple("deadline", "line 24"));
  }

  /** A deadline that is no day is refused at its decision's line, in Bengali and English. */
  @Test
  void aDeadlineThatIsNoDay_isRefusedInBothLanguages() {
    String text = SeedMinutes.replacing("আগামী ৩০/০১/২০২৪ খ্রি. তারিখের মধ্যে", "আগামী ৩১/০২/২০২৪ খ্রি. তারিখের মধ্যে");

    assertThatThrownBy(() -> reader.read(text))
        .isInstanceOfSatisfying(MinutesFormatException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.message()).contains("সময়সীমা «৩১/০২/২০২৪", "কোনো সঠিক তারিখ নয়",
                "the deadline is not a real date: 31/02/2024")));
  }

  @Test
  void aDateInTheDiscussionIsNoDeadline() {
    Meeting meeting = reader.read(SeedMinutes.text()).meeting();

    // decision 02's discussion cites a letter of 25 September 2023
    assertThat(meeting.decisions().get(1).deadline()).isNull();
  }
}
