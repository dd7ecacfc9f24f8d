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
 * The task list's plan helpers (bench/README.md, section 3): on H2 the index hint of {@link H2TaskListPlan} is
 * installed, keeps Camunda's rows and order and leaves other queries alone; on PostgreSQL the statistics of
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
  void onH2_anOfficesUnassignedTasksComeWithTheHint_inCamundasOrder() throws Exception {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    H2TaskListPlan.Hint hint = configuration.getSqlSessionFactory().getConfiguration().getInterceptors().stream()
        .filter(H2TaskListPlan.Hint.class::isInstance).map(H2TaskListPlan.Hint.class::cast).findFirst().orElseThrow();
    try (var connection = dataSource.getConnection()) {
      assertThat(H2TaskListPlan.indexesWithoutAssignee(connection))
          .contains("ACT_IDX_TASK_CREATE").doesNotContain("ACT_IDX_TASK_ASSIGNEE")
          .anyMatch(name -> name.startsWith("PRIMARY_KEY"));
    }

    String office = "plan-office-" + System.nanoTime();
    engine.getRepositoryService().createDeployment().addModelInstance("plan-task.bpmn",
        Bpmn.createExecutableProcess("PlanTask").camundaHistoryTimeToLive(1).startEvent()
            .userTask("PlanTaskTask").camundaCandidateGroups(office).endEvent().done()).deploy();
    for (int i = 0; i < 4; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("PlanTask");
    }
    List<Task> all = engine.getTaskService().createTaskQuery().taskCandidateGroup(office).list();
    assertThat(all).hasSize(4);
    engine.getTaskService().claim(all.get(0).getId(), "someone");

    long before = hint.hintedLists.get();
    engine.getIdentityService().setAuthentication("plan-clerk", List.of(office));
    try {
      List<Task> page = engine.getTaskService().createTaskQuery().taskCandidateGroup(office).listPage(0, 50);
      assertThat(page).extracting(Task::getAssignee).containsOnlyNulls();
      assertThat(page).extracting(Task::getId).hasSize(3).isSorted()
          .doesNotContain(all.get(0).getId());
      assertThat(hint.hintedLists.get()).isEqualTo(before + 1);
      // claimed or not, newest first: no ASSIGNEE_ condition, no hint
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(office).includeAssignedTasks()
          .orderByTaskCreateTime().desc().listPage(0, 50)).hasSize(4);
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(office).count()).isEqualTo(3);
      assertThat(hint.hintedLists.get()).isEqualTo(before + 1);
    } finally {
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
          .noneMatch(H2TaskListPlan.Hint.class::isInstance);
    } finally {
      PostgresDatabases.drop(url);
    }
  }
}
