package bd.gov.followup.deadline;

import java.util.Locale;

/** How a holiday is declared; only public and executive-order holidays close government offices. */
public enum HolidayKind {
  /** সাধারণ ছুটি: a general holiday. */
  PUBLIC,
  /** নির্বাহী আদেশে ছুটি: a holiday by executive order. */
  EXECUTIVE,
  /** ঐচ্ছিক ছুটি: optional for one community (label optional-hindu, optional-ethnic, …); offices stay open. */
  OPTIONAL;

  /** Reads the label used in the holiday files: public, executive or optional-&lt;community&gt;. */
  public static HolidayKind fromLabel(String label) {
    String normalized = label == null ? "" : label.trim().toLowerCase(Locale.ROOT);
    if (normalized.equals("public")) {
      return PUBLIC;
    }
    if (normalized.equals("executive")) {
      return EXECUTIVE;
    }
    if (normalized.startsWith("optional-") && normalized.length() > "optional-".length()) {
      return OPTIONAL;
    }
    throw new IllegalArgumentException(
        "unknown holiday kind '" + label + "': expected public, executive or optional-<community>");
  }

  public boolean closesOffices() {
    return this != OPTIONAL;
  }
}
