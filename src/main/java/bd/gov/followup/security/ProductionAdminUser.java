package bd.gov.followup.security;

import bd.gov.followup.demo.DemoUsers;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Production's administrator: user {@value #ADMIN_ID} in {@code camunda-admin} (all permissions on every resource),
 * its password from {@link AdminSecret}. The secret is read when this bean is created, before the engine is built, so
 * a missing secret stops the start at once with a message that says what to set. The admin user is created once; an
 * existing one keeps the password it has (changed in Camunda Admin), so the secret is the first password only.
 */
@Component
@Profile("prod")
public class ProductionAdminUser extends SpringBootProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(ProductionAdminUser.class);

  public static final String ADMIN_ID = "admin";

  private final AdminSecret secret;

  public ProductionAdminUser(Environment environment) {
    this.secret = AdminSecret.from(environment);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (engine.getManagementService().getProperties().containsKey(DemoUsers.DATABASE_MARK)) {
      throw new IllegalStateException("This database was used by the demo profile: its users and its admin log in "
          + "with the password 'demo'. Production needs a database of its own (spring.datasource.url or, on "
          + "PostgreSQL, DB_URL); the demo keeps its data in ./data/demo.");
    }
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(ADMIN_ID).count() == 0) {
      PasswordPolicyResult policy = identity.checkPasswordAgainstPolicy(secret.password());
      if (!policy.isValid()) {
        throw new AdminSecret.MissingAdminSecretException("The admin password from " + secret.source()
            + " does not meet the password policy: " + policy.getViolatedRules().stream()
            .map(rule -> rule.getPlaceholder() + " " + rule.getParameters()).toList());
      }
      User admin = identity.newUser(ADMIN_ID);
      admin.setFirstName("প্রশাসক");
      admin.setLastName("(Administrator)");
      admin.setPassword(secret.password());
      identity.saveUser(admin);
      log.info("Created the administrator '{}' with the password from {}", ADMIN_ID, secret.source());
    }
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("Camunda Administrators");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    grantAll(engine.getAuthorizationService());
    if (identity.createUserQuery().userId(ADMIN_ID).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identity.createMembership(ADMIN_ID, Groups.CAMUNDA_ADMIN);
    }
  }

  private static void grantAll(AuthorizationService authorizations) {
    for (Resources resource : Resources.values()) {
      boolean granted = authorizations.createAuthorizationQuery()
          .groupIdIn(Groups.CAMUNDA_ADMIN).resourceType(resource).resourceId(Authorization.ANY).count() > 0;
      if (!granted) {
        Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        all.setGroupId(Groups.CAMUNDA_ADMIN);
        all.setResource(resource);
        all.setResourceId(Authorization.ANY);
        all.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(all);
      }
    }
  }
}
