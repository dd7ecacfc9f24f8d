package bd.gov.followup.minutes;

/** A minutes file above {@link MinutesReaders#MAX_BYTES}; the web layer answers 413. */
public class MinutesTooLargeException extends RuntimeException {

  private final long limitBytes;

  public MinutesTooLargeException(long limitBytes) {
    super("minutes file larger than " + limitBytes + " bytes");
    this.limitBytes = limitBytes;
  }

  public long limitBytes() {
    return limitBytes;
  }

  /** What the official reads, whichever limit refused the file (the upload's or the whole request's). */
  public static String detail(long limitBytes) {
    long megabytes = limitBytes / (1024 * 1024);
    return "কার্যবিবরণীর ফাইল " + BengaliDigits.of(megabytes) + " MB এর বেশি হতে পারবে না; ছবি বাদ দিয়ে বা"
        + " লেখা হিসেবে (.txt) সংরক্ষণ করে আবার পাঠান / the minutes file may be at most " + megabytes + " MB ("
        + limitBytes + " bytes)";
  }
}
