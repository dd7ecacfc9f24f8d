package bd.gov.followup.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.followup.cluster.Node;
import bd.gov.followup.cluster.PostgresDatabases;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The task list's plan helpers (bench/README.md, section 3): on H2 {@link H2TaskListPlan} starts an office's list
 * and count from its identity links or gives the list an index hint, keeps Camunda's rows and order either way and
 * leaves other queries alone; on PostgreSQL the statistics of
 * {@link PostgresTaskListStatistics} exist after the start (skipped when PostgreSQL does not answer).
 */
@SpringBootTest
@ActiveProfiles("processtest")
class TaskListPlanTest {

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;

  @Test
  void theHintGoesAfterTheTaskTableOfUnassignedLists_otherQueriesStayAsTheyAre() {
    String unassigned = "select distinct RES.* from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I on "
        + "I.TASK_ID_ = RES.ID_ WHERE ( RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate' ) order by RES.ID_ asc";
    assertThat(H2TaskListPlan.withHint(unassigned, List.of("PRIMARY_KEY_7", "ACT_IDX_TASK_CREATE")))
        .startsWith("select distinct RES.* from ACT_RU_TASK RES USE INDEX (\"PRIMARY_KEY_7\", \"ACT_IDX_TASK_CREATE\")"
            + " left join ACT_RU_IDENTITYLINK I")
        .endsWith("order by RES.ID_ asc");
    String mine = unassigned.replace("RES.ASSIGNEE_ is null", "RES.ASSIGNEE_ = ?");
    assertThat(H2TaskListPlan.withHint(mine, List.of("PRIMARY_KEY_7"))).isEqualTo(mine);
    assertThat(H2TaskListPlan.withHint(unassigned, null)).isEqualTo(unassigned);
  }

  @Test
  void anOfficesQueryReadsItsLinksFirst_otherJoinsStayAsTheyAre() {
    String camunda = "select count(distinct RES.ID_ ) from ACT_RU_TASK RES\n      left join ACT_RU_IDENTITYLINK I on "
        + "I.TASK_ID_ = RES.ID_\n inner join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ WHERE ( I.TYPE_ = 'candidate' )";
    assertThat(H2TaskListPlan.linksFirst(camunda)).isEqualTo("select count(distinct RES.ID_ ) from "
        + "ACT_RU_IDENTITYLINK I inner join ACT_RU_TASK RES on I.TASK_ID_ = RES.ID_\n inner join ACT_RE_PROCDEF D on "
        + "RES.PROC_DEF_ID_ = D.ID_ WHERE ( I.TYPE_ = 'candidate' )");
    String withoutLinks = "select count(distinct RES.ID_ ) from ACT_RU_TASK RES WHERE ( RES.ASSIGNEE_ = ? )";
    assertThat(H2TaskListPlan.linksFirst(withoutLinks)).isEqualTo(withoutLinks);
  }

  @Test
  void onlyQueriesWhoseEveryRowNeedsAGroupLink_countAsAnOfficesQuery() {
    var tasks = engine.getTaskService();
    assertThat(H2TaskListPlan.officeGroups(tasks.createTaskQuery().taskCandidateGroup("uno-sadar")))
        .containsExactly("uno-sadar");
    assertThat(H2TaskListPlan.officeGroups(tasks.createTaskQuery()
        .taskCandidateGroupIn(List.of("uno-sadar", "ap-sadar")).includeAssignedTasks().taskNameLike("%পোর্টাল%")))
        .containsExactly("uno-sadar", "ap-sadar");
    // an or-query may match tasks without any link; a candidate user or a group pattern has conditions of its own
    assertThat(H2TaskListPlan.officeGroups(tasks.createTaskQuery().taskCandidateGroup("uno-sadar")
        .or().taskAssignee("clerk").taskName("x").endOr())).isNull();
    assertThat(H2TaskListPlan.officeGroups(tasks.createTaskQuery().taskCandidateUser("clerk"))).isNull();
    assertThat(H2TaskListPlan.officeGroups(tasks.createTaskQuery().taskCandidateGroupLike("uno-%"))).isNull();
    assertThat(H2TaskListPlan.officeGroups(tasks.createTaskQuery().taskAssignee("clerk"))).isNull();
    assertThat(H2TaskListPlan.officeGroups("not a task query")).isNull();
  }

