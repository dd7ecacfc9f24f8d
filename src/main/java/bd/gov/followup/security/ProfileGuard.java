package bd.gov.followup.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The application runs as production ({@code prod}, the default) or as the demo: any other set of profiles, e.g.
 * {@code SPRING_PROFILES_ACTIVE=postgres} alone, replaces the default and would start without the production
 * hardening (no administrator, so Camunda's setup page lets an anonymous visitor create one; no secure cookies,
 * no CSRF origin). Refused before anything starts. Test runs that set up what they need say so with
 * {@code followup.unhardened-test-run=true}.
 */
public class ProfileGuard implements EnvironmentPostProcessor, Ordered {

  static final String TEST_RUN = "followup.unhardened-test-run";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.acceptsProfiles(Profiles.of("prod | demo"))
        || environment.getProperty(TEST_RUN, Boolean.class, false)) {
      return;
    }
    throw new IllegalStateException("Start with the prod profile (production, e.g. SPRING_PROFILES_ACTIVE=prod,postgres)"
        + " or demo: the active profiles " + java.util.Arrays.toString(environment.getActiveProfiles())
        + " leave out production's administrator, secure cookies and CSRF origin check");
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE; // after the config files: their profiles and properties are known
  }
}
