package bd.gov.followup.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The directory bean, in a bare application context (no Camunda, no web). */
class DirectoryConfigurationTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(DirectoryConfiguration.class);

  @Test
  void loadsJhenaidahByDefault() {
    context.run(started -> {
      assertThat(started).hasNotFailed().hasSingleBean(OfficeDirectory.class);
      assertThat(started.getBean(OfficeDirectory.class).id()).isEqualTo("jhenaidah");
    });
  }

  @Test
  void loadsTheFileThePropertyNames() {
    context.withPropertyValues("followup.directory.location=classpath:directory/small-district.yaml").run(started -> {
      OfficeDirectory directory = started.getBean(OfficeDirectory.class);
      assertThat(directory.id()).isEqualTo("smalldistrict");
      assertThat(directory.secretary().id()).isEqualTo("programmer-ict");
    });
  }

  @Test
  void aPlainAbsolutePathIsAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("district.yaml");
    try (var in = getClass().getResourceAsStream("/directory/small-district.yaml")) {
      java.nio.file.Files.copy(in, file);
    }
    context.withPropertyValues("followup.directory.location=" + file.toAbsolutePath()).run(started ->
        assertThat(started.getBean(OfficeDirectory.class).id()).isEqualTo("smalldistrict"));
  }

  @Test
  void aMissingFileStopsTheApplication() {
    context.withPropertyValues("followup.directory.location=classpath:directory/nowhere.yaml").run(started ->
        assertThat(started).getFailure().rootCause().hasMessageContaining("nowhere.yaml"));
  }

  @Test
  void anInvalidFileStopsTheApplicationNamingFileAndOffice() {
    context.withPropertyValues("followup.directory.location=classpath:directory/invalid-district.yaml").run(started ->
        assertThat(firstInvalidDirectory(started.getStartupFailure()))
            .hasMessageContainingAll("invalid-district.yaml", "office 'uno-alpha'", "field 'upazila'"));
  }

  // Spring wraps the bean method's exception; the outermost of ours is the one that names the file
  private static Throwable firstInvalidDirectory(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidDirectoryException) {
        return cause;
      }
    }
    throw new AssertionError("no InvalidDirectoryException in " + failure);
  }
}
