package bd.gov.followup.minutes;

import java.util.List;

/** A meeting read from minutes, with what the secretary should check before confirming it. */
public record ExtractedMinutes(Meeting meeting, List<MinutesWarning> warnings) {

  public ExtractedMinutes {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
