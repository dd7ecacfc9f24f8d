package bd.gov.followup.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A mail server that can keep the next client waiting: it accepts the connection and says nothing until the test lets
 * it go, then passes the session through to the real server (GreenMail). For nodes of their own, whose mail sender a
 * test cannot replace. The hold must end within JavaMail's read timeout (15 s in application.yaml).
 */
final class HeldSmtpServer implements AutoCloseable {

  private final ServerSocket socket;
  private final int target;
  private volatile CountDownLatch atServer;
  private volatile CountDownLatch letGo;
  private volatile boolean armed;

  HeldSmtpServer(int targetPort) throws IOException {
    this.target = targetPort;
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "held-smtp");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  void holdNext() {
    atServer = new CountDownLatch(1);
    letGo = new CountDownLatch(1);
    armed = true;
  }

  void awaitHeld() throws InterruptedException {
    if (!atServer.await(30, TimeUnit.SECONDS)) {
      throw new AssertionError("no mail job reached the server");
    }
  }

  void letGo() {
    letGo.countDown();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        CountDownLatch held = armed ? letGo : null;
        armed = false; // only the next client: the others go straight through
        Thread session = new Thread(() -> pass(client, held), "held-smtp-session");
        session.setDaemon(true);
        session.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void pass(Socket client, CountDownLatch held) {
    try (client; Socket server = new Socket(InetAddress.getLoopbackAddress(), target)) {
      if (held != null) {
        atServer.countDown();
        held.await(30, TimeUnit.SECONDS);
      }
      Thread up = pump(client.getInputStream(), server.getOutputStream());
      pump(server.getInputStream(), client.getOutputStream()).join();
      up.join(1000);
    } catch (IOException | InterruptedException e) {
      // the session ends with either side
    }
  }

  private static Thread pump(InputStream in, OutputStream out) {
    Thread pump = new Thread(() -> {
      try {
        in.transferTo(out);
      } catch (IOException closed) {
        // the other side closed
      } finally {
        try {
          out.close();
        } catch (IOException ignored) {
          // closing anyway
        }
      }
    }, "held-smtp-pump");
    pump.setDaemon(true);
    pump.start();
    return pump;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
