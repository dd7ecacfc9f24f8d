package bd.gov.followup.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives the webapps' unpaged list queries a page, so the engine's query result limit can stay on. Camunda 7.24's
 * webapps page most lists with maxResults=2000 (hence our limit of 2000) but still ask for some unpaged: Cockpit the
 * versions of a process or decision definition ({@code GET …/process-definition?key=…&sortBy=version}), Tasklist
 * its filters in older forms of the call. The engine refuses those once a user is logged in ("An unbound number of
 * results is forbidden!"). This filter adds {@code firstResult=0&maxResults=<limit>} to a GET of a collection of the
 * webapps' own engine API ({@code /camunda/api/engine/engine/<engine>/<collection>}) that has no maxResults; what
 * the webapps list that way (versions of one definition, one user's filters) never comes near the limit.
 * {@code /engine-rest} is left alone: its clients must page.
 */
final class WebappQueryPaging extends OncePerRequestFilter {

  /** A collection (list query) of the webapps' own engine API, of any engine; sub-resources are not touched. */
  static final Pattern COLLECTION = Pattern.compile("/camunda/api/engine/engine/[^/]+/[a-z-]+/?");

  private final int limit;

  WebappQueryPaging(int limit) {
    this.limit = limit;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"GET".equals(request.getMethod())
        || !COLLECTION.matcher(path).matches()
        || request.getParameter("maxResults") != null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new Paged(request, limit), response);
  }

  /** The request with the paging parameters added, both to the query string (Jersey reads it) and the map. */
  private static final class Paged extends HttpServletRequestWrapper {
    private final String queryString;
    private final Map<String, String[]> parameters;

    Paged(HttpServletRequest request, int limit) {
      super(request);
      boolean hasFirst = request.getParameter("firstResult") != null;
      String paging = (hasFirst ? "" : "firstResult=0&") + "maxResults=" + limit;
      String original = request.getQueryString();
      this.queryString = original == null || original.isEmpty() ? paging : original + "&" + paging;
      Map<String, String[]> map = new LinkedHashMap<>(request.getParameterMap());
      map.putIfAbsent("firstResult", new String[] {"0"});
      map.put("maxResults", new String[] {Integer.toString(limit)});
      this.parameters = Collections.unmodifiableMap(map);
    }

    @Override
    public String getQueryString() {
      return queryString;
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }
  }
}
