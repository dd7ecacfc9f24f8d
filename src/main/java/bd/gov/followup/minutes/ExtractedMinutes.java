package bd.gov.followup.minutes;

import java.util.List;
import java.util.Map;

/**
 * A meeting read from minutes, with what the secretary should check before confirming it.
 *
 * @param decisionPlaces where each decision's row is in the file ("line 22", "table row 3"), by decision number:
 *     a later check of a decision (its implementers against the directory) points at it there
 */
public record ExtractedMinutes(Meeting meeting, List<MinutesWarning> warnings, Map<Integer, String> decisionPlaces) {

  public ExtractedMinutes {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    decisionPlaces = decisionPlaces == null ? Map.of() : Map.copyOf(decisionPlaces);
  }

  public ExtractedMinutes(Meeting meeting, List<MinutesWarning> warnings) {
    this(meeting, warnings, Map.of());
  }

  /** Where the decision with this number was read, or "document" when the reader did not say. */
  public String placeOf(int decisionNumber) {
    return decisionPlaces.getOrDefault(decisionNumber, "document");
  }
}
