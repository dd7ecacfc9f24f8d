package bd.gov.followup.workflow;

import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The application's mail sender, which a test can hold at the mail server: the next mail waits in {@link #send}
 * until the test lets it go (delivering it, or failing as a server that went down), so the test can act on the
 * database meanwhile, as another user or node would while a mail job talks to a slow server.
 */
class HeldMailSender extends JavaMailSenderImpl {

  private volatile CountDownLatch atServer;
  private volatile CountDownLatch letGo;
  private volatile boolean fail;
  private volatile boolean armed;

  /** The next mail sent waits at the server. */
  void holdNext() {
    atServer = new CountDownLatch(1);
    letGo = new CountDownLatch(1);
    fail = false;
    armed = true;
  }

  /** Waits until a mail job is at the server with its mail. */
  void awaitHeld() throws InterruptedException {
    if (!atServer.await(30, TimeUnit.SECONDS)) {
      throw new AssertionError("no mail reached the server");
    }
  }

  /** The held mail goes out. */
  void deliver() {
    letGo.countDown();
  }

  /** The held mail fails, as it does when the server goes down mid-send. */
  void failHeld() {
    fail = true;
    letGo.countDown();
  }

  @Override
  public void send(MimeMessage... mimeMessages) throws MailException {
    if (armed) {
      armed = false; // only the next mail: the others of the test go straight through
      CountDownLatch held = letGo;
      atServer.countDown();
      try {
        if (!held.await(30, TimeUnit.SECONDS)) {
          throw new AssertionError("the test never let the mail go");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MailSendException("interrupted at the server", e);
      }
      if (fail) {
        throw new MailSendException("Mail server connection failed (the test's server went down)");
      }
    }
    super.send(mimeMessages);
  }
}
