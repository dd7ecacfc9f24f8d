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
    assertThat(filterService.createFilterQuery().count()).as("two chairs: two chair filters").isEqualTo(filterCount)
        .isEqualTo(5);
    for (Office office : directory.offices()) {
      assertThat(identityService.createGroupQuery().groupId(office.id()).singleResult().getName())
          .isEqualTo(office.nameBn());
    }
    for (OfficeSet set : directory.sets()) {
      assertThat(identityService.createGroupQuery().groupId(set.id()).count()).isEqualTo(1);
    }
  }

  /** An earlier version granted the committee every permission on the processes: the next start narrows it. */
  @Test
  void theCommitteesWiderGrantsOfEarlierVersions_areNarrowedOnTheNextSync() {
    var grant = authorizationService.createAuthorizationQuery().groupIdIn(directory.chair().id())
        .resourceType(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION).resourceId("DecisionFollowup")
        .singleResult();
    grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.ALL);
    authorizationService.saveAuthorization(grant);
    java.util.List<String> chair = java.util.List.of(directory.chair().id());
    var deleteHistory = org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.DELETE_HISTORY;
    var readHistory = org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
    var definition = org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
    assertThat(authorizationService.isUserAuthorized("someone", chair, deleteHistory, definition, "DecisionFollowup"))
        .isTrue();

    sync.sync();
    assertThat(authorizationService.isUserAuthorized("someone", chair, deleteHistory, definition, "DecisionFollowup"))
        .isFalse();
    assertThat(authorizationService.isUserAuthorized("someone", chair, readHistory, definition, "DecisionFollowup"))
        .isTrue();
  }

  /**
   * The development coordination committee (the file's second): its chair (the DC) and secretary (the ADC (General))
   * watch as the web portal committee's do, and its secretary registers meetings; its chair does not.
   */
  @Test
  void everyCommitteesRoles_watch_andEverySecretaryRegisters() {
    var create = org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
    var readInstance = org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
    var definition = org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
    for (String office : java.util.List.of("dc", "adc-general")) {
      // a chair's grants as the web portal committee's chair's, a secretary's as its secretary's
      assertThat(committeeGrants(office)).as(office)
          .isEqualTo(committeeGrants(office.equals("dc") ? "adc-edu-ict" : "programmer-ict"));
      assertThat(authorizationService.isUserAuthorized(null, java.util.List.of(office), readInstance, definition,
          "DecisionFollowup")).as(office).isTrue();
      // the DC's reviews, not the ADC's: a filter of the DC's own
      assertThat(filterGrants(TasklistFilters.AWAITING_CHAIR + " — জেলা প্রশাসক, ঝিনাইদহ")).contains(office);
      assertThat(filterGrants(TasklistFilters.AWAITING_CHAIR)).doesNotContain(office);
    }
    assertThat(authorizationService.isUserAuthorized(null, java.util.List.of("adc-general"), create, definition,
        "MeetingFollowup")).isTrue();
    assertThat(authorizationService.isUserAuthorized(null, java.util.List.of("dc"), create, definition,
        "MeetingFollowup")).isFalse();
    assertThat(committeeGrants("adc-revenue")).as("an office of no committee").isEmpty();
  }

  /** Each chair's filter lists the reviews of its own committees' decisions, whoever else chairs. */
  @Test
  void eachChairsFilter_asksForItsOwnReviews() {
    var dcs = filterService.createFilterQuery().filterName(TasklistFilters.AWAITING_CHAIR + " — জেলা প্রশাসক, ঝিনাইদহ")
        .singleResult();
    var adcs = filterService.createFilterQuery().filterName(TasklistFilters.AWAITING_CHAIR).singleResult();
    String dcQuery = new org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter().toJson(dcs.getQuery());
    String adcQuery = new org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter().toJson(adcs.getQuery());
    assertThat(dcQuery).contains("chairGroup").contains("\"dc\"").contains("Task_ReviewOverdueDecision");
    assertThat(adcQuery).contains("chairGroup").contains("\"adc-edu-ict\"");
  }

  /** A chair that chairs no committee any more loses its filter; an administrator's filter of a like name stays. */
  @Test
  void theFilterOfAChairOfNothing_goes_anAdministratorsStays() {
    var gone = filterService.newTaskFilter(TasklistFilters.AWAITING_CHAIR + " — অতিরিক্ত জেলা প্রশাসক (রাজস্ব), ঝিনাইদহ")
        .setQuery(taskService.createTaskQuery().taskDefinitionKey("Task_ReviewOverdueDecision")
            .processVariableValueEquals("chairGroup", "adc-revenue"));
    filterService.saveFilter(gone);
    var administrators = filterService.newTaskFilter(TasklistFilters.AWAITING_CHAIR + " — আমার নিজের")
        .setQuery(taskService.createTaskQuery().taskCandidateGroup("adc-revenue"));
    filterService.saveFilter(administrators);
    try {
      filters.sync();
      assertThat(filterService.getFilter(gone.getId())).isNull();
      assertThat(filterService.getFilter(administrators.getId())).isNotNull();
    } finally {
      filterService.deleteFilter(administrators.getId());
    }
  }

  /** An earlier version's chair filter asked for every review: the next start gives it the chair's own query. */
  @Test
  void aFilterOfAnEarlierQuery_getsTodays() {
    var filter = filterService.createFilterQuery().filterName(TasklistFilters.AWAITING_CHAIR).singleResult();
    filterService.saveFilter(filter.setQuery(
        taskService.createTaskQuery().taskDefinitionKey("Task_ReviewOverdueDecision")));
    filters.sync();
    String query = new org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter().toJson(
        filterService.getFilter(filter.getId()).getQuery());
    assertThat(query).contains("adc-edu-ict");
  }

  /** The chair's filter was named for the ADC: a database of that time keeps its filter, under the new name. */
  @Test
  void theChairsFilterOfItsFormerName_isRenamed() {
    var filter = filterService.createFilterQuery().filterName(TasklistFilters.AWAITING_CHAIR).singleResult();
    filterService.saveFilter(filter.setName(TasklistFilters.AWAITING_CHAIR_BEFORE));
    filters.sync();
    assertThat(filterService.createFilterQuery().filterName(TasklistFilters.AWAITING_CHAIR_BEFORE).count()).isZero();
    assertThat(filterService.createFilterQuery().filterName(TasklistFilters.AWAITING_CHAIR).singleResult().getId())
        .isEqualTo(filter.getId());
  }

  @Test
  void aGroupRemovedByHand_comesBackOnTheNextSync_othersAreUntouched() {
    identityService.deleteGroup("head-lged");
    long before = identityService.createGroupQuery().count();
    assertThat(sync.sync()).isEqualTo(1);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(before + 1);
  }

  /**
   * The chair's role moves to another office (a new ADC's office, written in the file): the new office gets the
   * committee's access, and the old one, still an office of the district, loses it, its filters too.
   */
  @Test
  void aCommitteeRoleMovedToAnotherOffice_leavesTheOldOfficeWithAnOfficesAccessOnly() throws Exception {
    String yaml = new String(new org.springframework.core.io.ClassPathResource("directory/jhenaidah.yaml")
        .getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    OfficeDirectory moved = OfficeDirectory.load(new java.io.ByteArrayInputStream(
        yaml.replace("  chair: adc-edu-ict", "  chair: ac-ict").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    try {
      new CamundaDirectorySync(moved, identityService, authorizationService, managementService, taskService).sync();
      new TasklistFilters(moved, filterService, taskService, authorizationService).sync();

      assertThat(committeeGrants("ac-ict")).as("the new chair").isNotEmpty();
      assertThat(committeeGrants("adc-edu-ict")).as("the old chair's office").isEmpty();
      assertThat(authorizationService.isUserAuthorized(null, java.util.List.of("adc-edu-ict"),
          org.camunda.bpm.engine.authorization.Permissions.ACCESS, org.camunda.bpm.engine.authorization.Resources.APPLICATION,
          "tasklist")).as("still an office: Tasklist").isTrue();
      assertThat(filterGrants(TasklistFilters.AWAITING_CHAIR)).contains("ac-ict").doesNotContain("adc-edu-ict");
    } finally {
      sync.sync(); // back to the file the other tests use
      filters.sync();
    }
    assertThat(committeeGrants("adc-edu-ict")).isNotEmpty();
    assertThat(committeeGrants("ac-ict")).isEmpty();
  }

  @Test
  @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
  void anOfficeThatLeftTheFile_isNamedInTheLog_withItsOpenTasks(org.springframework.boot.test.system.CapturedOutput log) {
    var gone = identityService.newGroup("office-merged-away");
    gone.setName("বিলুপ্ত দপ্তর");
    gone.setType(CamundaDirectorySync.GROUP_TYPE_OFFICE);
    identityService.saveGroup(gone);
    try {
      sync.sync();
      assertThat(log.getOut()).contains("office 'office-merged-away' (বিলুপ্ত দপ্তর) is no longer in the file; 0 open tasks");
    } finally {
      identityService.deleteGroup("office-merged-away");
    }
  }

  @Test
  void aSecondFilterUnderOurName_doesNotStopTheStart() {
    var copy = filterService.newTaskFilter(TasklistFilters.MY_OFFICE)
        .setQuery(taskService.createTaskQuery().taskCandidateGroup("ac-ict"));
    filterService.saveFilter(copy);
    try {
      filters.sync(); // as at every node's start
      assertThat(filterService.createFilterQuery().filterName(TasklistFilters.MY_OFFICE).count()).isEqualTo(2);
    } finally {
      filterService.deleteFilter(copy.getId());
    }
  }

  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired org.camunda.bpm.engine.TaskService taskService;

  /** The group's grants of the committee's kind: Cockpit, the processes, every task and instance. */
  java.util.List<String> committeeGrants(String group) {
    return authorizationService.createAuthorizationQuery().groupIdIn(group).list().stream()
        .filter(a -> a.getResourceType() != org.camunda.bpm.engine.authorization.Resources.APPLICATION.resourceType()
            || "cockpit".equals(a.getResourceId()))
        .filter(a -> "*".equals(a.getResourceId()) || "cockpit".equals(a.getResourceId())
            || CamundaDirectorySync.PROCESS_KEYS.contains(a.getResourceId()))
        .map(a -> a.getResourceType() + ":" + a.getResourceId() + ":"
            + ((org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity) a).getPermissions())
        .sorted().toList();
  }

  java.util.List<String> filterGrants(String filterName) {
    String id = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
    return authorizationService.createAuthorizationQuery()
        .resourceType(org.camunda.bpm.engine.authorization.Resources.FILTER).resourceId(id).list().stream()
        .map(org.camunda.bpm.engine.authorization.Authorization::getGroupId).toList();
  }
}
