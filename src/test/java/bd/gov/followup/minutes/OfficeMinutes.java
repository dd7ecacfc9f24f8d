package bd.gov.followup.minutes;

/**
 * Minutes as a UNO's and a DC's office type them (the exploratory test's Kaliganj and DCC files, trimmed), around
 * decision paragraphs a test gives: the decisions' first line is line {@link #FIRST_DECISION_LINE}.
 */
final class OfficeMinutes {

  static final int FIRST_DECISION_LINE = 12;

  private static final String KALIGANJ_HEAD = """
      গণপ্রজাতন্ত্রী বাংলাদেশ সরকার
      উপজেলা নির্বাহী অফিসারের কার্যালয়
      কালীগঞ্জ, ঝিনাইদহ।

      বিষয়: উপজেলা আইসিটি কমিটি, কালীগঞ্জ, ঝিনাইদহ এর নভেম্বর/২০২৬ মাসের সভার কার্যবিবরণী।

      সভাপতি : জনাব ফারজানা আক্তার, উপজেলা নির্বাহী অফিসার, কালীগঞ্জ, ঝিনাইদহ।
      তারিখ  : ১৯/১১/২০২৬ খ্রিঃ, রোজ বৃহস্পতিবার
      স্থান  : উপজেলা পরিষদ সভাকক্ষ, কালীগঞ্জ

      সভাপতি উপস্থিত সকলকে স্বাগত জানিয়ে সভার কাজ শুরু করেন। বিস্তারিত আলোচনা শেষে নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:
      """;

  private static final String KALIGANJ_SIGN_OFF = """

      (ফারজানা আক্তার)
      উপজেলা নির্বাহী অফিসার
      কালীগঞ্জ, ঝিনাইদহ

      স্মারক নং: ০৫.৪৪.৪৪৩৩.০০০.০৬.০১১.২৬-৩১৪\tতারিখ: ২২/১১/২০২৬ খ্রিঃ

      বিতরণ: সদয় জ্ঞাতার্থে ও প্রয়োজনীয় কার্যার্থে
      ১। চেয়ারম্যান, ইউনিয়ন পরিষদ (সকল), কালীগঞ্জ।
      ২। উপজেলা মাধ্যমিক শিক্ষা অফিসার, কালীগঞ্জ।
      ৩। অফিস কপি।
      """;

  private static final String DCC_HEAD = """
      গণপ্রজাতন্ত্রী বাংলাদেশ সরকার
      জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ
      সাধারণ শাখা

      বিষয়:  জেলা উন্নয়ন সমন্বয় কমিটির অক্টোবর, ২০২৬ মাসের মাসিক সভার কার্যবিবরণী।

      সভাপতি      :  জনাব মোঃ আব্দুল আউয়াল, জেলা প্রশাসক, ঝিনাইদহ।
      সভার তারিখ  :  27/10/2026 খ্রিঃ, মঙ্গলবার
      স্থান        :  জেলা প্রশাসকের সম্মেলন কক্ষ, ঝিনাইদহ।

      বিস্তারিত আলোচনা শেষে নিম্নোক্ত সিদ্ধান্তসমূহ গৃহীত হয়:
      """;

  private static final String DCC_SIGN_OFF = """

      আর কোন আলোচনা না থাকায় সভাপতি উপস্থিত সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।

      (মোঃ আব্দুল আউয়াল)
      জেলা প্রশাসক, ঝিনাইদহ

      স্মারক নং-০৫.৪৪.৪৪০০.০০৩.০৬.০০১.২৬-৭৮১\tতারিখ: ০২/১১/২০২৬ খ্রিঃ

      সদয় অবগতি ও প্রয়োজনীয় কার্যার্থে:
      ১। সিভিল সার্জন, ঝিনাইদহ।
      ২। অফিস কপি।
      """;

  static final String CLOSING = "আর কোন আলোচ্য বিষয় না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।";

  private OfficeMinutes() {}

  /** Kaliganj's upazila ICT committee, 19/11/2026, issued 22/11/2026; the decisions end with the closing sentence. */
  static String kaliganj(String decisions) {
    return kaliganjWithoutClosing(decisions + "\n" + CLOSING + "\n");
  }

  /** As {@link #kaliganj}, the sign-off right after the given lines. */
  static String kaliganjWithoutClosing(String decisions) {
    return KALIGANJ_HEAD + decisions + KALIGANJ_SIGN_OFF;
  }

  /** The district development coordination committee, 27/10/2026, issued 02/11/2026. */
  static String dcc(String decisions) {
    return DCC_HEAD + decisions + DCC_SIGN_OFF;
  }
}
