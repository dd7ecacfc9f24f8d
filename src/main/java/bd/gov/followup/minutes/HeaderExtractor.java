package bd.gov.followup.minutes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the lines above the decision table: office, committee (from the title), chair, date, time and place. */
final class HeaderExtractor {

  private static final String GOVERNMENT = Texts.nfc("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার");
  private static final Pattern TITLE = Pattern.compile(Texts.nfc("কার্য[\\s\u00a0]?বিবরণ[ীি]"));
  private static final Pattern MONTH_YEAR =
      Pattern.compile("(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]++)[\\s\u00a0]*+,?[\\s\u00a0]*+([0-9]{4})(?![0-9])");
  private static final String LABELS =
      "(সভার সভাপতি|সভাপতি|সভার তারিখ ও সময়|তারিখ ও সময়|সভার তারিখ|তারিখ|সভার সময়|সময়|সভার স্থান|স্থান"
          + "|উপস্থিত সদস্যবৃন্দ|উপস্থিত সদস্যগণ|উপস্থিত সদস্য|উপস্থিতি)";
  private static final Pattern LABELLED_LINE =
      Pattern.compile(Texts.nfc("^" + LABELS + "[\\s\u00a0]*[:ঃ][\\s\u00a0]*(.+)$"));
  /** A two-cell row copied from a PDF: the label, a run of spaces for the tab, the value. */
  private static final Pattern SPACED_LINE =
      Pattern.compile(Texts.nfc("^" + LABELS + "[\\s\u00a0\u202f]{2,}(\\S.*)$"));
  /** A header's value is a phrase: longer, or with a sentence's end (।) inside, it is the minutes' prose. */
  private static final int MAX_SPACED_VALUE = 150;
  private static final Pattern MEMO_WORDS = Pattern.compile(Texts.nfc("স্মারক|নম্বর|নং"));
  private static final int MAX_LABEL = 30;

  private final Findings findings;

  HeaderExtractor(Findings findings) {
    this.findings = findings;
  }

