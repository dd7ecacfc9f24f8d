package bd.gov.followup.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The real Jhenaidah directory file, loaded once for the tests that read it. */
public final class JhenaidahDirectory {

  public static final OfficeDirectory DIRECTORY = load();

  private JhenaidahDirectory() {}

  private static OfficeDirectory load() {
    try (InputStream yaml = JhenaidahDirectory.class.getResourceAsStream("/directory/jhenaidah.yaml")) {
      return OfficeDirectory.load(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
