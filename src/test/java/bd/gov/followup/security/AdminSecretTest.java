package bd.gov.followup.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class AdminSecretTest {

  @TempDir Path dir;

  @Test
  void fromTheEnvironment() {
    AdminSecret secret = AdminSecret.from(new MockEnvironment().withProperty(AdminSecret.ENV, "S3cret-Passw0rd!"));
    assertThat(secret.password()).isEqualTo("S3cret-Passw0rd!");
    assertThat(secret.toString()).doesNotContain("S3cret");
  }

  @Test
  void fromASecretFile_withoutItsTrailingNewline() throws Exception {
    Path file = Files.writeString(dir.resolve("admin-password"), "S3cret-Passw0rd! \n");
    AdminSecret secret = AdminSecret.from(new MockEnvironment().withProperty(AdminSecret.FILE_ENV, file.toString()));
    assertThat(secret.password()).isEqualTo("S3cret-Passw0rd! ");
  }

  @Test
  void noneGiven_saysWhatToSet() {
    assertThatThrownBy(() -> AdminSecret.from(new MockEnvironment()))
        .isInstanceOf(AdminSecret.MissingAdminSecretException.class)
        .hasMessageContaining("FOLLOWUP_ADMIN_PASSWORD").hasMessageContaining("FOLLOWUP_ADMIN_PASSWORD_FILE");
  }

  @Test
  void unreadableOrEmptyFile_orBoth_areRefused() throws Exception {
    assertThatThrownBy(() -> AdminSecret.from(new MockEnvironment()
        .withProperty(AdminSecret.FILE_ENV, dir.resolve("missing").toString())))
        .hasMessageContaining("cannot be read");
    Path empty = Files.writeString(dir.resolve("empty"), "\n");
    assertThatThrownBy(() -> AdminSecret.from(new MockEnvironment().withProperty(AdminSecret.FILE_ENV, empty.toString())))
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> AdminSecret.from(new MockEnvironment()
        .withProperty(AdminSecret.ENV, "x").withProperty(AdminSecret.FILE_ENV, empty.toString())))
        .hasMessageContaining("one way only");
  }
}
