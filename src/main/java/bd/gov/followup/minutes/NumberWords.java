package bd.gov.followup.minutes;

import java.util.HashMap;
import java.util.Map;

/**
 * Small numbers written as Bengali words, as officials write spans ("পনের কর্মদিবসের মধ্যে", "এক মাসের মধ্যে"):
 * ১–৩১ with the spellings letters use besides the Bangla Academy's, and the round spans beyond (৪৫, ৬০, ৯০).
 */
final class NumberWords {

  private static final Map<String, Integer> VALUES = values();

  private NumberWords() {}

  /** The number a whole word names, or null when it names none. */
  static Integer value(String word) {
    return VALUES.get(Texts.nfc(word));
  }

  private static Map<String, Integer> values() {
    String[][] words = {
      {"1", "এক"}, {"2", "দুই", "দুই", "দু"}, {"3", "তিন"}, {"4", "চার"}, {"5", "পাঁচ"}, {"6", "ছয়", "ছয়"},
      {"7", "সাত"}, {"8", "আট"}, {"9", "নয়", "নয়"}, {"10", "দশ"}, {"11", "এগার", "এগারো"}, {"12", "বার", "বারো"},
      {"13", "তের", "তেরো"}, {"14", "চৌদ্দ"}, {"15", "পনের", "পনেরো", "পনর"}, {"16", "ষোল", "ষোলো"},
      {"17", "সতের", "সতেরো"}, {"18", "আঠার", "আঠারো"}, {"19", "উনিশ", "ঊনিশ"}, {"20", "বিশ", "কুড়ি"},
      {"21", "একুশ"}, {"22", "বাইশ"}, {"23", "তেইশ"}, {"24", "চব্বিশ"}, {"25", "পঁচিশ"}, {"26", "ছাব্বিশ"},
      {"27", "সাতাশ"}, {"28", "আটাশ"}, {"29", "ঊনত্রিশ", "উনত্রিশ"}, {"30", "ত্রিশ", "তিরিশ"}, {"31", "একত্রিশ"},
      {"45", "পঁয়তাল্লিশ"}, {"60", "ষাট"}, {"90", "নব্বই"}
    };
    Map<String, Integer> values = new HashMap<>();
    for (String[] w : words) {
      for (int i = 1; i < w.length; i++) {
        values.put(Texts.nfc(w[i]), Integer.valueOf(w[0]));
      }
    }
    return Map.copyOf(values);
  }
}
