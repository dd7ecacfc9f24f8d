package bd.gov.followup.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Production without its public address starts, and says at start that the mails would link to localhost. */
@ExtendWith(OutputCaptureExtension.class)
class PublicAddressCheckTest {

  static final String PUBLIC = "https://followup.jhenaidah.gov.bd";

  static PublicAddressCheck check(String publicOrigin, String baseUrl) {
    return new PublicAddressCheck(publicOrigin, new MailProperties("followup@jhenaidah.gov.bd", baseUrl));
  }

  @Test
  void unset_warnsThatMailsLinkToLocalhost(CapturedOutput output) {
    // application-prod.yaml's base-url without FOLLOWUP_PUBLIC_ORIGIN
    check("", "http://localhost:8080").warnIfUnset();
    assertThat(output.getOut()).contains("WARN").contains("FOLLOWUP_PUBLIC_ORIGIN is not set")
        .contains("the links in mails lead to http://localhost:8080");
  }

  @Test
  void localhostOrNoAddress_warns() {
    for (String local : new String[] {"http://localhost:8080", "https://LOCALHOST", "http://127.0.0.1:8080",
        "http://[::1]:8080", "http://0.0.0.0"}) {
      assertThat(check(local, local).problem()).as(local).contains("points at this machine");
    }
    assertThat(check("followup.jhenaidah.gov.bd", "followup.jhenaidah.gov.bd").problem())
        .contains("is not an address like https://host");
  }

  @Test
  void aPublicOriginWithMailsLinkingElsewhereLocal_warns() {
    assertThat(check(PUBLIC, "http://localhost:8080").problem())
        .contains("followup.mail.base-url=http://localhost:8080 is not the public address " + PUBLIC);
  }

  @Test
  void thePublicAddress_isQuiet(CapturedOutput output) {
    PublicAddressCheck check = check(PUBLIC, PUBLIC);
    assertThat(check.problem()).isNull();
    check.warnIfUnset();
    assertThat(output.getOut()).doesNotContain("FOLLOWUP_PUBLIC_ORIGIN");
  }
}
