package bd.gov.followup.db;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.cluster.Node;
import bd.gov.followup.cluster.PostgresDatabases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link JobAcquisitionByDueDate}: the job executor takes the oldest due jobs first, through the due-date index, and
 * a job left without a due date by an earlier version is dated at the start instead of never running.
 */
@SpringBootTest
@ActiveProfiles("processtest")
class JobAcquisitionByDueDateTest {

  private static final String PROCESS = "AcquisitionOrder";

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;

  private ProcessEngineConfigurationImpl configuration;
  private final List<String> instances = new ArrayList<>();
  /** As the application configured the engine, before any test changed it: restored after each test. */
  private boolean ensureDueDate;
  private boolean acquireByDueDate;

  @BeforeEach
  void deploy() {
    configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    ensureDueDate = configuration.isEnsureJobDueDateNotNull();
    acquireByDueDate = configuration.isJobExecutorAcquireByDueDate();
    engine.getRepositoryService().createDeployment().addModelInstance("acquisition-order.bpmn",
        Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("AsyncStep").camundaAsyncBefore().camundaExpression("${true}").endEvent().done()).deploy();
  }

  @AfterEach
  void removeInstances() {
    configuration.setEnsureJobDueDateNotNull(ensureDueDate);
    configuration.setJobExecutorAcquireByDueDate(acquireByDueDate);
    engine.getRuntimeService().deleteProcessInstancesIfExists(instances, "test over", true, true, true);
  }

  @Test
  void theEngineRunsWithDueDatesOnEveryJob_andAcquiresByDueDate() {
    assertThat(configuration.isEnsureJobDueDateNotNull()).isTrue();
    assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
    Job job = asyncJob();
    assertThat(job.getDuedate()).as("an asynchronous step falls due when it is created").isNotNull();
  }

  @Test
  void theOldestDueJobsComeFirst_whateverTheOrderTheyWereMadeIn() {
    // six jobs made newest-due first, among whatever other due jobs the shared test database holds: their due
    // dates lie before all others, so a batch of three is exactly the three oldest of them (Camunda hands the
    // batch back grouped by process instance, in no order, so the set is what shows the order of acquisition)
    List<String> madeOrder = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Job job = asyncJob();
      engine.getManagementService().setJobDuedate(job.getId(),
          Date.from(Instant.parse("2001-01-01T00:00:00Z").plusSeconds(86_400L * (6 - i))));
      madeOrder.add(job.getId());
    }

    List<String> acquired = configuration.getCommandExecutorTxRequired()
        .execute(new AcquireJobsCmd(configuration.getJobExecutor(), 3)).getJobIdBatches().stream()
        .flatMap(Collection::stream).toList();

