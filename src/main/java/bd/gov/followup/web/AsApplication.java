package bd.gov.followup.web;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs work as the application, without the caller's Camunda authentication, restoring it afterwards: for what the
 * controller has authorized itself (registering, closing) and the caller's own grants would not allow.
 */
final class AsApplication {

  private AsApplication() {}

  static <T> T run(IdentityService identityService, Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