  MeetingHeader extract(List<SourceLine> lines) {
    int title = titleIndex(lines);
    String committee = null;
    YearMonth titleMonth = null;
    String titleLocation = null;
    if (title >= 0) {
      String titleText = lines.get(title).cell(0);
      committee = CommitteeNames.of(titleText);
      titleMonth = monthOf(titleText);
      titleLocation = lines.get(title).location();
    } else {
      findings.warn("committee", "document", "কার্যবিবরণীর শিরোনাম পাওয়া যায়নি; কমিটির নাম লিখে দিন");
    }
    String office = officeOf(lines, title);
    if (office == null) {
      findings.warn("office", "document", "দপ্তরের নাম (শিরোনামের ওপরে) পাওয়া যায়নি");
    }

    Map<HeaderKind, Object> values = new EnumMap<>(HeaderKind.class);
    String dateLocation = null;
    String invalidDate = null; // the first date written that is no date, and where
    String invalidDateLocation = null;
    boolean spacedSaid = false;
    for (SourceLine line : lines) {
      Labelled labelled = labelled(line);
      if (labelled == null) {
        continue;
      }
      if (labelled.spaced() && !spacedSaid) {
        spacedSaid = true;
        findings.warn(labelled.expected().iterator().next().field(), line.location(), "লেবেল ও তার মান ট্যাবের বদলে"
            + " স্পেস দিয়ে আলাদা (পিডিএফ থেকে কপি করলে এমন হয়); দুই বা ততোধিক স্পেসকে ঘরের সীমা ধরে পড়া হয়েছে,"
            + " সভার তথ্য মিলিয়ে দেখুন / the header's labels and values are separated by spaces, not tabs (as a PDF"
            + " copies them): read at runs of two or more spaces; check the meeting's details");
      }
      HeaderValue value = HeaderValue.of(labelled.value());
      Set<HeaderKind> kinds = value.kinds();
      if (value.unknown() != null) {
        Optional<HeaderKind> byLabel = textKindOf(labelled.expected());
        if (byLabel.isPresent()) {
          kinds.add(byLabel.get());
        } else {
          findings.warn(
              labelled.expected().iterator().next().field(),
              line.location(),
              "«" + value.unknown() + "» " + labelled.expected().iterator().next().bengali() + " হিসেবে পড়া যায়নি");
        }
      }
      Set<HeaderKind> unexpected = EnumSet.noneOf(HeaderKind.class);
      unexpected.addAll(kinds);
      unexpected.removeAll(labelled.expected());
      if (!unexpected.isEmpty()) {
        HeaderKind kind = unexpected.iterator().next();
        findings.warn(
            kind.field(),
            line.location(),
            "‘" + labelled.label() + "’ ঘরে " + kind.bengali() + " লেখা আছে; লেবেল নয়, লেখার ধরন দেখে "
                + kind.bengali() + " হিসেবে নেওয়া হয়েছে");
      }
      for (HeaderKind kind : kinds) {
        Object v = valueOf(kind, value);
        String notADate = kind == HeaderKind.DATE ? notADate(value) : null;
        if (notADate != null) {
          if (invalidDate == null) {
            invalidDate = notADate;
            invalidDateLocation = line.location();
          }
          continue;
        }
        if (v == null || kind == HeaderKind.ATTENDANCE) {
          continue;
        }
        Object earlier = values.putIfAbsent(kind, v);
        if (earlier != null && !earlier.equals(v)) {
          findings.warn(
              kind.field(), line.location(), kind.bengali() + " দুইবার লেখা আছে; প্রথমটি («" + earlier + "») নেওয়া হয়েছে");
        }
        if (kind == HeaderKind.DATE && earlier == null) {
          dateLocation = line.location();
          checkWeekday(findings, "date", labelled.value(), (LocalDate) v, line.location());
          checkBanglaDate(value, line.location());
        }
      }
    }
    LocalDate date = (LocalDate) values.get(HeaderKind.DATE);
    if (date == null && title >= 0) {
      date = dateIn(lines.get(title).cell(0), titleLocation);
      dateLocation = date == null ? null : titleLocation;
    }
    if (date == null) {
      // the meeting's date names it, orders it before the next meeting (which carries its open decisions over) and
      // dates its letters; the review form cannot add it later
      findings.problem("date", invalidDateLocation == null ? "document" : invalidDateLocation,
          (invalidDate == null ? "সভার তারিখ পাওয়া যায়নি / the meeting's date is missing" : invalidDate)
              + "; সভার তারিখ লিখুন (যেমন ১৯/১১/২০২৩) / write the meeting's date (e.g. 19/11/2023)");
    } else if (invalidDate != null) {
      findings.warn("date", invalidDateLocation, invalidDate + "; অন্য লাইনের তারিখটি নেওয়া হয়েছে / the date of another line"
          + " is taken");
    } else if (titleMonth != null && !titleMonth.equals(YearMonth.from(date))) {
      findings.warn(
          "date",
          titleLocation,
          "শিরোনামে " + monthName(titleMonth) + " লেখা, কিন্তু সভার তারিখ " + BengaliDates.format(date));
    }
    if (values.get(HeaderKind.TIME) == null) {
      findings.warn("time", "document", "সভার সময় পাওয়া যায়নি");
    }
    if (values.get(HeaderKind.PLACE) == null) {
      findings.warn("place", "document", "সভার স্থান পাওয়া যায়নি");
    }
    return new MeetingHeader(
        office,
        committee,
        titleMonth,
        titleLocation,
        (String) values.get(HeaderKind.NAME),
        (String) values.get(HeaderKind.DESIGNATION),
        date,
        dateLocation,
        (LocalTime) values.get(HeaderKind.TIME),
        (String) values.get(HeaderKind.PLACE));
  }

  /**
   * The date a title gives the meeting ("গত ০৫ নভেম্বর ২০২৬ খ্রিঃ তারিখে অনুষ্ঠিত …"), for minutes with no date line;
   * said where it was read, as the secretary expects it on a line of its own. Null when the title has none.
   */
  private LocalDate dateIn(String title, String location) {
    Optional<DateMention> gregorian = DateFinder.gregorian(title).stream().filter(DateMention::valid).findFirst();
    if (gregorian.isPresent()) {
      return takenFromTitle(gregorian.get().date(), title.substring(gregorian.get().start(), gregorian.get().end()),
          location);
    }
    Optional<DateFinder.BanglaMention> bangla =
        DateFinder.bangla(title).stream().filter(b -> b.date() != null).findFirst();
    return bangla
        .map(b -> takenFromTitle(b.date().toGregorian(), title.substring(b.start(), b.end()), location))
        .orElse(null);
  }

