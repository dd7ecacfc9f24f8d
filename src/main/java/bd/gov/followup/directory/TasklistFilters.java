package bd.gov.followup.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Tasklist shows nothing until filters exist. Creates, once, the filters each role works from; the office filters
 * are shared with every office group, the verification and chair filters with those roles only.
 */
@Component
public class TasklistFilters {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TasklistFilters.class);

  public static final String MY_OFFICE = "আমার দপ্তরের কাজ";
  public static final String OVERDUE = "মেয়াদোত্তীর্ণ";
  public static final String AWAITING_VERIFICATION = "যাচাইয়ের অপেক্ষায়";
  public static final String AWAITING_CHAIR = "সভাপতির সিদ্ধান্তের অপেক্ষায়";
  /** The chair filter's name before committees had chairs other than an ADC: renamed where it is found. */
  static final String AWAITING_CHAIR_BEFORE = "এডিসির সিদ্ধান্তের অপেক্ষায়";

  private static final JsonTaskQueryConverter QUERY_JSON = new JsonTaskQueryConverter();

  private final OfficeDirectory directory;
  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  public TasklistFilters(
      OfficeDirectory directory,
      FilterService filterService,
      TaskService taskService,
      AuthorizationService authorizationService) {
    this.directory = directory;
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  public void sync() {
    List<String> everyOffice = directory.offices().stream().map(Office::id).toList();
    // every committee's secretary and chair: each reads every decision (CamundaDirectorySync)
    List<String> committeeRoles = List.copyOf(directory.committeeRoleGroups());

    // ${currentUserGroups()} is evaluated when the user opens the filter: one filter serves every office
    ensure(MY_OFFICE, -10, "আমার দপ্তরের সব কাজ / All tasks of my office",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
        everyOffice, false);
    ensure(OVERDUE, -5, "সময়সীমা পেরিয়ে গেছে / Past their deadline",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .dueBeforeExpression("${now()}"),
        everyOffice, false);
    ensure(AWAITING_VERIFICATION, 0, "দপ্তরের প্রতিবেদন যাচাই / Reports to verify",
        taskService.createTaskQuery().taskDefinitionKey("Task_VerifyUpdate")
            .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
        committeeRoles, true);
    renameFormer(AWAITING_CHAIR_BEFORE, AWAITING_CHAIR);
    // one filter per chair, for it and its committees' secretaries: another committee's reviews are not theirs
    Map<String, List<String>> byChair = new LinkedHashMap<>();
    for (CommitteeRoles roles : directory.committees()) {
      List<String> groups = byChair.computeIfAbsent(roles.chair().id(), chair -> new ArrayList<>(List.of(chair)));
      if (!groups.contains(roles.secretary().id())) {
        groups.add(roles.secretary().id());
      }
    }
    List<String> names = new ArrayList<>();
    byChair.forEach((chair, groups) -> {
      String name = chair.equals(directory.chair().id()) ? AWAITING_CHAIR
          : AWAITING_CHAIR + " — " + directory.office(chair).orElseThrow().nameBn();
      names.add(name);
      ensure(name, 5, "সভাপতির সিদ্ধান্তের অপেক্ষায় / Waiting for the chair",
          taskService.createTaskQuery().taskDefinitionKey("Task_ReviewOverdueDecision")
              .processVariableValueEquals("chairGroup", chair),
          groups, true);
    });
    // a chair that chairs no committee any more: its filter goes (ours only: one asking for a chair's reviews)
    for (Filter filter : filterService.createFilterQuery().filterNameLike(AWAITING_CHAIR + " — %").list()) {
      if (!names.contains(filter.getName()) && QUERY_JSON.toJson(filter.getQuery()).contains("\"chairGroup\"")) {
        filterService.deleteFilter(filter.getId());
      }
    }
  }

  /** Gives our filter of an earlier name its new one, keeping its id, grants and users' place in Tasklist. */
  private void renameFormer(String former, String name) {
    if (filterService.createFilterQuery().filterName(name).count() > 0) {
      long left = filterService.createFilterQuery().filterName(former).count();
      if (left > 0) {
        log.warn("{} Tasklist filters still have the former name '{}' beside '{}': delete them in Tasklist", left,
            former, name);
      }
      return;
    }
    filterService.createFilterQuery().filterName(former).orderByFilterId().asc().list().stream().findFirst()
        .ifPresent(filter -> filterService.saveFilter(filter.setName(name)));
  }

  /** @param onlyThese the filter is the committee's: a group that left a committee role loses it */
  private void ensure(String name, int priority, String description, TaskQuery query, List<String> groups,
      boolean onlyThese) {
    // filter names are not unique in Camunda: an administrator may save one under our name, or two nodes starting
    // together may both create it. The first stays ours; a second must not stop every node's start
    List<Filter> named = filterService.createFilterQuery().filterName(name).orderByFilterId().asc().list();
    if (named.size() > 1) {
      log.warn("{} Tasklist filters are named '{}' ({}); the first is kept up to date, delete the others in Tasklist",
          named.size(), name, named.stream().map(Filter::getId).toList());
    }
    Filter filter = named.isEmpty() ? null : named.get(0);
    if (filter == null) {
      filter = filterService.newTaskFilter(name)
          .setQuery(query)
          .setProperties(Map.of("priority", priority, "description", description, "refresh", true));
      filterService.saveFilter(filter);
    } else if (!QUERY_JSON.toJson(filter.getQuery()).equals(QUERY_JSON.toJson(query))) {
      // a filter of an earlier version asks otherwise (the chair's asked for every chair's reviews)
      try {
        filterService.saveFilter(filter.setQuery(query));
      } catch (org.camunda.bpm.engine.OptimisticLockingException anotherNodeDidIt) {
        // nodes starting together: the same query
      }
    }
    if (onlyThese) {
      for (Authorization grant : authorizationService.createAuthorizationQuery()
          .resourceType(Resources.FILTER).resourceId(filter.getId()).list()) {
        if (grant.getGroupId() != null && !groups.contains(grant.getGroupId())) {
          authorizationService.deleteAuthorization(grant.getId());
        }
      }
    }
    for (String group : groups) {
      boolean granted = authorizationService.createAuthorizationQuery()
          .resourceType(Resources.FILTER).resourceId(filter.getId()).groupIdIn(group).count() > 0;
      if (!granted) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filter.getId());
        authorization.addPermission(Permissions.READ);
        try {
          authorizationService.saveAuthorization(authorization);
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
          // two nodes starting together granted it at once: the other's grant is the same
          if (authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
              .resourceId(filter.getId()).groupIdIn(group).count() == 0) {
            throw e;
          }
        }
      }
    }
  }
}
