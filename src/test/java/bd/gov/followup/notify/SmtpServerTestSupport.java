package bd.gov.followup.notify;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real SMTP server (GreenMail on a free port) for the mail tests of this package, and the application's mail
 * settings pointing at it. One server for the test JVM (the Spring contexts that use it are cached and outlive a
 * test class); each test starts with an empty mailbox.
 */
abstract class SmtpServerTestSupport {

  static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  static {
    SMTP.start();
  }

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    registry.add("followup.mail.from", () -> "followup@jhenaidah.test");
  }

  @BeforeEach
  void emptyMailbox() throws FolderException {
    SMTP.purgeEmailFromAllMailboxes();
  }
}
