package bd.gov.followup.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.identity.db.DbReadOnlyIdentityServiceProvider;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every password an HTTP request has checked — HTTP Basic on {@code /engine-rest} and {@code /api}, the webapps'
 * login form, a password change — goes through {@link LoginThrottle}, at the engine's own check: whatever way
 * the request wrote its credentials (any encoding, content type or path), the user is the one Camunda checks. An
 * attempt that must wait is refused without checking (false: a 401, which {@link UnauthorizedProblem} turns into a
 * 429 with Retry-After where it answers). A name without an account waits as an account's does: were it not
 * slowed, a second wrong password would tell an anonymous client which names are accounts (429) and which are not
 * (401). Such names are kept apart, in a table of their own as large, so that names made up by the thousand never
 * push a real user's delay out of memory. Checks outside a request (the application's own) are not throttled. A user
 * without a password (Admin and the REST API may create one) is refused, and slowed, as a wrong password is.
 * Unlocking a user, or saving it (a new password, or a new account under a name guessed before), ends its delays.
 */
@Component
public class PasswordChecksThrottled extends SpringBootProcessEnginePlugin {

  /** request attribute: the {@link Duration} the refused attempt had still to wait */
  public static final String WAIT = PasswordChecksThrottled.class.getName() + ".wait";

  private final LoginThrottle accounts = new LoginThrottle(Clock.systemUTC());
  private final LoginThrottle unknownNames = new LoginThrottle(Clock.systemUTC());

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.add(configuration, new Check());
  }

  private final class Check extends CommandInterceptor {
    @Override
    @SuppressWarnings("unchecked")
    public <T> T execute(Command<T> command) {
      if (command instanceof UnlockUserCmd || command instanceof SaveUserCmd) {
        // an administrator unlocked the account, or a password (or profile) was saved: its delays end with it
        T result = next.execute(command);
        Object user = command instanceof SaveUserCmd ? CommandFields.read(command, "user")
            : CommandFields.read(command, "userId");
        String userId = user instanceof User saved ? saved.getId() : (String) user;
        if (userId != null) {
          accounts.forget(userId);
          unknownNames.forget(userId);
        }
        return result;
      }
      if (!(command instanceof CheckPassword)) {
        return next.execute(command);
      }
      String user = CommandFields.read(command, "userId");
      User found = user == null ? null : Context.getCommandContext().getReadOnlyIdentityProvider().findUserById(user);
      // created over REST or in Admin without one: Camunda's check would fail on the missing hash (a 500)
      boolean noPassword = found != null && found.getPassword() == null
          && Context.getCommandContext().getReadOnlyIdentityProvider() instanceof DbReadOnlyIdentityServiceProvider;
      HttpServletRequest request = currentRequest();
      if (user == null || request == null) {
        return noPassword ? (T) Boolean.FALSE : next.execute(command);
      }
      LoginThrottle throttle = found == null ? unknownNames : accounts;
      String address = addressKey(request.getRemoteAddr());
      Duration wait = throttle.attempt(user, address);
      if (!wait.isZero()) {
        request.setAttribute(WAIT, wait);
        return (T) Boolean.FALSE;
      }
      T right = null;
      try {
        right = noPassword ? (T) Boolean.FALSE : next.execute(command);
        return right;
      } finally {
        throttle.done(user, address, Boolean.TRUE.equals(right));
      }
    }
  }

  private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();

  private static HttpServletRequest currentRequest() {
    return REQUEST.get();
  }

  /**
   * Outermost, for every request: holds the request for the password check on this thread (Camunda's and our
   * authentication filters run before Spring's own request context is set).
   */
  public static final class RequestHolder extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      HttpServletRequest outer = REQUEST.get();
      REQUEST.set(request);
      try {
        chain.doFilter(request, response);
      } finally {
        if (outer == null) {
          REQUEST.remove();
        } else {
          REQUEST.set(outer);
        }
      }
    }
  }

  /** An IPv6 client holds a whole /64: it counts as one address, or it could take a new one for every guess. */
  static String addressKey(String remoteAddress) {
    try {
      InetAddress address = InetAddress.getByName(remoteAddress); // a literal: no lookup
      if (address instanceof Inet6Address) {
        byte[] prefix = Arrays.copyOf(address.getAddress(), 16);
        Arrays.fill(prefix, 8, 16, (byte) 0);
        return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
      }
      return address.getHostAddress();
    } catch (UnknownHostException notALiteral) {
      return remoteAddress;
    }
  }
}
