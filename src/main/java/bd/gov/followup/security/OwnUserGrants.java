package bd.gov.followup.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A user reads and updates its own account (a password change and a profile edit are UPDATE on its USER resource),
 * and nothing more. Camunda grants every new user ALL on itself, so an office's user could delete its own account
 * over REST. New users get READ and UPDATE; at every start, a user's grant on itself that allows DELETE (the demo
 * users, users created in Camunda Admin before) is narrowed to the same. camunda-admin still manages every user.
 */
@Component
public class OwnUserGrants extends SpringBootProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(OwnUserGrants.class);

  static final Permission[] OWN = {Permissions.READ, Permissions.UPDATE};

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    narrow(engine.getAuthorizationService());
  }

  /** Idempotent: only grants that still allow DELETE change. */
  static int narrow(AuthorizationService authorizations) {
    int narrowed = 0;
    for (Authorization grant : authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(Resources.USER)
        .hasPermission(Permissions.DELETE).list()) {
      if (grant.getUserId() != null && grant.getUserId().equals(grant.getResourceId())) {
        grant.setPermissions(OWN);
        authorizations.saveAuthorization(grant);
        narrowed++;
      }
    }
    if (narrowed > 0) {
      log.info("{} users may no longer delete their own account: READ and UPDATE on themselves only", narrowed);
    }
    return narrowed;
  }

  static final class Provider extends DefaultAuthorizationProvider {
    @Override
    public AuthorizationEntity[] newUser(User user) {
      AuthorizationEntity[] grants = super.newUser(user); // checks the id, grants the user on itself
      for (AuthorizationEntity grant : grants) {
        grant.setPermissions(OWN);
      }
      return grants;
    }
  }
}
