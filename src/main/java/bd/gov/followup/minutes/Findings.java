package bd.gov.followup.minutes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects warnings and problems while minutes are read, so the secretary sees all of them at once. */
final class Findings {

  private final List<MinutesWarning> warnings = new ArrayList<>();
  private final List<MinutesProblem> problems = new ArrayList<>();
  private final Map<Integer, String> decisionPlaces = new HashMap<>();
  private final Map<Integer, String> decisionTextPlaces = new HashMap<>();

  void warn(String field, String location, String message) {
    warnings.add(new MinutesWarning(field, location, message));
  }

  void problem(String field, String location, String message) {
    problems.add(new MinutesProblem(field, location, message));
  }

  /** Where a decision's row was read; the first row of a number used twice keeps it. */
  void decisionAt(int number, String location) {
    decisionPlaces.putIfAbsent(number, location);
  }

  /**
   * Where the decision of the row at this index is written when that is not the row's own line: a paragraph's
   * সিদ্ধান্ত line, under its number and topic. A problem with the decision itself points there.
   */
  void decisionTextAt(int row, String location) {
    decisionTextPlaces.put(row, location);
  }

  /** Where the decision of the row at this index is written: as {@link #decisionTextAt} said, else its row's line. */
  String decisionTextPlace(int row, String rowLocation) {
    return decisionTextPlaces.getOrDefault(row, rowLocation);
  }

  /** The result, or the problems as an exception when there are any. */
  ExtractedMinutes result(Meeting meeting) {
    if (!problems.isEmpty()) {
      throw new MinutesFormatException(problems);
    }
    return new ExtractedMinutes(meeting, warnings, decisionPlaces);
  }

  /** The problems found so far as an exception; there must be at least one. */
  MinutesFormatException failure() {
    return new MinutesFormatException(problems);
  }
}
