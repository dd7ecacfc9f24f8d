package bd.gov.followup.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every way in with a password — HTTP Basic on {@code /engine-rest} and {@code /api}, the webapps' login form — goes
 * through {@link LoginThrottle}: an attempt from an address still waiting after a wrong password for that user is
 * answered 429 with Retry-After, without checking the password; a 401 counts as a wrong password, and only a
 * password found right ({@link ThrottledBasicAuthentication}, or the login form letting the user in) ends the delay. Behind a reverse proxy the address is the client's only with the proxy's forwarded headers
 * (the prod profile reads them); otherwise all clients share the proxy's address, as they shared the user's delay
 * before.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  /** The webapps' login: POST …/auth/user/{engine}/login/{app} with the form fields username and password. */
  static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";
  private static final int MAX_FORM_BYTES = 16 * 1024;

  private final LoginThrottle throttle;
  private final ObjectMapper json;

  public LoginThrottleFilter(LoginThrottle throttle, ObjectMapper json) {
    this.throttle = throttle;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpServletRequest passed = request;
    String user = basicUser(request);
    if (user == null && isWebappLogin(request)) {
      FormRequest form = FormRequest.of(request);
      passed = form;
      user = form.field("username");
    }
    if (user == null || user.isBlank()) {
      chain.doFilter(passed, response);
      return;
    }
    String address = request.getRemoteAddr();
    Duration wait = throttle.waitFor(user, address);
    if (!wait.isZero()) {
      refuse(request, response, wait);
      return;
    }
    chain.doFilter(passed, response);
    if (Boolean.TRUE.equals(request.getAttribute(PASSWORD_RIGHT))
        || passed != request && response.getStatus() == HttpServletResponse.SC_OK) {
      throttle.succeeded(user, address); // HTTP Basic said so, or the webapps' login let the user in
    } else if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(user, address);
    }
  }

  private static final String PASSWORD_RIGHT = LoginThrottleFilter.class.getName() + ".passwordRight";

  /** Called by the HTTP Basic check when the password was right. */
  static void passwordWasRight(HttpServletRequest request) {
    request.setAttribute(PASSWORD_RIGHT, Boolean.TRUE);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", "Too Many Requests");
    problem.put("status", 429);
    problem.put("detail", "ভুল পাসওয়ার্ডের পর পরের চেষ্টা " + bd.gov.followup.minutes.BengaliDigits.of((int) seconds)
        + " সেকেন্ড পরে করুন / after a wrong password, try again in " + seconds + " s");
    problem.put("instance", request.getRequestURI());
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), problem);
  }

  static String basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : decoded.substring(0, colon);
    } catch (IllegalArgumentException notBase64) {
      return null; // the authentication filter refuses it
    }
  }

  private static boolean isWebappLogin(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "POST".equals(request.getMethod()) && path.startsWith(WEBAPP_LOGIN) && path.contains("/login/")
        && request.getContentType() != null
        && request.getContentType().startsWith("application/x-www-form-urlencoded");
  }

  /** The login form's body, read once here for the user name and given to the webapp unchanged. */
  static final class FormRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    private FormRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    static FormRequest of(HttpServletRequest request) throws IOException {
      return new FormRequest(request, request.getInputStream().readNBytes(MAX_FORM_BYTES));
    }

    String field(String name) {
      for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
        int equals = pair.indexOf('=');
        String key = equals < 0 ? pair : pair.substring(0, equals);
        if (name.equals(URLDecoder.decode(key, StandardCharsets.UTF_8))) {
          return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        }
      }
      return null;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override public int read() { return in.read(); }
        @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
        @Override public boolean isFinished() { return in.available() == 0; }
        @Override public boolean isReady() { return true; }
        @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
    }
  }
}
