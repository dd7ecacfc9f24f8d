package bd.gov.followup.minutes;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Weekday names in minutes ("রোজ রবিবার"), so that a weekday that contradicts its date can be reported. */
final class Weekdays {

  private static final Map<String, DayOfWeek> NAMES = names();

  private Weekdays() {}

  /** The weekday the text names, when it names exactly one. */
  static Optional<DayOfWeek> named(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    DayOfWeek found = null;
    for (Map.Entry<String, DayOfWeek> e : NAMES.entrySet()) {
      if (lower.contains(e.getKey())) {
        if (found != null && found != e.getValue()) {
          return Optional.empty();
        }
        found = e.getValue();
      }
    }
    return Optional.ofNullable(found);
  }

  /** The weekday's name in Bengali: রবিবার. */
  static String bengali(DayOfWeek day) {
    return Texts.nfc(day.getDisplayName(TextStyle.FULL, BengaliDigits.BENGALI));
  }

  private static Map<String, DayOfWeek> names() {
    Map<String, DayOfWeek> names = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      names.put(bengali(day), day);
      names.put(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), day);
    }
    names.put(Texts.nfc("রোববার"), DayOfWeek.SUNDAY);
    names.put(Texts.nfc("বৃহষ্পতিবার"), DayOfWeek.THURSDAY);
    return names;
  }
}
