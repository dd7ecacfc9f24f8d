package bd.gov.followup.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request that changes something ({@code POST}, {@code PUT}, {@code DELETE}, …) on {@code /engine-rest}
 * or {@code /api} when a browser sent it from another site.
 *
 * <p>HTTP Basic is no defence there on its own: a browser that once answered the Basic challenge re-sends the
 * credentials with every request to this origin, including a form that another site posts here (a multipart
 * import needs no CORS preflight). Browsers name the page's origin in {@code Origin} (and say
 * {@code Sec-Fetch-Site}) on every such request; scripts, curl and other servers send neither, so they are
 * unaffected. Accepted: no {@code Origin}, this server's own origin, or the public origin the prod profile names
 * ({@code FOLLOWUP_PUBLIC_ORIGIN}, when a proxy stands in front).
 */
public class CrossSiteWriteGuard extends OncePerRequestFilter {

  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final String publicOrigin;
  private final ObjectMapper json;

  /** @param publicOrigin e.g. {@code https://followup.jhenaidah.gov.bd}, or blank */
  public CrossSiteWriteGuard(String publicOrigin, ObjectMapper json) {
    this.publicOrigin = publicOrigin == null || publicOrigin.isBlank() ? null : normalized(publicOrigin);
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String origin = request.getHeader("Origin");
    String site = request.getHeader("Sec-Fetch-Site");
    boolean foreign = "cross-site".equals(site) || "same-site".equals(site)
        || origin != null && !normalized(origin).equals(publicOrigin) && !normalized(origin).equals(ownOrigin(request));
    if (READING.contains(request.getMethod()) || !foreign) {
      chain.doFilter(request, response);
      return;
    }
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", "Forbidden");
    problem.put("status", HttpServletResponse.SC_FORBIDDEN);
    problem.put("detail", "অন্য সাইটের পাতা থেকে পাঠানো পরিবর্তন গ্রহণ করা হয় না / a change sent by a page of another"
        + " site is refused (Origin: " + (origin == null ? "-" : origin) + ", Sec-Fetch-Site: "
        + (site == null ? "-" : site) + ")");
    problem.put("instance", request.getRequestURI());
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getWriter(), problem);
  }

  private static String ownOrigin(HttpServletRequest request) {
    return normalized(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
  }

  /** scheme://host:port in lower case, with the scheme's default port written out; "null" or garbage stays as is. */
  static String normalized(String origin) {
    try {
      URI uri = URI.create(origin.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return origin;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    } catch (IllegalArgumentException e) {
      return origin;
    }
  }
}
