package bd.gov.followup.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP/1.1 request from a chosen client address of this machine (127.0.0.1, 127.0.0.2, …: all of 127/8 is
 * loopback on Linux), which the JDK's HttpClient cannot choose: for what the server does per client address.
 */
public final class HttpFromAddress {

  public record Answer(int status, String text) {
    /** The cookies it sets, by name. */
    public Map<String, String> cookies() {
      Map<String, String> cookies = new LinkedHashMap<>();
      Matcher set = Pattern.compile("(?im)^Set-Cookie: ([^=]+)=([^;\r\n]*)").matcher(text);
      while (set.find()) {
        cookies.put(set.group(1), set.group(2));
      }
      return cookies;
    }
  }

  private HttpFromAddress() {}

  /** The request as written on the wire, "Connection: close" included. */
  public static Answer exchange(String from, int port, String request) throws IOException {
    return exchange(from, "127.0.0.1", port, request);
  }

  /** The same to an address of this machine other than loopback: a client on the LAN, as offices reach a server. */
  public static Answer exchange(String from, String to, int port, String request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress(to, port), 10_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Answer(Integer.parseInt(text.substring(9, 12)), text);
    }
  }

  /** The webapps' login as the login page does it: the page's session and CSRF token first, then the form. */
  public static Answer webappLogin(String from, int port, String engine, String user, String password)
      throws IOException {
    Answer page = exchange(from, port, "GET /camunda/app/tasklist/ HTTP/1.1\r\nHost: localhost\r\n"
        + "Connection: close\r\n\r\n");
    Map<String, String> cookies = page.cookies();
    if (!cookies.containsKey("XSRF-TOKEN")) {
      throw new IllegalStateException("no CSRF token from the login page: " + page.text());
    }
    String cookie = String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList());
    String form = "username=" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
    return exchange(from, port, "POST /camunda/api/admin/auth/user/" + engine + "/login/tasklist HTTP/1.1\r\n"
        + "Host: localhost\r\nCookie: " + cookie + "\r\nX-XSRF-TOKEN: " + cookies.get("XSRF-TOKEN") + "\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
        + form.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + form);
  }
}