    assertThat(acquired).containsExactlyInAnyOrder(madeOrder.get(5), madeOrder.get(4), madeOrder.get(3));
  }

  @Test
  void theIndexExists_andAJobWithoutDueDateIsDatedAtTheStart() throws Exception {
    try (var connection = dataSource.getConnection();
         var indexes = connection.getMetaData().getIndexInfo(null, null, "ACT_RU_JOB", false, false)) {
      List<String> names = new ArrayList<>();
      while (indexes.next()) {
        names.add(indexes.getString("INDEX_NAME"));
      }
      assertThat(names).contains(JobAcquisitionByDueDate.INDEX);
    }

    // a job as an earlier version (Camunda's default) left it: no due date, which the query now never matches
    configuration.setEnsureJobDueDateNotNull(false);
    configuration.setJobExecutorAcquireByDueDate(false);
    Job undated = asyncJob();
    configuration.setEnsureJobDueDateNotNull(ensureDueDate);
    configuration.setJobExecutorAcquireByDueDate(acquireByDueDate);
    assertThat(undated.getDuedate()).isNull();

    Instant before = Instant.now().minusSeconds(1);
    assertThat(JobAcquisitionByDueDate.prepare(dataSource, configuration.getDatabaseTablePrefix(), false))
        .isGreaterThanOrEqualTo(1);

    Job dated = engine.getManagementService().createJobQuery().jobId(undated.getId()).singleResult();
    assertThat(dated.getDuedate()).isNotNull();
    assertThat(dated.getDuedate().toInstant()).isAfter(before);
    assertThat(JobAcquisitionByDueDate.prepare(dataSource, configuration.getDatabaseTablePrefix(), false))
        .as("a second start finds nothing to date").isZero();
    engine.getManagementService().executeJob(dated.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(dated.getProcessInstanceId())
        .count()).as("the dated job ran the step").isZero();
  }

  /**
   * On PostgreSQL, Camunda's own acquisition (its command, its SQL) among 20,000 future timers: the due jobs come
   * oldest first, and within the command's transaction PostgreSQL counts scans of both indexes, i.e. the planner
   * walked the due dates and looked up the locked jobs instead of reading the table.
   */
  @Test
  void onPostgres_theAcquisitionWalksTheDueDateIndex_andLooksUpLockedJobsByTheirIndex() throws Exception {
    PostgresDatabases.assumeReachable();
    String url = PostgresDatabases.createFresh("acquisition");
    // no job executor of its own (the test acquires), so readiness cannot include it
    try (Node node = Node.postgres("acquisition", url, Map.of("camunda.bpm.job-execution.enabled", false,
        "management.endpoint.health.group.readiness.include", "readinessState,db"))) {
      ProcessEngine pg = node.engine();
      ProcessEngineConfigurationImpl pgConfiguration = (ProcessEngineConfigurationImpl) pg.getProcessEngineConfiguration();
      pg.getRepositoryService().createDeployment().addModelInstance("acquisition-order.bpmn",
          Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
              .serviceTask("AsyncStep").camundaAsyncBefore().camundaExpression("${true}").endEvent().done()).deploy();
      List<String> due = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        String instance = pg.getRuntimeService().startProcessInstanceByKey(PROCESS).getId();
        String job = pg.getManagementService().createJobQuery().processInstanceId(instance).singleResult().getId();
        // older than any other job, the nightly history cleanup's included (due at once inside its window)
        pg.getManagementService().setJobDuedate(job,
            Date.from(Instant.parse("2001-01-01T00:00:00Z").plusSeconds(60L * i)));
        due.add(job);
      }
      try (var connection = node.bean(DataSource.class).getConnection(); var sql = connection.createStatement()) {
        try (var indexes = sql.executeQuery("SELECT count(*) FROM pg_indexes WHERE indexname IN"
            + " ('followup_idx_job_duedate', 'followup_idx_job_locked')")) {
          indexes.next();
          assertThat(indexes.getInt(1)).as("both indexes on a fresh PostgreSQL database").isEqualTo(2);
        }
        // the deadlines and reminders of open decisions: timers months ahead, one per process instance
        sql.executeUpdate("INSERT INTO ACT_RU_JOB (ID_, REV_, TYPE_, EXCLUSIVE_, PROCESS_INSTANCE_ID_, RETRIES_,"
            + " DUEDATE_, SUSPENSION_STATE_, PRIORITY_, HANDLER_TYPE_, CREATE_TIME_) SELECT 'future-' || g, 1, 'timer',"
            + " true, 'future-' || g, 3, now() + g * interval '10 minutes', 1, 0, 'timer-transition', now()"
            + " FROM generate_series(1, 20000) g");
        sql.execute("ANALYZE ACT_RU_JOB");
      }

      Command<long[]> acquireAndCountScans = context -> {
        List<String> acquired = new AcquireJobsCmd(pgConfiguration.getJobExecutor(), 3).execute(context)
            .getJobIdBatches().stream().flatMap(Collection::stream).toList();
        assertThat(acquired).containsExactlyInAnyOrderElementsOf(due);
        try (var sql = context.getDbSqlSession().getSqlSession().getConnection().createStatement();
             var scans = sql.executeQuery("SELECT pg_stat_get_xact_numscans('followup_idx_job_duedate'::regclass),"
                 + " pg_stat_get_xact_numscans('followup_idx_job_locked'::regclass)")) {
          scans.next();
          return new long[] {scans.getLong(1), scans.getLong(2)};
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException(e);
        }
      };
      long[] scans = pgConfiguration.getCommandExecutorTxRequired().execute(acquireAndCountScans);
      assertThat(scans[0]).as("scans of the due-date index in the acquisition").isPositive();
      assertThat(scans[1]).as("scans of the locked-jobs index in the acquisition").isPositive();
    } finally {
      PostgresDatabases.drop(url);
    }
  }

  private Job asyncJob() {
    String id = engine.getRuntimeService().startProcessInstanceByKey(PROCESS).getId();
    instances.add(id);
    return engine.getManagementService().createJobQuery().processInstanceId(id).singleResult();
  }
}
