package bd.gov.followup.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.env.Environment;

/**
 * The administrator's password, from the environment ({@value #ENV}) or from a secret file ({@value #FILE_ENV}, as
 * Docker and Kubernetes secrets mount them). Never a default: without one, production must not start.
 */
public record AdminSecret(String password, String source) {

  public static final String ENV = "FOLLOWUP_ADMIN_PASSWORD";
  public static final String FILE_ENV = "FOLLOWUP_ADMIN_PASSWORD_FILE";

  @Override
  public String toString() {
    return "AdminSecret[from " + source + "]";
  }

  /** @throws MissingAdminSecretException with what to set, when neither is given or the file is unusable */
  public static AdminSecret from(Environment environment) {
    String direct = environment.getProperty(ENV);
    String file = environment.getProperty(FILE_ENV);
    if (notBlank(direct) && notBlank(file)) {
      throw new MissingAdminSecretException(
          "Both " + ENV + " and " + FILE_ENV + " are set: give the admin password one way only.");
    }
    if (notBlank(direct)) {
      return new AdminSecret(direct, ENV);
    }
    if (notBlank(file)) {
      String content;
      try {
        content = Files.readString(Path.of(file), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        throw new MissingAdminSecretException(
            FILE_ENV + " names " + file + ", which cannot be read (" + e + "): the admin password cannot be set.");
      }
      // secret files usually end with a newline that is not part of the password
      String password = content.replaceAll("[\\r\\n]+$", "");
      if (password.isBlank()) {
        throw new MissingAdminSecretException(FILE_ENV + " names " + file + ", which is empty.");
      }
      return new AdminSecret(password, FILE_ENV + "=" + file);
    }
    throw new MissingAdminSecretException(
        "No admin password given. The prod profile (the default for java -jar) refuses to start without one: set "
            + ENV + " or put it in a file and set " + FILE_ENV + " to its path. For a local trial run with "
            + "--spring.profiles.active=demo instead (demo users, password \"demo\").");
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }

  /** Production configuration is incomplete; the message says what to set. */
  public static class MissingAdminSecretException extends IllegalStateException {
    public MissingAdminSecretException(String message) {
      super(message);
    }
  }
}
