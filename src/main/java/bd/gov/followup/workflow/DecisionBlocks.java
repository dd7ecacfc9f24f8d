package bd.gov.followup.workflow;

import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.Decision;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The decisions as the secretary reads and types them in Tasklist: one block of labelled lines per decision.
 *
 * <pre>
 * সিদ্ধান্ত ০১: ওয়েব পোর্টাল হালনাগাদ          (number, then the topic)
 * আলোচনা: …                                    (optional; more lines continue it)
 * সিদ্ধান্ত: …                                   (the decision; more lines continue it)
 * বাস্তবায়নকারী: সকল দপ্তর প্রধান, ঝিনাইদহ।      (one implementer a line; further lines are more implementers)
 * সময়সীমা: ৩০/০১/২০২৪                           (optional: a date, or "৭ কর্মদিবস")
 * </pre>
 *
 * <p>Why text and not a form-js dynamic list: Camunda 7.24's Tasklist counts a form's validation errors as
 * {@code Object.keys(errors).length}, and form-js reports every field of a dynamic list with an empty error list,
 * so a form holding one can be neither submitted nor completed. A textarea has no such trap, and the labelled
 * lines are how minutes are written anyway. Mistakes are refused with the line they are on.
 */
public final class DecisionBlocks {

  /** The Tasklist forms' textarea (review and start form). */
  public static final String VARIABLE = "decisionsText";

  // "সিদ্ধান্ত ০২:", "সিদ্ধান্ত নং ০২:", "সিদ্ধান্ত-০২", "Decision 2"; never "সিদ্ধান্ত: ২ …" (the decision's label)
  private static final Pattern HEADER = Pattern.compile(nfc(
      "^\\s*(?:সিদ্ধান্ত|Decision)(?:\\s*(?:নং|নম্বর|No\\.?)\\s*[.:ঃ]?\\s*|\\s*-\\s*|\\s+)([০-৯0-9]+)"
          + "\\s*[:ঃ।.\\-]?\\s*(.*)$"), Pattern.CASE_INSENSITIVE);
  // the labels as typed: ি for ী is the commonest slip of Bengali keyboards ("বাস্তবায়নকারি", "সময়সিমা")
  private static final Pattern LABEL =
      Pattern.compile(nfc("^\\s*(আলোচনা|সিদ্ধান্ত|বাস্তবায়নকার[ীি]|সময়স[ীি]মা)\\s*[:ঃ]\\s*(.*)$"));
  /**
   * A label without its colon, refused rather than taken as more of the field before it: the bare word (or with a
   * dash), or সময়সীমা followed by a number. Not a sentence that begins with the word ("আলোচনা শেষে …").
   */
  private static final Pattern LABEL_WITHOUT_COLON = Pattern.compile(
      nfc("^\\s*(?:(?:আলোচনা|বাস্তবায়নকার[ীি]|সময়স[ীি]মা)\\s*[-–]?\\s*|সময়স[ীি]মা\\s*[-–]?\\s*[০-৯0-9].*"
          // no decision's text starts with the word for who implements it: that is the label, its colon missed
          + "|বাস্তবায়নকার[ীি](?:\\s*[-–]\\s*|\\s+)\\S.*)$"));
  private static final Pattern DATE = Pattern.compile("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})(?:\\s*খ্রি\\.?)?$");
  private static final Pattern WORKING_DAYS = Pattern.compile("^(\\d{1,3})\\s*কর্মদিবস.*$");
  private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private DecisionBlocks() {}

  private static String nfc(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
  }

