package bd.gov.followup.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the operator once per address that an X-Forwarded-For was not trusted (prod: only a proxy on this machine
 * is, {@code server.tomcat.remoteip.internal-proxies}). Tomcat's valve removes the header once it has taken the
 * client's address from a trusted sender, so a header still here was sent by the address the request counts as: a
 * reverse proxy elsewhere that is not named (every office would then be that one address to the login throttle, and
 * the proxy's HTTPS would not count), or a client claiming another address.
 */
@Component
@ConditionalOnProperty(name = "server.forward-headers-strategy", havingValue = "native")
@Order(Ordered.HIGHEST_PRECEDENCE) // before the authentication filters, which answer a wrong password themselves
public class UntrustedForwardedFor extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(UntrustedForwardedFor.class);
  /** Enough for the proxies a district could have; a client sending the header from many addresses is not logged on. */
  private static final int ADDRESSES_TOLD = 16;

  private final Set<String> told = ConcurrentHashMap.newKeySet();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String address = request.getRemoteAddr();
    if (request.getHeader("X-Forwarded-For") != null && told.size() < ADDRESSES_TOLD && told.add(address)) {
      LOG.warn("X-Forwarded-For from {} is not trusted: the requests count as coming from {} itself (the login "
          + "throttle, the logs). If it is your reverse proxy, name it in server.tomcat.remoteip.internal-proxies "
          + "(a regular expression, e.g. SERVER_TOMCAT_REMOTEIP_INTERNALPROXIES='{}'); otherwise a client is "
          + "claiming another address.", address, address, address.replace(".", "\\."));
    }
    chain.doFilter(request, response);
  }
}
