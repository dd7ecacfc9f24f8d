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
}
