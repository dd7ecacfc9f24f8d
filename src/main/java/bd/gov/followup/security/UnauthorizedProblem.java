package bd.gov.followup.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives the bare 401 of the authentication filters (Camunda's for {@code /engine-rest}, ours for {@code /api}) a
 * problem-details body (RFC 9457) that says what to do: log in, or check the user and password. An attempt that had
 * to wait after a wrong password (PasswordChecksThrottled) is a 429 with Retry-After instead: its password was not
 * checked, and the message says when to try again.
 */
public class UnauthorizedProblem extends OncePerRequestFilter {

  private final ObjectMapper json;

  public UnauthorizedProblem(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    BodyWatch watched = new BodyWatch(response);
    chain.doFilter(request, watched);
    if (watched.getStatus() != HttpServletResponse.SC_UNAUTHORIZED || watched.bodyStarted || response.isCommitted()) {
      return;
    }
    if (request.getAttribute(PasswordChecksThrottled.WAIT) instanceof java.time.Duration wait) {
      waitFirst(request, response, wait);
      return;
    }
    boolean credentialsSent = request.getHeader("Authorization") != null;
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", "Unauthorized");
    problem.put("status", HttpServletResponse.SC_UNAUTHORIZED);
    problem.put("detail", credentialsSent
        ? "ব্যবহারকারী বা পাসওয়ার্ড সঠিক নয়; ভুল চেষ্টার পর এই ঠিকানা থেকে পরের চেষ্টা সর্বোচ্চ এক মিনিট পর্যন্ত গ্রহণ করা হয় না"
            + " / wrong user or password; after wrong attempts, the next from this address waits up to a minute"
        : "লগইন প্রয়োজন: HTTP Basic-এ ব্যবহারকারী ও পাসওয়ার্ড পাঠান / log in: send the user and password with HTTP"
            + " Basic");
    problem.put("instance", request.getRequestURI());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getWriter(), problem);
  }

  /** The password was not checked: this user's last attempt from this address was wrong a moment ago. */
  private void waitFirst(HttpServletRequest request, HttpServletResponse response, java.time.Duration wait)
      throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", "Too Many Requests");
    problem.put("status", 429);
    problem.put("detail", "ভুল পাসওয়ার্ডের পর এই ঠিকানা থেকে পরের চেষ্টা " + bd.gov.followup.minutes.BengaliDigits.of((int) seconds)
        + " সেকেন্ড পরে করুন; পাসওয়ার্ড যাচাই করা হয়নি / after a wrong password, try again from this address in "
        + seconds + " s; the password was not checked");
    problem.put("instance", request.getRequestURI());
    response.setStatus(429);
    response.setHeader("WWW-Authenticate", null); // not a challenge: the credentials were not looked at
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getWriter(), problem);
  }

  /** Notes whether anyone downstream started a body, which must then be left alone. */
  private static final class BodyWatch extends HttpServletResponseWrapper {
    private boolean bodyStarted;

    BodyWatch(HttpServletResponse response) {
      super(response);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      bodyStarted = true;
      return super.getWriter();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      bodyStarted = true;
      return super.getOutputStream();
    }
  }
}
