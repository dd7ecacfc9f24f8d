package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A signature that writes the chair's name plain, without honorific or brackets (sample 09). */
class ChairSignatureTest {

  private final TextMinutesReader reader = new TextMinutesReader();

  /** Sample 09 without its row "১.১" (refused on its own); its signature is the UNO's name, then her designation. */
  private static final String FAIR_PREPARATION = """
      গণপ্রজাতন্ত্রী বাংলাদেশ সরকার
      উপজেলা নির্বাহী অফিসারের কার্যালয়
      মহেশপুর, ঝিনাইদহ

      গত ০৫ নভেম্বর ২০২৬ খ্রিঃ তারিখে অনুষ্ঠিত উপজেলা স্মার্ট বাংলাদেশ মেলা আয়োজন কমিটির প্রস্তুতি সভার কার্যবিবরণী

      সভাপতি: জনাব ফারজানা ইয়াসমিন, উপজেলা নির্বাহী অফিসার, মহেশপুর
      স্থান: উপজেলা অডিটোরিয়াম, মহেশপুর
      সময়: বিকেল ৩টা

      ক্রমিক\tআলোচ্য বিষয়\tসিদ্ধান্ত\tবাস্তবায়নকারী
      ১\tমেলার স্থান ও স্টল: মেলা উপজেলা পরিষদ চত্বরে অনুষ্ঠিত হবে।\tমেলার স্টল বরাদ্দ তালিকা ২০ নভেম্বর ২০২৬ এর মধ্যে চূড়ান্ত করতে হবে।\tসহকারী প্রোগ্রামার, মহেশপুর
      ২\tপ্রচার: মেলার ব্যাপক প্রচার প্রয়োজন।\tমাইকিং ও ফেসবুক পেজে প্রচার চালাতে হবে। অবিলম্বে।\tউপজেলা তথ্য অফিসার, মহেশপুর
      ৩\tনিরাপত্তা: মেলা প্রাঙ্গণে নিরাপত্তা ব্যবস্থা।\tমেলা চলাকালীন পর্যাপ্ত পুলিশ মোতায়েন করতে হবে।\tঅফিসার ইনচার্জ, মহেশপুর থানা
      ------\t------\t------\t------

      আর কোনো আলোচ্য বিষয় না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।

      ফারজানা ইয়াসমিন
      উপজেলা নির্বাহী অফিসার
      মহেশপুর, ঝিনাইদহ

      স্মারক নং: মউনিঅ/মহেশ/আইসিটি/২০২৬/৩১২
      তারিখ: ০৮/১১/২০২৬ খ্রিঃ

      বিতরণ:
      ১। জেলা প্রশাসক, ঝিনাইদহ
      ২। অফিসার ইনচার্জ, মহেশপুর থানা
      ৩। চেয়ারম্যান, ইউনিয়ন পরিষদ (সকল), মহেশপুর
      ৪। অফিস কপি
      """;

  @Test
  void theChairsNamePlainAboveADesignationIsTheSignatory() {
    Meeting meeting = reader.read(FAIR_PREPARATION).meeting();

    assertThat(meeting.signatories())
        .containsExactly(new Person("ফারজানা ইয়াসমিন", "উপজেলা নির্বাহী অফিসার, মহেশপুর, ঝিনাইদহ", null));
    assertThat(meeting.chair()).isEqualTo(new Person("ফারজানা ইয়াসমিন", "উপজেলা নির্বাহী অফিসার, মহেশপুর", null));
    assertThat(meeting.distribution()).hasSize(4);
  }

  /** Only the chair's name: another plain line above a designation may be any text, and stays no signature. */
  @Test
  void anotherPlainNameIsNoSignatory() {
    String other = FAIR_PREPARATION.replace("\nফারজানা ইয়াসমিন\n", "\nনাসরিন সুলতানা\n");

    assertThat(reader.read(other).meeting().signatories()).isEmpty();
  }

  /**
   * The chair signs as the office and the committee's chair, "উপজেলা নির্বাহী অফিসার / ও / সভাপতি, … কমিটি / মহেশপুর,
   * ঝিনাইদহ": one designation, read whole, and the same post as the header's, so no warning that they differ.
   */
  @Test
  void aChairSigningAlsoAsTheCommitteesChairHasOneDesignation() {
    String minutes = FAIR_PREPARATION.replace("\nউপজেলা নির্বাহী অফিসার\nমহেশপুর, ঝিনাইদহ\n",
        "\nউপজেলা নির্বাহী অফিসার\nও\nসভাপতি, উপজেলা স্মার্ট বাংলাদেশ মেলা আয়োজন কমিটি\nমহেশপুর, ঝিনাইদহ\n");

    ExtractedMinutes read = reader.read(minutes);

    assertThat(read.meeting().signatories()).containsExactly(new Person("ফারজানা ইয়াসমিন",
        "উপজেলা নির্বাহী অফিসার ও সভাপতি, উপজেলা স্মার্ট বাংলাদেশ মেলা আয়োজন কমিটি, মহেশপুর, ঝিনাইদহ", null));
    assertThat(read.meeting().chair())
        .isEqualTo(new Person("ফারজানা ইয়াসমিন", "উপজেলা নির্বাহী অফিসার, মহেশপুর", null));
    assertThat(read.warnings()).extracting(MinutesWarning::field).doesNotContain("chair.designation");
  }
}
