package bd.gov.followup.directory;

/**
 * One normalised word of a phrase, with where it stands in the text as written, so that whatever the directory cannot
 * resolve can be reported exactly as the minutes wrote it.
 *
 * @param word the normalised word, or {@link #BLANK} for a fill-in blank ("জনাব.....")
 * @param start index of the first character in the original text
 * @param end index after the last character in the original text
 */
record Token(String word, int start, int end) {

  /** A run of dots or underscores left to be filled in: it stands for someone the minutes did not name. */
  static final String BLANK = "…";

  boolean blank() {
    return BLANK.equals(word);
  }
}
