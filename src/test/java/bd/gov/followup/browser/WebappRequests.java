package bd.gov.followup.browser;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Test only: what the webapps asked their server for, seen from the server. A webapp shows a failed request as a
 * notification that a page check can miss; here every answer of 400 or more to {@code /camunda/api} is kept, and
 * the number of requests still running tells when a page has finished loading.
 */
@TestConfiguration(proxyBeanMethods = false)
class WebappRequests {

  record Failure(String method, String path, int status) {}

  private final List<Failure> failures = new CopyOnWriteArrayList<>();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicLong started = new AtomicLong();
  private final AtomicLong lastActivity = new AtomicLong(System.nanoTime());

  @Bean
  FilterRegistrationBean<Filter> webappRequestRecorder() {
    Filter recorder = (request, response, chain) -> {
      running.incrementAndGet();
      started.incrementAndGet();
      lastActivity.set(System.nanoTime());
      try {
        chain.doFilter(request, response);
      } finally {
        int status = ((HttpServletResponse) response).getStatus();
        HttpServletRequest http = (HttpServletRequest) request;
        // before the login every webapp asks who is logged in: nobody yet is a 404, not a failure
        boolean whoIsLoggedIn = status == 404 && http.getRequestURI().startsWith("/camunda/api/admin/auth/user/");
        if (status >= 400 && !whoIsLoggedIn) {
          String query = http.getQueryString();
          failures.add(new Failure(http.getMethod(), http.getRequestURI() + (query == null ? "" : "?" + query), status));
        }
        lastActivity.set(System.nanoTime());
        running.decrementAndGet();
      }
    };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(recorder);
    registration.addUrlPatterns("/camunda/api/*");
    registration.setOrder(Integer.MIN_VALUE); // outermost: sees the status whoever set it
    return registration;
  }

  void forget() {
    failures.clear();
  }

  List<Failure> failures() {
    return List.copyOf(failures);
  }

  long started() {
    return started.get();
  }

  /** No request running, and none started or ended in the last second. */
  boolean quiet() {
    return running.get() == 0 && System.nanoTime() - lastActivity.get() > 1_000_000_000L;
  }
}