  /** The decisions as blocks, numbers and dates in Bengali digits. */
  public static String write(List<Decision> decisions) {
    StringBuilder text = new StringBuilder();
    for (Decision decision : decisions) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append("সিদ্ধান্ত ").append(BengaliDigits.toBengali(decision.numberKey())).append(':');
      if (present(decision.topic())) {
        text.append(' ').append(oneLine(decision.topic()));
      }
      text.append('\n');
      if (present(decision.discussion())) {
        text.append("আলোচনা: ").append(oneLine(decision.discussion())).append('\n');
      }
      if (present(decision.text())) {
        text.append("সিদ্ধান্ত: ").append(oneLine(decision.text())).append('\n');
      }
      for (String implementer : decision.implementers()) {
        text.append("বাস্তবায়নকারী: ").append(oneLine(implementer)).append('\n');
      }
      if (decision.deadline() != null) {
        text.append("সময়সীমা: ").append(BengaliDigits.toBengali(WRITTEN.format(decision.deadline()))).append('\n');
      } else if (decision.deadlineWorkingDays() != null) {
        text.append("সময়সীমা: ").append(BengaliDigits.of(decision.deadlineWorkingDays())).append(" কর্মদিবস\n");
      }
    }
    return text.toString();
  }

  /** A field with something in it: a table's empty cell or a JSON "" gets no label with nothing after it. */
  private static boolean present(String field) {
    return field != null && !field.isBlank();
  }

  /**
   * A field as one line: a paragraph of the minutes that began "সিদ্ধান্ত ২ …" or "সময়সীমা: …" would otherwise be
   * read back as a new decision or another field.
   */
  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /**
   * The blocks as the JSON list the review check reads (number, topic, discussion, text, implementers, deadline,
   * deadlineWorkingDays). Every mistake is named with its line, not only the first.
   *
   * @throws BadUserRequestException when a line is not understood or a decision lacks its number, text or
   *     implementers
   */
  public static ArrayNode parse(String text, ObjectMapper objectMapper) {
    ArrayNode list = objectMapper.createArrayNode();
    List<String> errors = new ArrayList<>();
    ObjectNode current = null;
    int currentLine = 0;
    String field = null;
    java.util.Set<String> labelled = new java.util.HashSet<>();
    int unlabelledText = 0; // the line where a block's unlabelled text began, if it did
    java.util.Map<Integer, Integer> lineOfNumber = new java.util.HashMap<>();
    String[] lines = text == null ? new String[0] : text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      // composed as the patterns are: some keyboards type য় as one character, others as two
      String line = nfc(lines[i]).strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher header = HEADER.matcher(line);
      if (header.matches()) {
        check(current, currentLine, errors);
        current = list.addObject();
        currentLine = lineNo;
        current.put("number", number(header.group(1), lineNo, lineOfNumber, errors));
        current.put("topic", blankToNull(header.group(2)));
        current.putArray("implementers");
        current.putNull("deadlineWorkingDays"); // no "সময়সীমা: ৭ কর্মদিবস" line: no span (the review keeps none)
        field = null;
        labelled.clear();
        unlabelledText = 0;
        continue;
      }
      if (current == null) {
        errors.add(where(lineNo) + "প্রথমে \"সিদ্ধান্ত ০১:\" লিখুন / start with \"সিদ্ধান্ত ০১:\"");
        continue;
      }
      Matcher label = LABEL.matcher(line);
      String value = line;
      if (label.matches()) {
        field = switch (label.group(1)) {
          case "আলোচনা" -> "discussion";
          case "সিদ্ধান্ত" -> "text";
          case "বাস্তবায়নকারী", "বাস্তবায়নকারি" -> "implementers";
          default -> "deadline";
        };
        // one decision has one text, one discussion, one deadline: a second is a decision's header gone missing
        if ("text".equals(field) && unlabelledText > 0 && !labelled.contains(field)) {
          // "আলোচনা পোর্টাল নিয়ে…" (its colon missed) then "সিদ্ধান্ত: …": the discussion would become the decision
          errors.add(where(lineNo) + "সিদ্ধান্তের লেখা দুইবার: লাইন " + BengaliDigits.of(unlabelledText)
              + "-এর লেবেলহীন লেখা এবং \"সিদ্ধান্ত:\"; লাইন " + BengaliDigits.of(unlabelledText)
              + " আলোচনা হলে তার শুরুতে \"আলোচনা:\" লিখুন / the decision's text twice: the unlabelled line "
              + unlabelledText + " and \"সিদ্ধান্ত:\"; if line " + unlabelledText + " is the discussion, start it with"
              + " \"আলোচনা:\"");
          labelled.add(field);
          continue;
        }
        if (!"implementers".equals(field) && !labelled.add(field)) {
          errors.add(where(lineNo) + "\"" + label.group(1) + ":\" একই সিদ্ধান্তে দুইবার; নতুন সিদ্ধান্ত হলে আগে "
              + "\"সিদ্ধান্ত ০২:\" লিখুন / \"" + label.group(1) + ":\" twice in one decision: start a new decision with "
              + "its header");
          continue;
        }
        value = label.group(2).strip();
        if (value.isEmpty()) {
          continue;
        }
      } else if (LABEL_WITHOUT_COLON.matcher(line).matches()) {
        errors.add(where(lineNo) + "লেবেলের পরে কোলন দিন (যেমন \"সময়সীমা: ৩০/০১/২০২৪\") / put a colon after the "
            + "label: " + line);
        continue;
      } else if (field == null) {
        field = "text"; // a block's first unlabelled lines are the decision itself
        unlabelledText = lineNo;
      }
      switch (field) {
        case "implementers" -> ((ArrayNode) current.get("implementers")).add(value);
        case "deadline" -> deadline(current, value, lineNo, errors);
        default -> {
          String before = current.path(field).asText(null);
          current.put(field, before == null ? value : before + "\n" + value);
        }
      }
    }
    check(current, currentLine, errors);
    if (list.isEmpty() && errors.isEmpty()) {
      errors.add(VARIABLE + ": অন্তত একটি সিদ্ধান্ত দিন / at least one decision is required");
    }
    if (!errors.isEmpty()) {
      throw new BadUserRequestException(String.join("; ", errors));
    }
    return list;
  }

  private static void deadline(ObjectNode decision, String value, int lineNo, List<String> errors) {
    String ascii = BengaliDigits.toAscii(value).strip();
    Matcher date = DATE.matcher(ascii);
    Matcher span = WORKING_DAYS.matcher(ascii);
    try {
      if (date.matches()) {
        LocalDate day = LocalDate.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)),
            Integer.parseInt(date.group(1)));
        decision.put("deadline", day.toString());
        return;
      }
      if (span.matches() && Integer.parseInt(span.group(1)) > 0) {
        int days = Integer.parseInt(span.group(1));
        if (days > bd.gov.followup.minutes.Decision.MAX_DEADLINE_WORKING_DAYS) {
          errors.add(where(lineNo) + "কর্মদিবসে সময়সীমা ১–৬০ / a deadline in working days must be 1 to "
              + bd.gov.followup.minutes.Decision.MAX_DEADLINE_WORKING_DAYS + ": " + days);
        }
        decision.put("deadlineWorkingDays", days);
        return;
      }
    } catch (DateTimeException e) {
      // in the right form, but no day of the calendar: say so, not "write it as dd/mm/yyyy"
      errors.add(where(lineNo) + "সময়সীমা «" + value.strip() + "» কোনো সঠিক তারিখ নয় / not a real"
          + " date: " + value.strip());
      return;
    }
    errors.add(where(lineNo) + "সময়সীমা দিন/মাস/বছর (৩০/০১/২০২৪) বা \"৭ কর্মদিবস\" আকারে দিন / "
        + "a deadline is dd/mm/yyyy or a number of working days: " + value);
  }

  private static void check(ObjectNode decision, int lineNo, List<String> errors) {
    if (decision == null) {
      return;
    }
    String number = BengaliDigits.toBengali(String.format(java.util.Locale.ROOT, "%02d", decision.get("number").asInt()));
    if (decision.path("text").isMissingNode() && decision.path("topic").isNull()) {
      errors.add(where(lineNo) + "সিদ্ধান্ত " + number + "-এর বিবরণ দিন / decision " + number + " has no text");
    }
    if (decision.get("implementers").isEmpty()) {
      errors.add(where(lineNo) + "সিদ্ধান্ত " + number + "-এর বাস্তবায়নকারী দিন / decision " + number
          + " has no implementer (বাস্তবায়নকারী: …)");
    }
  }

  /**
   * The block's number, checked here so that the refusal names the line the secretary typed rather than a position
   * in a list: 1 to 999 (minutes number decisions ০১, ০২, …), each once.
   */
  private static int number(String written, int lineNo, java.util.Map<Integer, Integer> lineOfNumber,
      List<String> errors) {
    String ascii = BengaliDigits.toAscii(written).replaceFirst("^0+(?=\\d)", "");
    int number = ascii.length() > 3 ? 0 : Integer.parseInt(ascii);
    if (number < 1) {
      errors.add(where(lineNo) + "সিদ্ধান্তের ক্রমিক নম্বর ১ থেকে ৯৯৯ দিন / a decision's number is 1 to 999: " + written);
      return 0;
    }
    Integer earlier = lineOfNumber.putIfAbsent(number, lineNo);
    if (earlier != null) {
      errors.add(where(lineNo) + "ক্রমিক নম্বর " + BengaliDigits.of(number) + " লাইন " + BengaliDigits.of(earlier)
          + "-এও আছে / decision number " + number + " is used on line " + earlier + " too");
    }
    return number;
  }

  private static String where(int lineNo) {
    return VARIABLE + " line " + lineNo + ": ";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
