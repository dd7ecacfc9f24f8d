package bd.gov.followup.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * A request that changes something names only the query parameters its endpoint knows: a misspelt
 * {@code ?previw=true} on the import, or {@code ?preview=true} where there was none, registered a meeting for real
 * and told every office, which no one can take back. Reads (GET) keep Spring's leniency: an unknown parameter there
 * only shows the default view.
 */
@Component
class UnknownQueryParameters implements HandlerInterceptor, WebMvcConfigurer {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
  private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (READS.contains(request.getMethod()) || request.getQueryString() == null
        || !(handler instanceof HandlerMethod method)) {
      return true;
    }
    Set<String> known = new TreeSet<>();
    for (MethodParameter parameter : method.getMethodParameters()) {
      RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
      if (param == null) {
        continue;
      }
      if (Map.class.isAssignableFrom(parameter.getParameterType())) {
        return true; // the endpoint takes any parameter
      }
      parameter.initParameterNameDiscovery(NAMES); // as Spring names it when it binds the parameter
      known.add(!param.name().isEmpty() ? param.name() : parameter.getParameterName());
    }
    List<String> unknown = new ArrayList<>();
    for (String name : UriComponentsBuilder.fromUriString("?" + request.getQueryString()).build().getQueryParams()
        .keySet()) {
      String decoded = decoded(name);
      if (!known.contains(decoded)) {
        unknown.add(decoded);
      }
    }
    if (!unknown.isEmpty()) {
      throw new UnknownQueryParameterException(unknown.get(0), known);
    }
    return true;
  }

  /**
   * The name as Spring binds it. One that is no valid percent-encoding ({@code %zz}) names no parameter of any
   * endpoint: it is refused as written, as the caller's mistake, not failed as the application's (500).
   */
  private static String decoded(String name) {
    try {
      return UriUtils.decode(name, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notPercentEncoding) {
      return name;
    }
  }

  /** A query parameter the endpoint does not know, and those it does. */
  static class UnknownQueryParameterException extends RuntimeException {
    final String name;
    final Set<String> known;

    UnknownQueryParameterException(String name, Set<String> known) {
      super("unknown query parameter " + name);
      this.name = name;
      this.known = Set.copyOf(known);
    }
  }
}
