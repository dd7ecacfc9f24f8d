package bd.gov.followup.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The directory reaches Camunda once: syncing again (a restart) changes nothing; a new office appears. */
@SpringBootTest
@ActiveProfiles("processtest")
class CamundaDirectorySyncTest {

  @Autowired CamundaDirectorySync sync;
  @Autowired TasklistFilters filters;
  @Autowired OfficeDirectory directory;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;

  @Test
  void everyOfficeAndSetIsAGroup_andASecondSyncChangesNothing() {
    long groups = identityService.createGroupQuery().count();
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long filterCount = filterService.createFilterQuery().count();

    assertThat(sync.sync()).as("startup synced already").isZero();
    filters.sync();

    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filterCount).isEqualTo(4);
    for (Office office : directory.offices()) {
      assertThat(identityService.createGroupQuery().groupId(office.id()).singleResult().getName())
          .isEqualTo(office.nameBn());
    }
    for (OfficeSet set : directory.sets()) {
      assertThat(identityService.createGroupQuery().groupId(set.id()).count()).isEqualTo(1);
    }
  }

  @Test
  void aGroupRemovedByHand_comesBackOnTheNextSync_othersAreUntouched() {
    identityService.deleteGroup("head-lged");
    long before = identityService.createGroupQuery().count();
    assertThat(sync.sync()).isEqualTo(1);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(before + 1);
  }
}
