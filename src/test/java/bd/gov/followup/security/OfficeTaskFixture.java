package bd.gov.followup.security;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.directory.CamundaDirectorySync;
import bd.gov.followup.directory.OfficeDirectory;
import bd.gov.followup.workflow.JsonVariables;
import bd.gov.followup.workflow.ProcessVariables;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One decision for "every UNO" (of the seed committee's 2019 meeting, started directly: no meeting is registered),
 * accepted by the secretary, so each upazila has a report task; users of Kaliganj (two), Sadar and the committee.
 * Subclasses are {@code @SpringBootTest}s on a random port with the engine named "default", as OfficeIsolationTest.
 */
abstract class OfficeTaskFixture {

  static final String REST = "/engine-rest";
  static final String PASSWORD = "Office-Passw0rd!2025";
  static final String KALIGANJ = "uno-kaliganj";
  static final String SADAR = "uno-sadar";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired OfficeDirectory directory;
  @Autowired CamundaDirectorySync sync;

  Http http;
  ProcessInstance decision;
  String run;

  @BeforeEach
  void startDecisionForEveryUno() {
    http = new Http(port);
    run = Long.toString(System.nanoTime(), 36);
    decision = engine.getRuntimeService().startProcessInstanceByKey(ProcessVariables.DECISION_PROCESS,
        "56.04.4400.000.34.002.19.69/" + run, Variables.createVariables()
            .putValue(ProcessVariables.MEMO_KEY, "56.04.4400.000.34.002.19.69")
            .putValue(ProcessVariables.MEETING_TITLE, "জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির সভা")
            .putValue(ProcessVariables.DECISION_NUMBER, 3)
            .putValue(ProcessVariables.DECISION_TITLE, "সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ")
            .putValue(ProcessVariables.DECISION_TEXT, "উপজেলা পর্যায়ের ওয়েব পোর্টাল হালনাগাদ করবেন।")
            .putValue(ProcessVariables.IMPLEMENTER_PHRASES,
                JsonVariables.stringList(List.of("উপজেলা নির্বাহী অফিসার (সকল), ঝিনাইদহ")))
            .putValue(ProcessVariables.DEADLINE, LocalDate.now().plusMonths(3).toString())
            .putValue(ProcessVariables.SECRETARY_GROUP, directory.secretary().id())
            .putValue(ProcessVariables.CHAIR_GROUP, directory.chair().id()));
    Task assign = taskService.createTaskQuery().processInstanceId(decision.getId())
        .taskDefinitionKey(ProcessVariables.TASK_ASSIGN_IMPLEMENTER).singleResult();
    Object offices = taskService.getVariable(assign.getId(), ProcessVariables.OFFICES);
    taskService.complete(assign.getId(), Map.of(ProcessVariables.ACCEPTED, true, ProcessVariables.OFFICES, offices,
        ProcessVariables.DEADLINE, LocalDate.now().plusMonths(3).toString()));
    officer("clerk", KALIGANJ);
    officer("head", KALIGANJ);
    officer("sadar", SADAR);
    officer("secretary", directory.secretary().id());
    officer("chair", directory.chair().id());
  }

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  /** A user of the office, in the office's groups as the directory names them. */
  String officer(String name, String officeId) {
    String userId = user(name);
    User user = identityService.newUser(userId);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    for (String group : sync.groupsOf(directory.office(officeId).orElseThrow())) {
      identityService.createMembership(userId, group);
    }
    return userId;
  }

  String user(String name) {
    return name + "-" + run;
  }

  Task reportTaskOf(String office) {
    return taskService.createTaskQuery().processInstanceId(decision.getId())
        .taskDefinitionKey(ProcessVariables.TASK_REPORT_UPDATE).taskCandidateGroup(office).singleResult();
  }

  String assigneeOf(String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    return task == null ? null : task.getAssignee();
  }

  HttpResponse<String> call(String method, String name, String path, String body) {
    return http.call(method, REST + path, user(name), PASSWORD, body);
  }

  HttpResponse<String> post(String name, String path, String body) {
    return call("POST", name, path, body);
  }

  HttpResponse<String> claim(String name, String taskId) {
    HttpResponse<String> claim = post(name, "/task/" + taskId + "/claim", "{\"userId\": \"" + user(name) + "\"}");
    assertThat(claim.statusCode()).as(name + " claims: " + claim.body()).isEqualTo(204);
    return claim;
  }

  static String reportBody() {
    return """
        {"variables": {
          "updateSummary": {"value": "উপজেলা পোর্টাল হালনাগাদ করা হয়েছে", "type": "String"},
          "evidenceLink": {"value": "https://kaliganj.jhenaidah.gov.bd/", "type": "String"},
          "remarks": {"value": "", "type": "String"}}}""";
  }
}
