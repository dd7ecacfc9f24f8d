package bd.gov.followup.demo;

import bd.gov.followup.security.DatabaseMarks;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The demo adds users whose password is "demo", with the secretary's and the chair's rights, and meetings of its own:
 * never on a database that production has used (its nodes would serve them at once), and never together with the
 * prod profile. Checked when the engine is built, before anything is deployed or written.
 */
@Component
@Profile("demo")
public class DemoDatabaseGuard extends SpringBootProcessEnginePlugin {

  private final Environment environment;

  public DemoDatabaseGuard(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (environment.acceptsProfiles(Profiles.of("prod"))) {
      throw new IllegalStateException("The demo and prod profiles cannot run together: the demo's users log in with "
          + "the password 'demo'. Choose one.");
    }
    if (engine.getManagementService().getProperties().containsKey(DatabaseMarks.PRODUCTION)) {
      throw new IllegalStateException("This database is production's: the demo profile would add users with the "
          + "password 'demo' and meetings of its own. The demo keeps its data in ./data/demo; point "
          + "spring.datasource.url (or DB_URL) elsewhere.");
    }
  }
}
