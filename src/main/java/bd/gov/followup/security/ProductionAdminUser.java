package bd.gov.followup.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Production's administrator: user {@value #ADMIN_ID} in {@code camunda-admin} (all permissions on every resource),
 * its password from {@link AdminSecret}. The secret is read when this bean is created, before the engine is built, so
 * a missing secret stops the start at once with a message that says what to set. The admin user is created with the
 * secret as its password. A restart with the same secret keeps the password the admin has (changed in Camunda
 * Admin); a restart with a new secret (after a leak) makes it the password. Every start unlocks the admin: wrong
 * passwords no longer lock an account for good (loginMaxAttempts, application.yaml), but a database locked under an
 * earlier version, with Camunda's ten attempts, is taken back by a restart.
 */
@Component
@Profile("prod")
public class ProductionAdminUser extends SpringBootProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(ProductionAdminUser.class);

  public static final String ADMIN_ID = "admin";

  /** Engine property: a salted hash of the secret last made the admin's password, to notice a new one. */
  static final String SECRET_MARK = "followup.admin-secret";

  private final AdminSecret secret;

  public ProductionAdminUser(Environment environment) {
    this.secret = AdminSecret.from(environment);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    List<String> demoUsers = engine.getManagementService().getProperties().containsKey(DatabaseMarks.DEMO)
        ? List.of() : withTheDemoPassword(engine);
    if (engine.getManagementService().getProperties().containsKey(DatabaseMarks.DEMO) || !demoUsers.isEmpty()) {
      throw new IllegalStateException("This database was used by the demo profile: its users and its admin log in "
          + "with the password 'demo'" + (demoUsers.isEmpty() ? "" : " (" + String.join(", ", demoUsers) + ")")
          + ". Production needs a database of its own (spring.datasource.url or, on PostgreSQL, DB_URL); the demo "
          + "keeps its data in ./data/demo.");
    }
    IdentityService identity = engine.getIdentityService();
    ManagementService management = engine.getManagementService();
    management.setProperty(DatabaseMarks.PRODUCTION, "admin from " + secret.source());
    User existing = identity.createUserQuery().userId(ADMIN_ID).singleResult();
    String mark = management.getProperties().get(SECRET_MARK);
    if (existing != null && mark == null) {
      // a database from before the mark: its admin keeps the password it has; the secret counts from now on
      management.setProperty(SECRET_MARK, SecretMark.of(secret.password()));
      log.info("The admin secret in {} is recorded; '{}' keeps its password, and a new secret will replace it at "
          + "the next start", secret.source(), ADMIN_ID);
      mark = management.getProperties().get(SECRET_MARK);
    }
    boolean newSecret = !SecretMark.matches(mark, secret.password());
    if (existing == null || newSecret) {
      // with the user: the policy also refuses a password that contains the user's id or name ("…admin")
      PasswordPolicyResult policy = identity.checkPasswordAgainstPolicy(secret.password(),
          existing != null ? existing : administrator(identity));
      if (!policy.isValid()) {
        throw new AdminSecret.MissingAdminSecretException("The admin password from " + secret.source()
            + " does not meet the password policy: " + policy.getViolatedRules().stream()
            .map(ProductionAdminUser::said).toList());
      }
    }
    if (existing == null) {
      User admin = administrator(identity);
      admin.setPassword(secret.password());
      identity.saveUser(admin);
      log.info("Created the administrator '{}' with the password from {}", ADMIN_ID, secret.source());
    } else if (newSecret) {
      existing.setPassword(secret.password());
      identity.saveUser(existing);
      log.warn("The admin secret in {} changed: it is now the password of '{}'", secret.source(), ADMIN_ID);
    }
    if (existing == null || newSecret) {
      management.setProperty(SECRET_MARK, SecretMark.of(secret.password()));
    }
    // never by comparing passwords here: a mismatch would count as a failed login
    identity.unlockUser(ADMIN_ID);
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

  /**
   * Users whose password is the demo's: a demo database from before the mark. Compared with the stored hashes, as
   * Camunda's own check does, but without a login attempt: a mismatch must not count against the user.
   */
  private static List<String> withTheDemoPassword(ProcessEngine engine) {
    PasswordManager passwords =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getPasswordManager();
    return engine.getIdentityService().createUserQuery().list().stream()
        .filter(user -> user instanceof UserEntity entity && entity.getPassword() != null
            && passwords.check(EncryptionUtil.saltPassword(DatabaseMarks.DEMO_PASSWORD, entity.getSalt()),
                entity.getPassword()))
        .map(User::getId)
        .sorted()
        .toList();
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

  private static User administrator(IdentityService identity) {
    User admin = identity.newUser(ADMIN_ID);
    admin.setFirstName("প্রশাসক");
    admin.setLastName("(Administrator)");
    return admin;
  }

  /** A rule of Camunda's policy as the operator reads it ("PASSWORD_POLICY_LENGTH {minLength=10}" says little). */
  static String said(org.camunda.bpm.engine.identity.PasswordPolicyRule rule) {
    String placeholder = rule.getPlaceholder();
    String rest = rule.getParameters() == null ? "" : " " + rule.getParameters();
    return switch (placeholder) {
      case "PASSWORD_POLICY_LENGTH" -> "at least" + rest + " characters";
      case "PASSWORD_POLICY_LOWERCASE" -> "lower-case letters:" + rest;
      case "PASSWORD_POLICY_UPPERCASE" -> "upper-case letters:" + rest;
      case "PASSWORD_POLICY_DIGIT" -> "digits:" + rest;
      case "PASSWORD_POLICY_SPECIAL" -> "special characters:" + rest;
      case "PASSWORD_POLICY_USER_DATA" -> "no part of the user's id or name (here 'admin')";
      default -> placeholder + rest;
    };
  }
}