  private LocalDate takenFromTitle(LocalDate date, String written, String location) {
    findings.warn("date", location, "‘সভার তারিখ’ লাইন নেই; সভার তারিখ শিরোনাম থেকে পড়া হয়েছে: «" + Texts.strip(written)
        + "» = " + BengaliDates.format(date) + "। ঠিক না হলে সংশোধন করুন");
    return date;
  }

  /** Why a date row's value is no date, or null when it is one. */
  private static String notADate(HeaderValue value) {
    if (value.invalidDate() != null) {
      return "«" + value.invalidDate() + "» কোনো সঠিক তারিখ নয় / is not a date";
    }
    if (value.date() == null && value.banglaDate() != null && value.banglaGregorian() == null) {
      return "«" + value.banglaDate() + "» বাংলা পঞ্জিকার কোনো সঠিক দিন নয় / is no day of the Bangla calendar";
    }
    return null;
  }

  /**
   * A meeting dated only in the Bangla calendar is dated by it, saying so; a Bangla date beside a Gregorian one must
   * be the same day: reported, never corrected, as the issue date's is.
   */
  private void checkBanglaDate(HeaderValue value, String location) {
    if (value.banglaGregorian() == null) {
      if (value.banglaDate() != null && value.date() != null) {
        findings.warn("date", location, "«" + value.banglaDate() + "» বাংলা পঞ্জিকার কোনো সঠিক দিন নয়; খ্রিস্টীয় তারিখটি"
            + " নেওয়া হয়েছে / is no day of the Bangla calendar; the Gregorian date is taken");
      }
      return;
    }
    if (value.date() == null) {
      findings.warn("date", location, "খ্রিস্টীয় তারিখ নেই; বাংলা তারিখ «" + value.banglaDate() + "» থেকে "
          + BengaliDates.format(value.banglaGregorian()) + " হিসাব করা হয়েছে / no Gregorian date; computed from the"
          + " Bangla date");
    } else if (!value.banglaGregorian().equals(value.date())) {
      findings.warn("date", location, "বাংলা তারিখ «" + value.banglaDate() + "» আর " + BengaliDates.format(value.date())
          + " এক দিন নয় (" + BengaliDates.formatBoth(value.date()) + "); খ্রিস্টীয় তারিখটি নেওয়া হয়েছে"
          + " / the Bangla date is another day; the Gregorian date is taken");
    }
  }

  /** A weekday written beside a date must be that date's weekday: report it, never correct it. */
  static void checkWeekday(Findings findings, String field, String written, LocalDate date, String location) {
    Optional<DayOfWeek> named = Weekdays.named(written);
    if (date != null && named.isPresent() && named.get() != date.getDayOfWeek()) {
      findings.warn(
          field,
          location,
          Weekdays.bengali(named.get()) + " লেখা, কিন্তু " + BengaliDates.format(date) + " "
              + Weekdays.bengali(date.getDayOfWeek()));
    }
  }

  private record Labelled(String label, String value, Set<HeaderKind> expected, boolean spaced) {}

  /** A header row: a known label and its value, as a two-cell row or as "label: value". */
  private static Labelled labelled(SourceLine line) {
    if (line.isRow()) {
      String label = Texts.withoutTrailing(line.cell(0), ":ঃ");
      String value = Texts.strip(String.join(" ", line.cells().subList(1, line.cells().size())));
      Set<HeaderKind> expected = kindsOfLabel(label);
      return expected.isEmpty() || value.isEmpty() ? null : new Labelled(label, value, expected, false);
    }
    Matcher m = LABELLED_LINE.matcher(line.cell(0));
    if (m.matches()) {
      Set<HeaderKind> expected = kindsOfLabel(m.group(1));
      return new Labelled(m.group(1), Texts.strip(m.group(2)), expected, false);
    }
    Matcher spaced = SPACED_LINE.matcher(line.cell(0));
    if (spaced.matches()) {
      String value = Texts.strip(spaced.group(2));
      int sentenceEnd = value.indexOf('।');
      boolean phrase = value.length() <= MAX_SPACED_VALUE && (sentenceEnd < 0 || sentenceEnd == value.length() - 1);
      return phrase ? new Labelled(spaced.group(1), value, kindsOfLabel(spaced.group(1)), true) : null;
    }
    return null;
  }

