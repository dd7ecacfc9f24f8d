package bd.gov.followup.demo;

import bd.gov.followup.directory.CamundaDirectorySync;
import bd.gov.followup.directory.DemoUser;
import bd.gov.followup.directory.OfficeDirectory;
import bd.gov.followup.security.DatabaseMarks;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo profile only: one user per role named in the directory, password "demo", in its office's groups. */
@Component
@Profile("demo")
public class DemoUsers {

  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
  static final String PASSWORD = DatabaseMarks.DEMO_PASSWORD;

  private final OfficeDirectory directory;
  private final IdentityService identityService;
  private final ManagementService managementService;
  private final CamundaDirectorySync sync;

  public DemoUsers(OfficeDirectory directory, IdentityService identityService, ManagementService managementService,
      CamundaDirectorySync sync) {
    this.directory = directory;
    this.identityService = identityService;
    this.managementService = managementService;
    this.sync = sync;
  }

  @EventListener(PostDeployEvent.class)
  @Order(20)
  public void createDemoUsers() {
    managementService.setProperty(DatabaseMarks.DEMO, "users with the password '" + PASSWORD + "'");
    int created = 0;
    for (DemoUser demo : directory.demoUsers()) {
      if (identityService.createUserQuery().userId(demo.userId()).count() == 0) {
        User user = identityService.newUser(demo.userId());
        user.setFirstName(demo.office().nameBn());
        user.setLastName("(ডেমো)");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        created++;
      }
      for (String group : sync.groupsOf(demo.office())) {
        if (identityService.createUserQuery().userId(demo.userId()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(demo.userId(), group);
        }
      }
    }
    log.warn("DEMO PROFILE: {} demo users (password '{}') — never run the demo profile in production; "
        + "{} created now", directory.demoUsers().size(), PASSWORD, created);
  }
}
