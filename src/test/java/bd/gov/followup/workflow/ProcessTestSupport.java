package bd.gov.followup.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import bd.gov.followup.notify.NoticesOf;
import bd.gov.followup.notify.NoticesOf.Notice;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** What process tests share: the engine, a fixed clock in Dhaka time, and small steps of the decision workflow. */
abstract class ProcessTestSupport {

  /** A Wednesday morning in Jhenaidah, in a month without holidays: tests start here and move the clock forward. */
  static final LocalDateTime START = LocalDateTime.of(2026, 7, 1, 10, 0);

  @Autowired ProcessEngine engine;

  @BeforeEach
  void initEngine() {
    init(engine);
    at(START);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static void at(LocalDateTime dhakaTime) {
    ClockUtil.setCurrentTime(DeadlineClock.toDate(dhakaTime));
  }

  ProcessInstance startDecision(String deadline, String... implementerPhrases) {
    return startDecision(Map.of(), deadline, implementerPhrases);
  }

  /** A decision as a meeting's call starts it, with variables of the test's own (a meeting's reminder days, …). */
  ProcessInstance startDecision(Map<String, Object> extra, String deadline, String... implementerPhrases) {
    return engine.getRuntimeService().startProcessInstanceByKey(ProcessVariables.DECISION_PROCESS,
        "56.04.4400.000.34.002.19.69/03", decisionVariables(extra, deadline, implementerPhrases));
  }

  VariableMap decisionVariables(Map<String, Object> extra, String deadline, String... implementerPhrases) {
    VariableMap variables = Variables.createVariables()
        .putValue(ProcessVariables.MEMO_KEY, "56.04.4400.000.34.002.19.69")
        .putValue(ProcessVariables.MEETING_TITLE, "জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির সভা, ১৯/১১/২০২৩")
        .putValue(ProcessVariables.DECISION_NUMBER, 3)
        .putValue(ProcessVariables.DECISION_TITLE, "সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ")
        .putValue(ProcessVariables.DECISION_TEXT, "উপজেলা পর্যায়ের ওয়েব পোর্টাল হালনাগাদ করবেন।")
        .putValue(ProcessVariables.IMPLEMENTER_PHRASES, JsonVariables.stringList(List.of(implementerPhrases)))
        .putValue(ProcessVariables.DEADLINE, deadline)
        .putValue(ProcessVariables.SECRETARY_GROUP, "programmer-ict")
        .putValue(ProcessVariables.CHAIR_GROUP, "adc-edu-ict");
    variables.putAll(extra);
    return variables;
  }

  /** The notices about an instance (a meeting or a decision), read or not, oldest first. */
  List<Notice> notices(ProcessInstance about) {
    return NoticesOf.instance(engine, about.getId());
  }

  Object variable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  /** The decision's own variable (not a local one of an office's or a UNO's scope of the same name). */
  Object historicVariable(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).executionIdIn(instance.getId()).variableName(name).singleResult()
        .getValue();
  }

  List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(l -> l.getGroupId()).toList();
  }

  Task task(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  Task task(ProcessInstance instance, String taskKey, String candidateGroup) {
    return engine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(taskKey).taskCandidateGroup(candidateGroup)
        .singleResult();
  }

  List<Task> tasks(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
  }

  void complete(Task task, Map<String, Object> variables) {
    engine.getTaskService().complete(task.getId(), variables);
  }

  /** The lead accepts, keeping the offices the directory found. */
  void accept(ProcessInstance instance, String deadline) {
    Task assign = task(instance, ProcessVariables.TASK_ASSIGN_IMPLEMENTER);
    Object offices = engine.getTaskService().getVariable(assign.getId(), ProcessVariables.OFFICES);
    complete(assign, Map.of(ProcessVariables.ACCEPTED, true, ProcessVariables.OFFICES, offices,
        ProcessVariables.DEADLINE, deadline));
  }

  /** An office reports; the async roll-up job runs. */
  void report(ProcessInstance instance, String office, String summary) {
    complete(task(instance, ProcessVariables.TASK_REPORT_UPDATE, office), Map.of(
        ProcessVariables.UPDATE_SUMMARY, summary,
        ProcessVariables.EVIDENCE_LINK, "https://" + office + ".jhenaidah.gov.bd/",
        ProcessVariables.REMARKS, ""));
    runJobsNotAfterNow(instance);
  }

  void verify(ProcessInstance instance, String office, String verdict, String reason) {
    complete(verifyTaskOf(instance, office),
        Map.of(ProcessVariables.VERDICT, verdict, ProcessVariables.RETURN_REASON, reason));
  }

  /** The open verification of the given office's report. */
  Task verifyTaskOf(ProcessInstance instance, String office) {
    return tasks(instance, ProcessVariables.TASK_VERIFY_UPDATE).stream()
        .filter(t -> office.equals(engine.getTaskService().getVariable(t.getId(), ProcessVariables.OFFICE)))
        .findFirst().orElseThrow();
  }

  /** Runs every job of the instance that is due now (async steps, timers that fell due), until none is left. */
  void runJobsNotAfterNow(ProcessInstance instance) {
    for (int round = 0; round < 20; round++) {
      java.util.Date now = new java.util.Date(ClockUtil.getCurrentTime().getTime() + 1);
      List<Job> due = engine.getManagementService().createJobQuery()
          .processInstanceId(instance.getId()).duedateLowerThen(now).list();
      // asynchronous steps first, as the job executor would reach them before a timer of the same moment; a mail
      // waiting for its retry is not due yet
      List<Job> async = engine.getManagementService().createJobQuery()
          .processInstanceId(instance.getId()).messages().duedateLowerThen(now).list();
      if (due.isEmpty() && async.isEmpty()) {
        return;
      }
      for (Job job : async.isEmpty() ? due : async) {
        // a job that an earlier one of the round removed (a review's reminder timer, when its review lapsed) is gone
        if (engine.getManagementService().createJobQuery().jobId(job.getId()).count() > 0) {
          engine.getManagementService().executeJob(job.getId());
        }
      }
    }
    throw new AssertionError("jobs keep falling due: a loop in the deadline watch?");
  }

  Job timer(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
  }

  LocalDateTime timerDue(ProcessInstance instance) {
    return DeadlineClock.fromDate(timer(instance).getDuedate());
  }
}
