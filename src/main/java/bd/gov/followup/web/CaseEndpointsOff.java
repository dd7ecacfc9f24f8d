package bd.gov.followup.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CMMN is off (application.yaml: {@code cmmnEnabled: false}), so the database has no case tables; Camunda's REST API
 * still serves its case endpoints, and each request (any logged-in user's) failed in the database with 500, logging
 * the SQL and a stack trace — all but the case definitions' list and count, which Camunda answers empty and Cockpit
 * asks for. So, before the engine is asked, on {@code /engine-rest} and on the webapps' engine API alike: a query (a
 * list or a count) answers that there are none, as the case definitions' does; anything of one case (an id) is 404.
 */
public class CaseEndpointsOff extends OncePerRequestFilter {

  /**
   * The case resources at either API's root (an engine named in the path too): case definitions, instances and
   * executions and their history; never a task's or a decision's id that happens to start with "case-".
   */
  private static final String CASE_RESOURCE = "^(?:/engine-rest)?(?:/engine/[^/]+)?/(?:history/)?"
      + "case-(?:definition|instance|execution|activity-instance)";
  private static final Pattern CASE_PATH = Pattern.compile(CASE_RESOURCE + "(?:/|$)");
  /** A query of the collection: its list or its count, nothing after. */
  private static final Pattern QUERY = Pattern.compile(CASE_RESOURCE + "(/count)?/?$");

  static final String MESSAGE = "এই ব্যবস্থায় কেস (CMMN) নেই; সব কাজ BPMN কার্যপ্রবাহের / there are no cases (CMMN) in"
      + " this application: every task comes from a BPMN process";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getPathInfo() != null ? request.getPathInfo() : request.getServletPath();
    if (path != null && CASE_PATH.matcher(path).lookingAt()) {
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      var query = QUERY.matcher(path);
      boolean read = "GET".equals(request.getMethod()) || "POST".equals(request.getMethod());
      if (query.matches() && read) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.getWriter().write(query.group(1) != null ? "{\"count\":0}" : "[]");
        return;
      }
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.getWriter()
          .write("{\"type\":\"InvalidRequestException\",\"message\":\"" + MESSAGE + "\",\"code\":null}");
      return;
    }
    chain.doFilter(request, response);
  }
}