  private static Set<HeaderKind> kindsOfLabel(String label) {
    Set<HeaderKind> kinds = EnumSet.noneOf(HeaderKind.class);
    if (label.isEmpty() || label.length() > MAX_LABEL || MEMO_WORDS.matcher(label).find()) {
      return kinds;
    }
    if (label.contains("সভাপতি")) {
      kinds.add(HeaderKind.NAME);
      kinds.add(HeaderKind.DESIGNATION);
    } else if (label.contains("উপস্থিত")) {
      kinds.add(HeaderKind.ATTENDANCE);
    } else if (label.contains("স্থান")) {
      kinds.add(HeaderKind.PLACE);
    } else {
      if (label.contains("তারিখ")) {
        kinds.add(HeaderKind.DATE);
      }
      if (label.contains(Texts.nfc("সময়"))) {
        kinds.add(HeaderKind.TIME);
      }
    }
    return kinds;
  }

  /** For a value without a shape of its own, the label decides, if it names a text field. */
  private static Optional<HeaderKind> textKindOf(Set<HeaderKind> expected) {
    if (expected.contains(HeaderKind.NAME)) {
      return Optional.of(HeaderKind.NAME);
    }
    if (expected.contains(HeaderKind.PLACE)) {
      return Optional.of(HeaderKind.PLACE);
    }
    if (expected.contains(HeaderKind.ATTENDANCE)) {
      return Optional.of(HeaderKind.ATTENDANCE);
    }
    return Optional.empty();
  }

  private static Object valueOf(HeaderKind kind, HeaderValue value) {
    return switch (kind) {
      case NAME -> value.name() != null ? value.name() : value.unknown();
      case DESIGNATION -> value.designation();
      case DATE -> value.date() != null ? value.date() : value.banglaGregorian();
      case TIME -> value.time();
      case PLACE -> value.place() != null ? value.place() : value.unknown();
      case ATTENDANCE -> null;
    };
  }

  private static int titleIndex(List<SourceLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isRow() && TITLE.matcher(lines.get(i).cell(0)).find()) {
        return i;
      }
    }
    return -1;
  }

  private static YearMonth monthOf(String title) {
    Matcher m = MONTH_YEAR.matcher(BengaliDigits.toAscii(title));
    while (m.find()) {
      int month = MonthNames.gregorian(m.group(1));
      if (month != 0) {
        return YearMonth.of(Integer.parseInt(m.group(2)), month);
      }
    }
    return null;
  }

  private static String monthName(YearMonth month) {
    String date = BengaliDates.format(month.atDay(1));
    return date.substring(date.indexOf(' ') + 1).replace(" খ্রিস্টাব্দ", "");
  }

  /**
   * The office: the lines under "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার" up to a blank line, the website or the title,
   * joined with commas ("তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, জেলা কার্যালয়, ঝিনাইদহ").
   */
  private static String officeOf(List<SourceLine> lines, int title) {
    int start = -1;
    for (int i = 0; i < lines.size() && (title < 0 || i < title); i++) {
      if (!lines.get(i).isRow() && lines.get(i).cell(0).contains(GOVERNMENT)) {
        start = i + 1;
        break;
      }
    }
    if (start < 0) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (int i = start; i < lines.size() && i != title; i++) {
      SourceLine line = lines.get(i);
      String text = line.cell(0);
      if (line.isRow() || line.isBlank() || text.contains("http") || text.contains("www.") || text.contains("@")) {
        break;
      }
      parts.add(Texts.withoutEndPunctuation(text));
    }
    parts.removeIf(String::isEmpty);
    return parts.isEmpty() ? null : String.join(", ", parts);
  }
}
