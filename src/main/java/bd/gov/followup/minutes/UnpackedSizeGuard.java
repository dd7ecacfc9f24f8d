package bd.gov.followup.minutes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipInputStream;

/**
 * Refuses a .docx that unpacks to more than a cap before POI parses it: within the 5 MB upload limit a zip can
 * still hold hundreds of megabytes of XML, which POI would hold in memory. Checked here rather than through POI's
 * ZipSecureFile, whose limits are global to the JVM and would also bind the report package.
 */
final class UnpackedSizeGuard {

  /** Minutes are a few hundred kilobytes of XML; pictures are already compressed and barely grow. */
  static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;

  private UnpackedSizeGuard() {}

  /** Whether the archive unpacks within the cap; an archive this check cannot read is left to POI to reject. */
  static boolean withinLimit(byte[] zip, long limit) {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      while (in.getNextEntry() != null) {
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          total += n;
          if (total > limit) {
            return false;
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return true; // not a zip we can stream (or a damaged one): POI decides
    }
    return true;
  }
}
