package bd.gov.followup.minutes;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Month names of both calendars as minutes spell them, for reading; formatting uses one spelling each. */
final class MonthNames {

  /** The Bangabda months in order, as the Bangla Academy spells them. */
  static final List<String> BANGLA =
      List.of(
          "বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র")
          .stream()
          .map(Texts::nfc)
          .toList();

  private static final Map<String, Integer> GREGORIAN = gregorian();
  private static final Map<String, Integer> BANGLA_LOOKUP = bangla();

  private MonthNames() {}

  /** 1–12 for a Gregorian month name (Bengali or English, full or short), else 0. */
  static int gregorian(String word) {
    return GREGORIAN.getOrDefault(key(word), 0);
  }

  /** 1–12 for a Bangabda month name, else 0. */
  static int bangla(String word) {
    return BANGLA_LOOKUP.getOrDefault(key(word), 0);
  }

  private static String key(String word) {
    return Texts.nfc(word).toLowerCase(Locale.ROOT);
  }

  private static Map<String, Integer> gregorian() {
    Map<String, Integer> names = new HashMap<>();
    for (Month month : Month.values()) {
      for (Locale locale : List.of(BengaliDigits.BENGALI, Locale.ENGLISH)) {
        for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT)) {
          names.put(key(month.getDisplayName(style, locale)), month.getValue());
        }
      }
    }
    // spellings seen in government letters besides the JDK's (CLDR writes জানুয়ারী, ফেব্রুয়ারী)
    String[][] variants = {
      {"জানুয়ারি", "1"}, {"জানুয়ারী", "1"}, {"ফেব্রুয়ারি", "2"}, {"ফেব্রুয়ারী", "2"}, {"ফেব্রুয়ারী", "2"},
      {"আগষ্ট", "8"}, {"অগাস্ট", "8"}, {"সেপ্টেম্বর", "9"}, {"অক্টোবর", "10"}, {"নভেম্বর", "11"}, {"ডিসেম্বর", "12"},
      {"sept", "9"}
    };
    for (String[] v : variants) {
      names.put(key(v[0]), Integer.valueOf(v[1]));
    }
    return Map.copyOf(names);
  }

  private static Map<String, Integer> bangla() {
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < BANGLA.size(); i++) {
      names.put(key(BANGLA.get(i)), i + 1);
    }
    String[][] variants = {
      {"জৈষ্ঠ", "2"}, {"জ্যেষ্ঠ", "2"}, {"জৈষ্ঠ্য", "2"}, {"আষাড়", "3"}, {"শ্রাবন", "4"}, {"আশ্বীন", "6"},
      {"কার্ত্তিক", "7"}, {"অগ্রহায়ন", "8"}, {"অঘ্রাণ", "8"}, {"অগ্রাহায়ণ", "8"}, {"অঘ্রায়ণ", "8"}, {"অঘ্রায়ন", "8"}, {"ফালগুন", "11"}, {"চৈত্রো", "12"}
    };
    for (String[] v : variants) {
      names.put(key(v[0]), Integer.valueOf(v[1]));
    }
    return Map.copyOf(names);
  }
}
