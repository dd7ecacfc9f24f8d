package bd.gov.followup.report;

import bd.gov.followup.minutes.BengaliDigits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reasons the secretary gives for closing carried-over decisions, in the review form's one text field: a line
 * starting with a ticked decision's serial ("২: …", "2. …") is that decision's reason, the other lines are every
 * other ticked decision's. Only when every numbered line names a ticked decision: otherwise the text is one reason
 * for all, as a numbered list inside one reason ("১. … ২. …") reads.
 */
record CloseReasons(boolean perDecision, Map<Integer, String> own, String common) {

  private static final Pattern NUMBERED = Pattern.compile("^\\s*([0-9]{1,3})\\s*[.:ঃ)\\-–]\\s*(.*)$");

  static CloseReasons read(String text, Set<Integer> tickedSerials) {
    Map<Integer, String> own = new LinkedHashMap<>();
    List<String> common = new ArrayList<>();
    boolean allTicked = true;
    for (String line : text.lines().toList()) {
      Matcher numbered = NUMBERED.matcher(BengaliDigits.toAscii(line));
      if (numbered.matches()) {
        int serial = Integer.parseInt(numbered.group(1));
        allTicked &= tickedSerials.contains(serial);
        // the reason as written (its digits stay Bengali): toAscii keeps every character's place
        own.merge(serial, line.substring(numbered.start(2)).strip(), (a, b) -> a + "\n" + b);
      } else if (!line.isBlank()) {
        common.add(line.strip());
      }
    }
    if (own.isEmpty() || !allTicked) {
      return new CloseReasons(false, Map.of(), text.strip());
    }
    return new CloseReasons(true, own, String.join("\n", common));
  }

  /**
   * Where the lines are reasons per decision (a line's number names a ticked one), the listed decisions (1 to
   * {@code listed}) that another line's number names although they are not ticked: a tick forgotten, which would
   * leave that decision open and make the whole text one reason for the ticked ones. Empty for a numbered list that
   * names no ticked decision, which is one reason for all.
   */
  static List<Integer> untickedNamed(String text, Set<Integer> tickedSerials, int listed) {
    List<Integer> unticked = new ArrayList<>();
    boolean perDecision = false;
    for (String line : text.lines().toList()) {
      Matcher numbered = NUMBERED.matcher(BengaliDigits.toAscii(line));
      if (numbered.matches()) {
        int serial = Integer.parseInt(numbered.group(1));
        perDecision |= tickedSerials.contains(serial);
        if (serial >= 1 && serial <= listed && !tickedSerials.contains(serial) && !unticked.contains(serial)) {
          unticked.add(serial);
        }
      }
    }
    return perDecision ? unticked : List.of();
  }

  /** The reason for the decision of this serial; empty when none was given. */
  String of(int serial) {
    String reason = own.get(serial);
    return reason != null && !reason.isBlank() ? reason : common;
  }
}
