package bd.gov.followup.minutes;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a time as minutes write it: "দুপুর ১২:০০ ঘটিকা", "সকাল ১০.৩০ ঘটিকা", "১২ঃ০০" (the visarga ঃ stands for a
 * colon), "বিকাল ৩টা", "3:00 PM". The part of the day (সকাল, দুপুর, বেলা, বিকাল, সন্ধ্যা, রাত) does the work of AM/PM.
 */
public final class TimeFinder {

  private static final Pattern TIME =
      Pattern.compile(
          Texts.nfc(
              "(?:(সকাল|ভোর|দুপুর|বেলা|বিকাল|বিকেল|সন্ধ্যা|সন্ধা|রাত)[\\s\u00a0]*+)?(?<![0-9.:/-])([0-9]{1,2})"
                  + "(?:[\\s\u00a0]*+[:ঃ][\\s\u00a0]*+([0-9]{2})(?::[0-9]{2})?"
                  + "|\\.([0-9]{2})(?=[\\s\u00a0]*+(?:ঘটিকা|টা|মিনিট)))?"
                  + "(?![0-9]|[./-][0-9])[\\s\u00a0]*+(ঘটিকায়|ঘটিকা|টায়|টা|[aApP]\\.?[\\s\u00a0]?[mM]\\.?)?"));

  private TimeFinder() {}

  /**
   * The time a form's field holds, written as minutes write it ("৯:৩০", "১০:৩০ ঘটিকা", "সকাল ১০টা", "14:00"), or
   * empty when the field holds anything else.
   */
  public static Optional<LocalTime> whole(String text) {
    String stripped = Texts.nfc(text.strip());
    return first(stripped).filter(t -> t.start() == 0 && t.end() == stripped.length()).map(TimeMention::time);
  }

  /** The first time the text writes (a bare number is no time: it needs a part of day, minutes or ঘটিকা). */
  static Optional<TimeMention> first(String text) {
    Matcher m = TIME.matcher(BengaliDigits.toAscii(text));
    while (m.find()) {
      String part = m.group(1);
      String minutes = m.group(3) != null ? m.group(3) : m.group(4);
      String suffix = m.group(5);
      if (part == null && minutes == null && suffix == null) {
        continue;
      }
      LocalTime time = toTime(part, Integer.parseInt(m.group(2)), minutes == null ? 0 : Integer.parseInt(minutes), suffix);
      if (time != null) {
        return Optional.of(new TimeMention(time, m.start(), m.end()));
      }
    }
    return Optional.empty();
  }

  private static LocalTime toTime(String part, int hour, int minute, String suffix) {
    if (hour > 23 || minute > 59) {
      return null;
    }
    int h = hour;
    String meridiem = suffix == null ? "" : suffix.replaceAll("[^aApP]", "").toLowerCase(Locale.ROOT);
    if (!meridiem.isEmpty()) {
      if (hour > 12) {
        return null;
      }
      h = meridiem.equals("p") ? hour % 12 + 12 : hour % 12;
    } else if (part != null && hour <= 12) {
      h =
          switch (part) {
            case "সকাল", "ভোর" -> hour % 12;
            // বেলা: the working day, "বেলা ১১টা" and "বেলা ৩টা" both
            case "দুপুর", "বেলা" -> hour >= 1 && hour <= 6 ? hour + 12 : hour;
            case "বিকাল", "বিকেল", "সন্ধ্যা", "সন্ধা" -> hour == 12 ? 12 : hour + 12;
            default -> nightHour(hour); // রাত
          };
    }
    return LocalTime.of(h, minute);
  }

  /** রাত ৮টা is 20:00 but রাত ২টা is 02:00, and রাত ১২টা is midnight. */
  private static int nightHour(int hour) {
    if (hour == 12) {
      return 0;
    }
    return hour >= 6 ? hour + 12 : hour;
  }
}
