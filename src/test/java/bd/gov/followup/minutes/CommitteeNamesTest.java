package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A committee is named without the month or date of one of its meetings, so its meetings find each other. */
class CommitteeNamesTest {

  private static final String SEED_TITLE =
      "জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির সভার নভেম্বর ২০২৩ মাসে অনুষ্ঠিত সভার কার্যবিবরণী:";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "বিষয়: নভেম্বর/২০২৬ মাসের মাসিক রাজস্ব সভার কার্যবিবরণী|মাসিক রাজস্ব",
        "বিষয়: ডিসেম্বর/২০২৬ মাসের মাসিক রাজস্ব সভার কার্যবিবরণী|মাসিক রাজস্ব",
        "বিষয়: ডিসেম্বর/২০২৬ মাসের (বিশেষ) মাসিক রাজস্ব সভার কার্যবিবরণী|মাসিক রাজস্ব",
        "গত ০৫ নভেম্বর ২০২৬ (বৃহস্পতিবার) অনুষ্ঠিত জেলা তথ্য ও যোগাযোগ প্রযুক্তি (আইসিটি) কমিটির সভার কার্যবিবরণী|জেলা তথ্য ও যোগাযোগ প্রযুক্তি (আইসিটি) কমিটি",
        "সেপ্টেম্বর/২০২৬ মাসের উপজেলা ই-গভর্ন্যান্স কমিটির সভার কার্যবিবরণী|উপজেলা ই-গভর্ন্যান্স কমিটি",
        "গত ০৫ নভেম্বর ২০২৬ খ্রিঃ তারিখে অনুষ্ঠিত উপজেলা স্মার্ট বাংলাদেশ মেলা আয়োজন কমিটির প্রস্তুতি সভার"
            + " কার্যবিবরণী|উপজেলা স্মার্ট বাংলাদেশ মেলা আয়োজন কমিটি",
        "গত ১৯/১১/২০২৬ খ্রি. তারিখে অনুষ্ঠিত জেলা আইসিটি কমিটির সভার কার্যবিবরণী|জেলা আইসিটি কমিটি",
        "অক্টোবর, ২০২৬ খ্রিঃ মাসের জেলা উন্নয়ন সমন্বয় কমিটির সভার কার্যবিবরণী|জেলা উন্নয়ন সমন্বয় কমিটি",
        "১১/২০২৬ মাসের মাসিক রাজস্ব সভার কার্যবিবরণী|মাসিক রাজস্ব",
        "২০২৬ সালের নভেম্বর মাসের মাসিক রাজস্ব সভার কার্যবিবরণী|মাসিক রাজস্ব",
        "নভেম্বর মাসের মাসিক রাজস্ব সভার কার্যবিবরণী|মাসিক রাজস্ব",
        "নভেম্বর/২০২৬-এর মাসিক রাজস্ব সভার কার্যবিবরণী|মাসিক রাজস্ব",
        "গত ২০ কার্তিক ১৪৩৩ বঙ্গাব্দ তারিখে অনুষ্ঠিত উপজেলা আইসিটি কমিটির সভার কার্যবিবরণী|উপজেলা আইসিটি কমিটি",
        // a date after the name was never part of it
        "জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির সভার নভেম্বর ২০২৩ মাসে অনুষ্ঠিত সভার কার্যবিবরণী:"
            + "|জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি",
        "জেলা ই-গভর্ন্যান্স ও উদ্ভাবন কমিটির নভেম্বর/২০২৬ মাসের সভার কার্যবিবরণী।|জেলা ই-গভর্ন্যান্স ও উদ্ভাবন কমিটি",
        "ঝিনাইদহ সদর উপজেলা মাসিক সমন্বয় সভার কার্যবিবরণী (নভেম্বর ২০২৬)|ঝিনাইদহ সদর উপজেলা মাসিক সমন্বয়",
        // a name without "কমিটি" ends before the meeting's date, as one with it does
        "জেলা উন্নয়ন সমন্বয় সভার অক্টোবর ২০২৬ মাসে অনুষ্ঠিত সভার কার্যবিবরণী|জেলা উন্নয়ন সমন্বয়",
        "মাসিক রাজস্ব সভার ১৯/১১/২০২৬ খ্রি. তারিখের কার্যবিবরণী|মাসিক রাজস্ব",
        // who chaired the meeting, said before the name
        "জেলা প্রশাসক, ঝিনাইদহ এর সভাপতিত্বে অনুষ্ঠিত জেলা উন্নয়ন সমন্বয় কমিটির বিশেষ সভার কার্যবিবরণী"
            + "|জেলা উন্নয়ন সমন্বয় কমিটি",
        "জনাব মোঃ আব্দুল করিম, জেলা প্রশাসক, ঝিনাইদহ-এর সভাপতিত্বে গত ০৫ নভেম্বর ২০২৬ তারিখে অনুষ্ঠিত জেলা আইসিটি"
            + " কমিটির সভার কার্যবিবরণী|জেলা আইসিটি কমিটি",
        "বিষয়: অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি) মহোদয়ের সভাপতিত্বে জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত"
            + " কমিটির সভার কার্যবিবরণী|জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি",
        // a name that starts with a word that is no month keeps it
        "জেলা ২০২৬ সালের বৃক্ষরোপণ কমিটির সভার কার্যবিবরণী|জেলা ২০২৬ সালের বৃক্ষরোপণ কমিটি",
      })
  void dropsTheMonthOrDateAMeetingTitleStartsWith(String title, String committee) {
    assertThat(committeeOf(title)).isEqualTo(Texts.nfc(committee));
  }

  @Test
  void aTitleThatIsOnlyAMonthKeepsIt() {
    assertThat(committeeOf("নভেম্বর/২০২৬ মাসের সভার কার্যবিবরণী")).isEqualTo(Texts.nfc("নভেম্বর/২০২৬ মাসের"));
  }

  /** The committee the seed minutes name under another title. */
  private static String committeeOf(String title) {
    return new TextMinutesReader().read(SeedMinutes.replacing(SEED_TITLE, title)).meeting().committee();
  }

  @Test
  void novembersAndDecembersMonthlyRevenueMeetingsNameOneCommittee() {
    TextMinutesReader reader = new TextMinutesReader();
    String november = SeedMinutes.replacing(SEED_TITLE, "বিষয়: নভেম্বর/২০২৩ মাসের মাসিক রাজস্ব সভার কার্যবিবরণী");
    String december = november.replace("নভেম্বর/২০২৩", "ডিসেম্বর/২০২৩").replace("১৯.১১.২০২৩", "১৭.১২.২০২৩");

    Meeting first = reader.read(november).meeting();
    Meeting next = reader.read(december).meeting();

    assertThat(first.committee()).isEqualTo("মাসিক রাজস্ব").isEqualTo(next.committee());
  }
}