  @Test
  void everyTaskIsAProcessTask_noStandaloneTasks_noCaseTables() throws Exception {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isCmmnEnabled()).isFalse();
    var task = engine.getTaskService().newTask();
    task.setName("একটি আলাদা কাজ / a task outside any process");
    assertThatThrownBy(() -> engine.getTaskService().saveTask(task))
        .as("the task query counts on process tasks only").hasMessageContaining("standalone task");
    try (var connection = dataSource.getConnection();
         var tables = connection.getMetaData().getTables(null, null, "ACT_RE_CASE_DEF", null)) {
      assertThat(tables.next()).as("no CMMN tables on a fresh database").isFalse();
    }
  }

  @Test
  void onH2_anOfficeWithFewTasksStartsFromItsLinks_oneWithManyWalksTheSortOrder_bothInCamundasOrder()
      throws Exception {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    H2TaskListPlan.Planner planner = configuration.getSqlSessionFactory().getConfiguration().getInterceptors()
        .stream().filter(H2TaskListPlan.Planner.class::isInstance).map(H2TaskListPlan.Planner.class::cast)
        .findFirst().orElseThrow();
    try (var connection = dataSource.getConnection()) {
      assertThat(H2TaskListPlan.indexesWithoutAssignee(connection))
          .contains("ACT_IDX_TASK_CREATE").doesNotContain("ACT_IDX_TASK_ASSIGNEE")
          .anyMatch(name -> name.startsWith("PRIMARY_KEY"));
    }

    String office = "plan-office-" + System.nanoTime();
    String other = office + "-other";
    engine.getRepositoryService().createDeployment().addModelInstance("plan-task.bpmn",
        Bpmn.createExecutableProcess("PlanTask").camundaHistoryTimeToLive(1).startEvent()
            .userTask("PlanTaskTask").camundaCandidateGroups("${group}").endEvent().done()).deploy();
    for (int i = 0; i < 5; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("PlanTask", Map.of("group", i < 4 ? office : other));
    }
    List<Task> all = engine.getTaskService().createTaskQuery().taskCandidateGroup(office).orderByTaskId().asc().list();
    assertThat(all).hasSize(4);
    engine.getTaskService().claim(all.get(0).getId(), "someone");
    List<String> unassigned = all.subList(1, 4).stream().map(Task::getId).toList();

    engine.getIdentityService().setAuthentication("plan-clerk", List.of(office));
    try {
      for (int upTo : new int[] {H2TaskListPlan.LINKS_FIRST_UP_TO, 3}) {
        planner.linksFirstUpTo = upTo; // 3: the office's 4 links are "many"
        long fromLinks = planner.linksFirst.get();
        long hinted = planner.hintedLists.get();
        boolean few = upTo >= 4;

        List<Task> page = engine.getTaskService().createTaskQuery().taskCandidateGroup(office).listPage(0, 50);
        assertThat(page).extracting(Task::getId).as("unassigned, by id").isEqualTo(unassigned);
        assertThat(planner.linksFirst.get()).isEqualTo(fromLinks + (few ? 1 : 0));
        assertThat(planner.hintedLists.get()).isEqualTo(hinted + (few ? 0 : 1));

        // claimed or not, newest first; the counts start from the links however many there are
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(office).includeAssignedTasks()
            .orderByTaskCreateTime().desc().orderByTaskId().desc().listPage(0, 50)).extracting(Task::getId)
            .isEqualTo(all.stream().map(Task::getId).sorted(java.util.Comparator.reverseOrder()).toList());
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(office).count()).isEqualTo(3);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(office).includeAssignedTasks()
            .count()).isEqualTo(4);
        assertThat(planner.linksFirst.get()).isEqualTo(fromLinks + (few ? 4 : 2));
        assertThat(planner.hintedLists.get()).isEqualTo(hinted + (few ? 0 : 1));

        // an or-query keeps Camunda's plan: the office's unassigned tasks or the claimed one
        assertThat(engine.getTaskService().createTaskQuery().or().taskCandidateGroup(office).taskAssignee("someone")
            .endOr().count()).isEqualTo(4);
        assertThat(planner.linksFirst.get()).isEqualTo(fromLinks + (few ? 4 : 2));
      }
    } finally {
      planner.linksFirstUpTo = H2TaskListPlan.LINKS_FIRST_UP_TO;
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void onPostgres_thePermissionStatisticsExistAfterTheStart() throws Exception {
    PostgresDatabases.assumeReachable();
    String url = PostgresDatabases.createFresh("plan");
    try (Node node = Node.postgres("plan", url, Map.of())) {
      try (var connection = node.bean(DataSource.class).getConnection()) {
        assertThat(PostgresTaskListStatistics.exists(connection)).isTrue();
      }
      // a second start finds them and leaves them as they are
      assertThat(PostgresTaskListStatistics.create(node.bean(DataSource.class))).isFalse();
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl) node.engine().getProcessEngineConfiguration();
      assertThat(configuration.getSqlSessionFactory().getConfiguration().getInterceptors())
          .noneMatch(H2TaskListPlan.Planner.class::isInstance);
    } finally {
      PostgresDatabases.drop(url);
    }
  }
}
