package bd.gov.followup.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A list's page starts at 0 and holds at least one row: Camunda passes a negative {@code firstResult} or
 * {@code maxResults} to the database as it is, where H2 refuses a negative LIMIT and PostgreSQL a negative OFFSET
 * too, a 500 with the SQL logged at any user's request. Refused with 400 naming the parameter, before the engine is
 * asked, on {@code /engine-rest} and on the webapps' engine API alike.
 */
public class QueryPagingBounds extends jakarta.servlet.http.HttpFilter {

  private static final List<String> PAGING = List.of("firstResult", "maxResults");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    for (String name : PAGING) {
      String[] values = request.getParameterValues(name);
      for (String value : values == null ? new String[0] : values) {
        if (value != null && value.strip().startsWith("-")) {
          response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
          response.setContentType("application/json");
          response.setCharacterEncoding(StandardCharsets.UTF_8.name());
          response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\"" + name
              + ": ০ বা তার বেশি দিন / " + name + " takes 0 or more, e.g. ?firstResult=0&maxResults=50\",\"code\":null}");
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }
}
