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
 * the SQL and a stack trace. They answer 404 saying so, before the engine is asked, on {@code /engine-rest} and on
 * the webapps' engine API alike.
 */
public class CaseEndpointsOff extends OncePerRequestFilter {

  /**
   * The case resources at either API's root (an engine named in the path too): case definitions, instances and
   * executions and their history; never a task's or a decision's id that happens to start with "case-".
   */
  private static final Pattern CASE_PATH = Pattern.compile("^(?:/engine-rest)?(?:/engine/[^/]+)?/(?:history/)?"
      + "case-(?:definition|instance|execution|activity-instance)(?:/|$)");

  static final String MESSAGE = "এই ব্যবস্থায় কেস (CMMN) নেই; সব কাজ BPMN কার্যপ্রবাহের / there are no cases (CMMN) in"
      + " this application: every task comes from a BPMN process";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getPathInfo() != null ? request.getPathInfo() : request.getServletPath();
    if (path != null && CASE_PATH.matcher(path).lookingAt()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter()
          .write("{\"type\":\"InvalidRequestException\",\"message\":\"" + MESSAGE + "\",\"code\":null}");
      return;
    }
    chain.doFilter(request, response);
  }
}
