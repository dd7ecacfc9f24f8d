package bd.gov.followup.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.followup.directory.CamundaDirectorySync;
import bd.gov.followup.directory.OfficeDirectory;
import bd.gov.followup.workflow.DecisionBlocks;
import bd.gov.followup.workflow.JsonVariables;
import bd.gov.followup.workflow.ProcessVariables;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Officials see and do only their own office's work, through the REST API and the Java API alike; the committee's
 * secretary and chair see every office's tasks. One decision for "every UNO" gives one report task per upazila.
 */
// the REST filter addresses the engine by name: "default", one context at a time
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.generate-unique-process-engine-name=false", "camunda.bpm.process-engine-name=default"})
@DirtiesContext
@ActiveProfiles("processtest")
class OfficeIsolationTest {

  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

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
            .putValue(ProcessVariables.DEADLINE, deadline())
            .putValue(ProcessVariables.SECRETARY_GROUP, directory.secretary().id())
            .putValue(ProcessVariables.CHAIR_GROUP, directory.chair().id()));
    // the secretary leads a set of offices: accept with the offices the directory found
    Task assign = taskService.createTaskQuery().processInstanceId(decision.getId())
        .taskDefinitionKey(ProcessVariables.TASK_ASSIGN_IMPLEMENTER).singleResult();
    Object offices = taskService.getVariable(assign.getId(), ProcessVariables.OFFICES);
    taskService.complete(assign.getId(), Map.of(ProcessVariables.ACCEPTED, true, ProcessVariables.OFFICES, offices,
        ProcessVariables.DEADLINE, deadline()));
    assertThat(reportTasks()).hasSize(6);

    officer("kaliganj", KALIGANJ);
    officer("sadar", SADAR);
    officer("secretary", directory.secretary().id());
    officer("chair", directory.chair().id());
  }

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  static String deadline() {
    return LocalDate.now().plusMonths(3).toString();
  }

  /** A user of the office, in the office's groups as the directory names them. */
  String officer(String name, String officeId) {
    String userId = name + "-" + run;
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

  List<Task> reportTasks() {
    return taskService.createTaskQuery().processInstanceId(decision.getId())
        .taskDefinitionKey(ProcessVariables.TASK_REPORT_UPDATE).list();
  }

  Task reportTaskOf(String office) {
    return taskService.createTaskQuery().processInstanceId(decision.getId())
        .taskDefinitionKey(ProcessVariables.TASK_REPORT_UPDATE).taskCandidateGroup(office).singleResult();
  }

  HttpResponse<String> get(String name, String path) {
    return http.get(REST + path, user(name), PASSWORD);
  }

  HttpResponse<String> post(String name, String path, String body) {
    return http.post(REST + path, user(name), PASSWORD, body);
  }

  static String reportBody() {
    return """
        {"variables": {
          "updateSummary": {"value": "উপজেলা পোর্টাল হালনাগাদ করা হয়েছে", "type": "String"},
          "evidenceLink": {"value": "https://kaliganj.jhenaidah.gov.bd/", "type": "String"},
          "remarks": {"value": "", "type": "String"}}}""";
  }

  @Test
  void rest_anOfficeWorksOnItsOwnTaskOnly() {
    String own = reportTaskOf(KALIGANJ).getId();
    String foreign = reportTaskOf(SADAR).getId();

    HttpResponse<String> list = get("kaliganj", "/task?processInstanceId=" + decision.getId() + "&maxResults=100");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(own).doesNotContain(foreign);
    assertThat(get("kaliganj", "/task/count?processInstanceId=" + decision.getId()).body()).isEqualTo("{\"count\":1}");

    assertThat(get("kaliganj", "/task/" + foreign).statusCode()).isEqualTo(404);
    HttpResponse<String> foreignVariables = get("kaliganj", "/task/" + foreign + "/variables");
    assertThat(foreignVariables.statusCode()).isIn(403, 404);
    assertThat(foreignVariables.body()).doesNotContain("হালনাগাদ করবেন");
    assertThat(get("kaliganj", "/task/" + foreign + "/form-variables").statusCode()).isIn(403, 404);
    assertThat(post("kaliganj", "/task/" + foreign + "/claim", "{\"userId\":\"" + user("kaliganj") + "\"}")
        .statusCode()).isEqualTo(403);
    HttpResponse<String> foreignComplete = post("kaliganj", "/task/" + foreign + "/complete", reportBody());
    assertThat(foreignComplete.statusCode()).isEqualTo(403);
    assertThat(foreignComplete.body()).as("Bengali first, then Camunda's permission")
        .contains("\"message\":\"এই কাজটি আপনার দপ্তরের নয়", "TASK_WORK").contains("\"type\":\"AuthorizationException\"");
    assertThat(taskService.createTaskQuery().taskId(foreign).singleResult().getAssignee()).isNull();
    // nor writes on another office's task, where the notices and the verifiers' remarks are the record
    HttpResponse<String> foreignComment = post("kaliganj", "/task/" + foreign + "/comment/create",
        "{\"message\": \"সদর দপ্তর কিছুই করেনি\"}");
    assertThat(foreignComment.statusCode()).as(foreignComment.body()).isEqualTo(403);
    assertThat(taskService.getTaskComments(foreign)).extracting(c -> c.getFullMessage())
        .doesNotContain("সদর দপ্তর কিছুই করেনি");
    assertThat(post("kaliganj", "/task/" + own + "/comment/create", "{\"message\": \"কাজ চলছে\"}").statusCode())
        .as("its own task").isEqualTo(200);
    assertThat(post("kaliganj", "/task/" + own + "/comment/create",
        "{\"message\": \"অন্য সিদ্ধান্তে\", \"processInstanceId\": \"another-decision\"}").statusCode())
        .as("its own task, filed under another decision").isEqualTo(403);
    HttpResponse<String> longComment = post("kaliganj", "/task/" + own + "/comment/create",
        "{\"message\": \"" + "ক".repeat(FormTextLimit.LIMIT + 1) + "\"}");
    assertThat(longComment.statusCode()).as("longer than a form's text").isEqualTo(400);
    assertThat(longComment.body()).contains("মন্তব্যটি খুব দীর্ঘ, সর্বোচ্চ ২০০০০ অক্ষর (এখানে ২০০০১)");
    assertThat(post("kaliganj", "/task/" + own + "/comment/create",
        "{\"message\": \"" + "ক".repeat(FormTextLimit.LIMIT) + "\"}").statusCode()).as("as long as one").isEqualTo(200);

    assertThat(get("kaliganj", "/task/" + own).statusCode()).isEqualTo(200);
    HttpResponse<String> ownVariables = get("kaliganj", "/task/" + own + "/variables");
    assertThat(ownVariables.statusCode()).isEqualTo(200);
    assertThat(ownVariables.body()).contains("উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ");
    assertThat(post("kaliganj", "/task/" + own + "/claim", "{\"userId\":\"" + user("kaliganj") + "\"}")
        .statusCode()).isEqualTo(204);
    // a colleague of the same office claims it a moment later: told so, not a server error
    officer("kaliganj-colleague", KALIGANJ);
    HttpResponse<String> taken = post("kaliganj-colleague", "/task/" + own + "/claim",
        "{\"userId\":\"" + user("kaliganj-colleague") + "\"}");
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(409);
    assertThat(taken.body()).contains("অন্য একজন কাজটি ইতিমধ্যে নিজের করে নিয়েছেন", "claimed this task already");
    // only the form's fields: an office cannot route the verification to itself, move the deadline or settle it
    Object lead = runtimeService.getVariable(decision.getId(), ProcessVariables.LEAD_GROUP);
    Object due = runtimeService.getVariable(decision.getId(), ProcessVariables.DEADLINE);
    String forged = reportBody().replace("\"remarks\"",
        "\"leadGroup\": {\"value\": \"uno-kaliganj\", \"type\": \"String\"}, \"remarks\"");
    for (String path : List.of("/complete", "/submit-form")) {
      HttpResponse<String> refused = post("kaliganj", "/task/" + own + path, forged);
      assertThat(refused.statusCode()).as(path).isEqualTo(400);
      assertThat(refused.body()).contains("leadGroup", "not a field of this task's form");
    }
    assertThat(http.call("PUT", REST + "/task/" + own + "/variables/deadline", user("kaliganj"), PASSWORD,
        "{\"value\": \"2099-12-31\", \"type\": \"String\"}").statusCode()).isEqualTo(400);
    // even the form's own field, outside the form: it would skip the form's checks
    assertThat(http.call("PUT", REST + "/task/" + own + "/variables/evidenceLink", user("kaliganj"), PASSWORD,
        "{\"value\": \"javascript:alert(1)\", \"type\": \"String\"}").statusCode()).isEqualTo(400);
    assertThat(http.call("PUT", REST + "/task/" + own + "/localVariables/remarks", user("kaliganj"), PASSWORD,
        "{\"value\": \"x\", \"type\": \"String\"}").statusCode()).isEqualTo(400);
    // nor may a BPMN error end the task, setting variables on its way out
    for (String exit : List.of("/bpmnError", "/bpmnEscalation")) {
      HttpResponse<String> refused = post("kaliganj", "/task/" + own + exit, "{\"errorCode\": \"x\", "
          + "\"escalationCode\": \"x\", \"variables\": {\"leadGroup\": {\"value\": \"uno-kaliganj\"}}}");
      assertThat(refused.statusCode()).as(exit).isEqualTo(400);
      assertThat(refused.body()).as(exit).contains("only by completing its form");
    }
    assertThat(taskService.createTaskQuery().taskId(own).singleResult()).as("the task is still open").isNotNull();
    // resolving, and submitting the form of a delegated task, only resolve it: the form's checks never run
    String badLink = reportBody().replace("https://kaliganj.jhenaidah.gov.bd/", "javascript:alert(1)");
    HttpResponse<String> resolved = post("kaliganj", "/task/" + own + "/resolve", badLink);
    assertThat(resolved.statusCode()).as("resolve").isEqualTo(400);
    assertThat(resolved.body()).contains("only by completing its form", "resolving a delegated task");
    // an office works on its task (TASK_WORK), it does not rename it, move its dates or hand it to someone else
    assertThat(http.call("PUT", REST + "/task/" + own, user("kaliganj"), PASSWORD,
        "{\"name\": \"বদলানো নাম\", \"due\": \"2099-12-31T00:00:00.000+0600\"}").statusCode())
        .as("an office renaming its task").isEqualTo(403);
    assertThat(post("kaliganj", "/task/" + own + "/delegate", "{\"userId\":\"" + user("sadar") + "\"}")
        .statusCode()).as("an office delegating its task").isEqualTo(403);
    taskService.setAssignee(own, null);
    HttpResponse<String> claimedForAnother =
        post("kaliganj", "/task/" + own + "/claim", "{\"userId\":\"" + user("sadar") + "\"}");
    assertThat(claimedForAnother.statusCode()).as("an office claiming its task for another office's user: "
        + claimedForAnother.body()).isEqualTo(403);
    assertThat(claimedForAnother.body()).contains("কাজটি কেবল নিজের জন্য নেওয়া যায়");
    assertThat(taskService.createTaskQuery().taskId(own).singleResult().getAssignee()).isNull();
    assertThat(post("kaliganj", "/task/" + own + "/claim", "{\"userId\":\"" + user("kaliganj") + "\"}")
        .statusCode()).as("for itself").isEqualTo(204);
    taskService.delegateTask(own, user("kaliganj")); // as an administrator may, to check what follows
    HttpResponse<String> delegatedSubmit = post("kaliganj", "/task/" + own + "/submit-form", badLink);
    assertThat(delegatedSubmit.statusCode()).as("submit-form of a delegated task").isEqualTo(400);
    assertThat(delegatedSubmit.body()).contains("only by completing its form", "delegated");
    assertThat(taskService.getVariable(own, ProcessVariables.EVIDENCE_LINK)).isEqualTo("");
    assertThat(post("kaliganj", "/task/" + own + "/resolve", "{}").statusCode())
        .as("resolving without variables gives the task back to its owner").isEqualTo(204);
    assertThat(post("kaliganj", "/task/" + own + "/variables",
        "{\"modifications\": {\"outcome\": {\"value\": \"implemented\"}}}").statusCode()).isEqualTo(400);
    assertThat(http.call("DELETE", REST + "/task/" + own + "/variables/leadGroup", user("kaliganj"), PASSWORD,
        null).statusCode()).isEqualTo(400);
    assertThat(runtimeService.getVariable(decision.getId(), ProcessVariables.LEAD_GROUP)).isEqualTo(lead);
    assertThat(runtimeService.getVariable(decision.getId(), ProcessVariables.DEADLINE)).isEqualTo(due);

    assertThat(post("kaliganj", "/task/" + own + "/complete", reportBody()).statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(own).singleResult()).isNull();
    // a colleague who had the same form open submits it too
    for (String path : List.of("/complete", "/submit-form", "/claim")) {
      HttpResponse<String> late = post("kaliganj", "/task/" + own + path,
          path.equals("/claim") ? "{\"userId\":\"" + user("kaliganj") + "\"}" : reportBody());
      assertThat(late.statusCode()).as(path + ": " + late.body()).isEqualTo(404);
      assertThat(late.body()).as(path).contains("কাজটি আর খোলা নেই", "no longer open");
    }
    // Tasklist loads the form of a task it still lists, or releases it: the same answer, not Camunda's English 400
    HttpResponse<String> form = http.call("GET", REST + "/task/" + own + "/form-variables", user("kaliganj"), PASSWORD,
        null);
    HttpResponse<String> unclaim = post("kaliganj", "/task/" + own + "/unclaim", "{}");
    for (HttpResponse<String> stale : List.of(form, unclaim)) {
      assertThat(stale.statusCode()).as(stale.uri() + ": " + stale.body()).isEqualTo(404);
      assertThat(stale.body()).contains("কাজটি আর খোলা নেই", "no longer open");
    }
    HttpResponse<String> onCompleted = post("kaliganj", "/task/" + own + "/comment/create", "{\"message\": \"পরে\"}");
    assertThat(onCompleted.statusCode()).as("a completed task: " + onCompleted.body()).isEqualTo(403);
    assertThat(onCompleted.body()).contains("no comments on it");
    assertThat(taskService.createTaskQuery().taskId(foreign).singleResult()).isNotNull();
    // the committee does not assign: an office's users claim their tasks themselves
    assertThat(post("secretary", "/task/" + foreign + "/claim", "{\"userId\":\"" + user("sadar") + "\"}")
        .statusCode()).as("the secretary assigning").isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(foreign).singleResult().getAssignee()).isNull();
  }

  /**
   * A form's text has a length: an office's report of ten million characters would be every reader's download of
   * the progress report. Refused with the field named, at completion and at the start of a meeting alike; a field
   * with a limit of its own in the form (the report's summary: 4,000) is held to it over REST too, or the text would
   * come back in a form (the report sent back) that Tasklist refuses to submit.
   */
  @Test
  void rest_aFormsTextsHaveALengthLimit() {
    String own = reportTaskOf(KALIGANJ).getId();
    String huge = reportBody().replace("উপজেলা পোর্টাল হালনাগাদ করা হয়েছে", "ক".repeat(FormTextLimit.LIMIT + 1));
    String overItsOwn = reportBody().replace("উপজেলা পোর্টাল হালনাগাদ করা হয়েছে", "ক".repeat(4_001));
    for (String path : List.of("/complete", "/submit-form")) {
      HttpResponse<String> refused = post("kaliganj", "/task/" + own + path, huge);
      assertThat(refused.statusCode()).as(path).isEqualTo(400);
      assertThat(refused.body()).as(path).contains("«কী করা হয়েছে»:", "[updateSummary]");
      HttpResponse<String> tooLong = post("kaliganj", "/task/" + own + path, overItsOwn);
      assertThat(tooLong.statusCode()).as(path).isEqualTo(400);
      assertThat(tooLong.body()).as(path).contains("«কী করা হয়েছে»: লেখা সর্বোচ্চ ৪০০০ অক্ষর",
          "at most 4000 characters, this one has 4001", "[updateSummary]");
    }
    assertThat(taskService.createTaskQuery().taskId(own).singleResult()).as("the task is still open").isNotNull();

    String start = "/process-definition/key/" + ProcessVariables.MEETING_PROCESS + "/submit-form";
    HttpResponse<String> office = post("secretary", start, "{\"variables\": {\"meetingOffice\": {\"value\": \""
        + "ক".repeat(FormTextLimit.LIMIT + 1) + "\"}}}");
    assertThat(office.statusCode()).as(office.body()).isEqualTo(400);
    assertThat(office.body()).contains("«দপ্তর»: লেখাটি খুব দীর্ঘ", "[meetingOffice]");
    HttpResponse<String> minutes = post("secretary", start.replace("submit-form", "start"), "{\"variables\": "
        + "{\"" + DecisionBlocks.VARIABLE + "\": {\"value\": \"" + "ক".repeat(FormTextLimit.MINUTES_LIMIT + 1) + "\"}}}");
    assertThat(minutes.statusCode()).as(minutes.body()).isEqualTo(400);
    assertThat(minutes.body()).contains("«সিদ্ধান্তসমূহ»: লেখাটি খুব দীর্ঘ", "at most 200000 characters", "[decisionsText]");

    String full = reportBody().replace("উপজেলা পোর্টাল হালনাগাদ করা হয়েছে", "ক".repeat(4_000));
    assertThat(post("kaliganj", "/task/" + own + "/complete", full).statusCode()).as("at the limit").isEqualTo(204);
  }

  /**
   * A form's field takes the kind of value the form sends: text for the report's text fields. An object of a class
   * the client names (which the engine would build when a step reads it), bytes past the text limit, JSON or a
   * number are refused with the field named, and the task stays open; nor does the engine build any class but the
   * application's lists and maps from a stored variable.
   */
  @Test
  void rest_aFormsFieldsTakeTheirOwnKindOfValue() {
    String own = reportTaskOf(KALIGANJ).getId();
    String text = "{\"value\": \"উপজেলা পোর্টাল হালনাগাদ করা হয়েছে\", \"type\": \"String\"}";
    java.util.Map<String, String> misfits = java.util.Map.of(
        "object java.io.File", "{\"value\": \"\\\"/etc/passwd\\\"\", \"type\": \"Object\", \"valueInfo\": "
            + "{\"objectTypeName\": \"java.io.File\", \"serializationDataFormat\": \"application/json\"}}",
        "bytes", "{\"value\": \"" + java.util.Base64.getEncoder().encodeToString(new byte[64]) + "\", \"type\": \"Bytes\"}",
        "json", "{\"value\": \"{\\\"a\\\": \\\"<b>x</b>\\\"}\", \"type\": \"Json\"}",
        "integer", "{\"value\": 7, \"type\": \"Integer\"}");
    misfits.forEach((kind, value) -> {
      for (String path : List.of("/complete", "/submit-form")) {
        HttpResponse<String> refused = post("kaliganj", "/task/" + own + path, reportBody().replace(text, value));
        assertThat(refused.statusCode()).as(kind + " " + path + ": " + refused.body()).isEqualTo(400);
        assertThat(refused.body()).as(kind).contains("updateSummary", "does not take a value of type " + kind);
      }
    });
    assertThat(taskService.createTaskQuery().taskId(own).singleResult()).as("the task is still open").isNotNull();

    runtimeService.setVariable(decision.getId(), "planted", org.camunda.bpm.engine.variable.Variables
        .serializedObjectValue("\"/etc/passwd\"").objectTypeName("java.io.File")
        .serializationDataFormat("application/json").create());
    assertThatThrownBy(() -> runtimeService.getVariable(decision.getId(), "planted"))
        .as("the engine builds no java.io.File").hasMessageContaining("java.io.File");
    runtimeService.removeVariable(decision.getId(), "planted");

    assertThat(post("kaliganj", "/task/" + own + "/complete", reportBody()).statusCode()).as("text").isEqualTo(204);
  }

  /**
   * A meeting's start over REST carries its start form's fields only, each of its kind, as a task's completion does:
   * a variable of the caller's own was stored on the meeting, and a Java-serialized value failed the start with 500.
   * Nothing starts.
   */
  @Test
  void rest_aMeetingsStartCarriesItsFormsFieldsOnly() {
    String start = "/process-definition/key/" + ProcessVariables.MEETING_PROCESS;
    String fields = "\"committee\": {\"value\": \"ফর্ম কমিটি\"}, \"meetingDate\": {\"value\": \"২৯/১১/২০২৬\"}, "
        + "\"memoNumber\": {\"value\": \"৫৬.০৪.৫৫৫.৬\"}, \"decisionsText\": {\"value\": \"সিদ্ধান্ত ০১: পরীক্ষা\\n"
        + "সিদ্ধান্ত: তথ্য দেবেন।\\nবাস্তবায়নকারী: উপজেলা নির্বাহী অফিসার, কালীগঞ্জ\"}";
    long meetings = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessVariables.MEETING_PROCESS)
        .count();
    for (String path : List.of("/submit-form", "/start")) {
      HttpResponse<String> foreign = post("secretary", start + path, "{\"variables\": {" + fields
          + ", \"foo\": {\"value\": \"bar\"}}}");
      assertThat(foreign.statusCode()).as(path + ": " + foreign.body()).isEqualTo(400);
      assertThat(foreign.body()).as(path).contains("foo", "not a field of the start form");
      HttpResponse<String> serialized = post("secretary", start + path, "{\"variables\": {" + fields
          + ", \"place\": {\"type\": \"Object\", \"value\": \"rO0ABXQAA2Zvbw==\", \"valueInfo\": {\"objectTypeName\":"
          + " \"java.lang.String\", \"serializationDataFormat\": \"application/x-java-serialized-object\"}}}}");
      assertThat(serialized.statusCode()).as(path + ": " + serialized.body()).isEqualTo(400);
      assertThat(serialized.body()).as(path).contains("place", "does not take a value of type object java.lang.String");
    }
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessVariables.MEETING_PROCESS)
        .count()).as("nothing started").isEqualTo(meetings);

    // the form's fields alone, as Tasklist sends them: the meeting starts
    String memo = "৫৬.০৪.৫৫৫." + System.nanoTime() % 100_000;
    HttpResponse<String> started = post("secretary", start + "/submit-form", "{\"variables\": {"
        + fields.replace("৫৬.০৪.৫৫৫.৬", memo) + "}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessVariables.MEETING_PROCESS)
        .count()).as("started").isEqualTo(meetings + 1);
  }

  /**
   * Attachments are the application's reminder letters: an office may not add one to its own task (megabytes per
   * request, unseen in Tasklist), nor delete one it was given.
   */
  @Test
  void rest_anOfficeNeitherAddsNorDeletesAttachments() {
    String own = reportTaskOf(KALIGANJ).getId();
    String boundary = "----followup" + System.nanoTime();
    String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\n"
        + "letter.html\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment-type\"\r\n\r\n"
        + "text/html\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"x.html\""
        + "\r\nContent-Type: text/html\r\n\r\n<p>তাগিদপত্র</p>\r\n--" + boundary + "--\r\n";
    HttpResponse<String> added = http.call("POST", REST + "/task/" + own + "/attachment/create", user("kaliganj"),
        PASSWORD, multipart, java.util.Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(403);
    assertThat(added.body()).contains("সংযুক্তি যোগ, বদল বা মোছা যায় না");
    assertThat(taskService.getTaskAttachments(own)).isEmpty();

    String letter = taskService.createAttachment("text/html", own, null, "letter.html", null,
        new java.io.ByteArrayInputStream("<p>তাগিদপত্র</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8))).getId();
    // Camunda's resource answers any refusal of the deletion with 404 "Deletion is not possible"
    assertThat(http.call("DELETE", REST + "/task/" + own + "/attachment/" + letter, user("kaliganj"), PASSWORD, null)
        .statusCode()).isIn(403, 404);
    assertThat(taskService.getTaskAttachments(own)).extracting(a -> a.getId()).containsExactly(letter);
  }

  /**
   * A task's comment or attachment named by its id is read by whoever reads the task — the decision's offices and the
   * committee, as the task's list of comments is — and not by an office outside the decision, which is told it is not
   * there. The application reads them as before.
   */
  @Test
  void rest_aCommentOrAttachmentById_isReadOnlyByTheTasksReaders() {
    String sadars = reportTaskOf(SADAR).getId();
    String request = taskService.getTaskComments(sadars).get(0).getId(); // the application's request to report
    String note = taskService.createAttachment("text/plain", sadars, null, "note.txt", null,
        new java.io.ByteArrayInputStream("কাগজের প্রতিবেদন".getBytes(java.nio.charset.StandardCharsets.UTF_8))).getId();
    officer("education", "ac-education"); // an office of another decision
    List<String> reads = List.of("/comment/" + request, "/attachment/" + note, "/attachment/" + note + "/data");

    for (String read : reads) {
      HttpResponse<String> outside = anyType("education", "/task/" + sadars + read);
      assertThat(outside.statusCode()).as(read + ": " + outside.body()).isEqualTo(404);
      assertThat(outside.body()).doesNotContain("তথ্য প্রদানের অনুরোধ", "কাগজের প্রতিবেদন");
      for (String reader : List.of("kaliganj", "secretary")) {
        assertThat(anyType(reader, "/task/" + sadars + read).statusCode()).as(reader + " " + read).isEqualTo(200);
      }
    }
    assertThat(get("education", "/task/" + sadars + "/comment").statusCode()).as("as the list").isEqualTo(404);
    assertThat(get("kaliganj", "/task/" + sadars + "/comment").body()).as("Tasklist's list").contains(request);
    assertThat(taskService.getTaskComment(sadars, request)).as("the application's read").isNotNull();
    assertThat(taskService.getTaskAttachment(sadars, note)).isNotNull();
  }

  /**
   * What is not there answers 404, never a 500 with the engine's English (and its stack trace in the log): a task
   * completed meanwhile, whose form and variables Tasklist still loads while it lists the task, a mistyped decision's
   * id, and the case (CMMN) endpoints, whose tables this application does not have (CMMN is off): each failed in the
   * database, logging the SQL, at any user's request.
   */
  @Test
  void rest_whatIsNotThere_isA404_neverA500() throws Exception {
    String own = reportTaskOf(KALIGANJ).getId();
    assertThat(post("kaliganj", "/task/" + own + "/complete", reportBody()).statusCode()).isEqualTo(204);
    for (String path : List.of("/variables", "/variables/updateSummary", "/variables/updateSummary/data",
        "/localVariables", "/localVariables/remarks", "/deployed-form", "/rendered-form")) {
      HttpResponse<String> gone = anyType("kaliganj", "/task/" + own + path);
      assertThat(gone.statusCode()).as(path + ": " + gone.body()).isEqualTo(404);
      assertThat(gone.body()).as(path).contains("কাজটি আর খোলা নেই", "no longer open");
    }
    TasklistSession tasklist = TasklistSession.login(port, user("kaliganj"), PASSWORD);
    HttpResponse<String> form = tasklist.get("/task/" + own + "/deployed-form");
    assertThat(form.statusCode()).as("Tasklist: " + form.body()).isEqualTo(404);
    assertThat(form.body()).contains("no longer open");

    for (String path : List.of("/process-instance/no-such-decision/variables",
        "/process-instance/no-such-decision/variables/deadline", "/execution/no-such-decision/localVariables",
        "/process-definition/no-such-decision/statistics")) {
      HttpResponse<String> missing = get("kaliganj", path);
      assertThat(missing.statusCode()).as(path + ": " + missing.body()).isEqualTo(404);
      assertThat(missing.body()).as(path).contains("নেই", "no-such-decision");
    }
    for (String path : List.of("/case-definition/x", "/case-instance/x/variables", "/history/case-instance/x",
        "/history/case-definition/x/statistics")) {
      HttpResponse<String> cases = get("kaliganj", path);
      assertThat(cases.statusCode()).as(path + ": " + cases.body()).isEqualTo(404);
      assertThat(cases.body()).as(path).contains("CMMN");
    }
    // a query finds none, as Camunda itself answers for case definitions (Cockpit asks for their count)
    for (String path : List.of("/case-definition?maxResults=1", "/case-execution?maxResults=1",
        "/history/case-activity-instance?maxResults=1")) {
      HttpResponse<String> none = get("kaliganj", path);
      assertThat(none.statusCode()).as(path + ": " + none.body()).isEqualTo(200);
      assertThat(none.body()).as(path).isEqualTo("[]");
    }
    for (String path : List.of("/case-definition/count?latestVersion=true", "/case-instance/count",
        "/history/case-instance/count")) {
      HttpResponse<String> none = get("kaliganj", path);
      assertThat(none.statusCode()).as(path + ": " + none.body()).isEqualTo(200);
      assertThat(none.body()).as(path).isEqualTo("{\"count\":0}");
    }
    HttpResponse<String> cases = tasklist.get("/case-instance/count");
    assertThat(cases.statusCode()).as("Tasklist's engine API: " + cases.body()).isEqualTo(200);
    assertThat(cases.body()).isEqualTo("{\"count\":0}");
    assertThat(tasklist.get("/case-instance/x").statusCode()).as("Tasklist's engine API, one case").isEqualTo(404);
  }

  /** A negative page is the client's mistake, named, not the database's error (a 500 with the SQL in the log). */
  @Test
  void rest_aNegativePage_isA400() throws Exception {
    for (String query : List.of("/task?maxResults=-5", "/task?firstResult=-1&maxResults=5",
        "/history/task?firstResult=-1&maxResults=5", "/process-instance?firstResult=0&maxResults=-1")) {
      HttpResponse<String> refused = get("kaliganj", query);
      assertThat(refused.statusCode()).as(query + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.body()).as(query).contains("takes 0 or more");
    }
    HttpResponse<String> posted = post("kaliganj", "/task?firstResult=-3&maxResults=5", "{}");
    assertThat(posted.statusCode()).as("a query's POST: " + posted.body()).isEqualTo(400);
    HttpResponse<String> tasklist = TasklistSession.login(port, user("kaliganj"), PASSWORD)
        .get("/task?firstResult=0&maxResults=-5");
    assertThat(tasklist.statusCode()).as("Tasklist's engine API: " + tasklist.body()).isEqualTo(400);
    assertThat(get("kaliganj", "/task?firstResult=0&maxResults=5").statusCode()).as("a page").isEqualTo(200);
  }

  /** A GET that takes what the resource gives: an attachment's data is no JSON. */
  HttpResponse<String> anyType(String name, String path) {
    return http.call("GET", REST + path, user(name), PASSWORD, null, java.util.Map.of("Accept", "*/*"));
  }

  /**
   * An official changes its own password and profile, but never deletes its account (Camunda grants a new user ALL
   * on itself); accounts from before lose DELETE at start, and the administrator still manages every user.
   */
  @Test
  void rest_anOfficialKeepsItsAccount_andChangesOnlyItsPasswordAndProfile() {
    String me = user("kaliganj");
    HttpResponse<String> deleted = http.call("DELETE", REST + "/user/" + me, me, PASSWORD, null);
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId(me).count()).isEqualTo(1);
    assertThat(http.call("DELETE", REST + "/user/" + user("sadar"), me, PASSWORD, null).statusCode())
        .as("another's account").isEqualTo(403);
    HttpResponse<String> profile = http.call("PUT", REST + "/user/" + me + "/profile", me, PASSWORD,
        "{\"id\": \"" + me + "\", \"firstName\": \"ইউএনও\", \"lastName\": \"কালীগঞ্জ\"}");
    assertThat(profile.statusCode()).as(profile.body()).isEqualTo(204);
    String newPassword = "Office-Passw0rd!2026";
    HttpResponse<String> credentials = http.call("PUT", REST + "/user/" + me + "/credentials", me, PASSWORD,
        "{\"password\": \"" + newPassword + "\", \"authenticatedUserPassword\": \"" + PASSWORD + "\"}");
    assertThat(credentials.statusCode()).as(credentials.body()).isEqualTo(204);
    assertThat(http.get(REST + "/user/" + me + "/profile", me, newPassword).body()).contains("ইউএনও");

    // an account created before this version holds ALL on itself until the next start
    String legacy = officer("legacy", KALIGANJ);
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization own = authorizations.createAuthorizationQuery()
        .userIdIn(legacy).resourceType(Resources.USER).resourceId(legacy).singleResult();
    own.setPermissions(new Permission[] {Permissions.ALL});
    authorizations.saveAuthorization(own);
    assertThat(OwnUserGrants.narrow(authorizations)).isEqualTo(1);
    assertThat(OwnUserGrants.narrow(authorizations)).as("once").isZero();
    assertThat(http.call("DELETE", REST + "/user/" + legacy, legacy, PASSWORD, null).statusCode()).isEqualTo(403);

    String admin = "admin-" + run;
    User adminUser = identityService.newUser(admin);
    adminUser.setPassword(PASSWORD);
    identityService.saveUser(adminUser);
    if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN)
        .count() == 0) {
      identityService.saveGroup(identityService.newGroup(Groups.CAMUNDA_ADMIN));
    }
    identityService.createMembership(admin, Groups.CAMUNDA_ADMIN);
    if (authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN)
        .resourceType(Resources.USER).resourceId("*").count() == 0) { // as production grants it (ProductionAdminUser)
      Authorization all = authorizations.createNewAuthorization(
          Authorization.AUTH_TYPE_GRANT);
      all.setGroupId(Groups.CAMUNDA_ADMIN);
      all.setResource(Resources.USER);
      all.setResourceId("*");
      all.addPermission(Permissions.ALL);
      authorizations.saveAuthorization(all);
    }
    HttpResponse<String> byAdmin = http.call("DELETE", REST + "/user/" + legacy, admin, PASSWORD, null);
    assertThat(byAdmin.statusCode()).as("the administrator: " + byAdmin.body()).isEqualTo(204);
    assertThat(identityService.createUserQuery().userId(legacy).count()).isZero();
  }

  /** An office may not register a meeting, and learns nothing more from a broken body than from a good one. */
  @Test
  void rest_anOfficesRegistration_isRefusedBeforeItsBodyIsRead() {
    for (String body : List.of("{\"memoNumber\": ", "{}")) {
      HttpResponse<String> refused = http.post("/api/meetings", user("kaliganj"), PASSWORD, body);
      assertThat(refused.statusCode()).as(body + ": " + refused.body()).isEqualTo(403);
      assertThat(refused.body()).doesNotContain("memoNumber", "line", "column");
    }
  }


  /**
   * A message or signal of an office's own moves no decision, and says nothing of whether the business key exists:
   * Camunda answered a found decision with 403 naming its id, an unknown key with 400.
   */
  @Test
  void rest_anOfficesMessageOrSignal_isRefused_alikeForAKnownAndAnUnknownDecision() {
    String known = "{\"messageName\": \"CloseDecision\", \"businessKey\": \"" + decision.getBusinessKey()
        + "\", \"processVariables\": {\"closeReason\": {\"value\": \"x\"}}}";
    String unknown = "{\"messageName\": \"CloseDecision\", \"businessKey\": \"no.such.memo/01\"}";
    HttpResponse<String> toKnown = post("kaliganj", "/message", known);
    HttpResponse<String> toUnknown = post("kaliganj", "/message", unknown);
    assertThat(toKnown.statusCode()).as(toKnown.body()).isEqualTo(403);
    assertThat(toKnown.body()).as("the same answer").isEqualTo(toUnknown.body())
        .startsWith("{\"type\":\"AuthorizationException\"").contains("বার্তা (message) বা সংকেত (signal) পাঠিয়ে সিদ্ধান্তের কার্যপ্রবাহ এগোনো বা বন্ধ করা যায় না")
        .doesNotContain(decision.getId());
    assertThat(toUnknown.statusCode()).isEqualTo(403);
    assertThat(post("kaliganj", "/signal", "{\"name\": \"anything\"}").statusCode()).isEqualTo(403);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(decision.getId()).count())
        .as("still open").isEqualTo(1);
  }

  /** JSON nested too deep for the reader is the client's mistake, not the server's. */
  @Test
  void rest_jsonNestedTooDeep_isA400() {
    // in a property Jackson skips, the depth limit escaped Camunda's JSON mappers as a 500
    String deep = "{\"unknown\": " + "[".repeat(1001) + "]".repeat(1001) + "}";
    HttpResponse<String> nested = post("kaliganj", "/task/count", deep);
    assertThat(nested.statusCode()).as(nested.body()).isEqualTo(400);
    assertThat(nested.body()).contains("JSON-এর গঠন সীমার বাইরে", "nesting depth (1001)");
  }

  /**
   * An id list past the database's parameter limit failed in the database, and the engine logged the whole statement
   * several times (some 50 MB for 300,000 ids): refused as it is read, while a long list of the webapps' kind works.
   */
  @Test
  void rest_aQueryWithTooManyValues_isRefusedBeforeTheDatabase() {
    String tooMany = "{\"processInstanceIdIn\": [" + String.join(",", java.util.Collections.nCopies(300_000, "\"a\""))
        + "]}";
    HttpResponse<String> refused = post("kaliganj", "/history/variable-instance?maxResults=5", tooMany);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("JSON-এর গঠন সীমার বাইরে", "Token count (10001) exceeds the maximum allowed");
    String many = "{\"processInstanceIdIn\": [" + String.join(",", java.util.Collections.nCopies(5_000, "\"a\"")) + "]}";
    HttpResponse<String> answered = post("kaliganj", "/history/variable-instance?maxResults=5", many);
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(answered.body()).isEqualTo("[]");
  }

  /**
   * The committee watches every decision (Cockpit, REST) but changes one only through its forms and the
   * application's close: no variable written around a form's checks, no deletion, no history removed, no decision
   * started outside a meeting.
   */
  @Test
  void rest_theCommitteeReadsEveryDecision_butNeverRewritesOrDeletesIt() {
    String id = decision.getId();
    for (String role : List.of("secretary", "chair")) {
      assertThat(get(role, "/process-instance/" + id + "/variables").statusCode()).as(role).isEqualTo(200);
      assertThat(get(role, "/history/process-instance/" + id).statusCode()).as(role).isEqualTo(200);
      assertThat(http.call("PUT", REST + "/process-instance/" + id + "/variables/deadline", user(role), PASSWORD,
          "{\"value\": \"soon\", \"type\": \"String\"}").statusCode()).as(role + " sets a variable").isEqualTo(403);
      assertThat(post(role, "/process-instance/" + id + "/variables",
          "{\"modifications\": {\"outcome\": {\"value\": \"implemented\"}}}").statusCode())
          .as(role + " changes variables").isEqualTo(403);
      HttpResponse<String> deletion = http.call("DELETE", REST + "/process-instance/" + id, user(role), PASSWORD, null);
      assertThat(deletion.statusCode()).as(role + " deletes a decision").isEqualTo(403);
      assertThat(deletion.body()).as("not about a task").contains("এটি করার অনুমতি আপনার নেই")
          .doesNotContain("আপনার দপ্তরের নয়");
      assertThat(post(role, "/process-definition/key/" + ProcessVariables.DECISION_PROCESS + "/start", "{}")
          .statusCode()).as(role + " starts a decision outside a meeting").isEqualTo(403);
      List<String> groups = identityService.createGroupQuery().groupMember(user(role)).list().stream()
          .map(g -> g.getId()).toList();
      for (Permission permission : List.of(ProcessDefinitionPermissions.DELETE_HISTORY,
          ProcessDefinitionPermissions.DELETE_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE,
          ProcessDefinitionPermissions.MIGRATE_INSTANCE, ProcessDefinitionPermissions.SUSPEND,
          ProcessDefinitionPermissions.DELETE)) {
        assertThat(engine.getAuthorizationService().isUserAuthorized(user(role), groups, permission,
            Resources.PROCESS_DEFINITION, ProcessVariables.DECISION_PROCESS)).as(role + " " + permission.getName())
            .isFalse();
      }
    }
    assertThat(runtimeService.getVariable(id, ProcessVariables.DEADLINE)).isEqualTo(deadline());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).isEqualTo(1);
  }

  /** The committee reads the offices by name (Cockpit's human tasks); an office reads its own groups only. */
  @Test
  void rest_theCommitteeReadsEveryOfficesName_anOfficeItsOwn() {
    for (String role : List.of("secretary", "chair")) {
      HttpResponse<String> groups = get(role, "/group?id=uno-sadar&maxResults=10");
      assertThat(groups.statusCode()).isEqualTo(200);
      assertThat(groups.body()).as(role).contains("\"id\":\"uno-sadar\"", "উপজেলা নির্বাহী অফিসার");
    }
    assertThat(get("kaliganj", "/group?id=uno-sadar&maxResults=10").body()).isEqualTo("[]");
  }

  /**
   * The committee fills in an office's form if need be, but never renames the office's task, moves its due date away
   * from the decision's deadline, or hands it to another office's user, who would then report in its name.
   */
  @Test
  void rest_theCommitteeNeverRenamesRedatesOrHandsOnAnOfficesTask() {
    org.camunda.bpm.engine.task.Task report = reportTaskOf(KALIGANJ);
    String task = report.getId();
    for (String role : List.of("secretary", "chair")) {
      HttpResponse<String> rename = http.call("PUT", REST + "/task/" + task, user(role), PASSWORD,
          "{\"name\": \"changed\", \"due\": \"2035-01-01T00:00:00.000+0600\"}");
      assertThat(rename.statusCode()).as(role + " renames and re-dates: " + rename.body()).isEqualTo(403);
      for (String handOver : List.of("/assignee", "/claim", "/delegate")) {
        HttpResponse<String> refused = post(role, "/task/" + task + handOver, "{\"userId\": \"" + user("sadar") + "\"}");
        assertThat(refused.statusCode()).as(role + " hands it to another office: " + handOver).isEqualTo(403);
      }
      assertThat(post(role, "/task/" + task + "/identity-links", "{\"groupId\": \"uno-shailkupa\", \"type\": "
          + "\"candidate\"}").statusCode()).as(role + " adds another office").isEqualTo(403);
    }
    org.camunda.bpm.engine.task.Task after = taskService.createTaskQuery().taskId(task).singleResult();
    assertThat(after.getName()).isEqualTo(report.getName());
    assertThat(after.getDueDate()).isEqualTo(report.getDueDate());
    assertThat(after.getAssignee()).isNull();
  }

  /**
   * An official transferred to another office, or whose account is deleted, keeps nothing of the old office's work:
   * not the claim, not Camunda's grants to the claimant (a report filed in the old office's name, the decision's
   * history), not for a new account under the same id. (Sadar takes part in this decision too: the transferred
   * official reads it as Sadar's.)
   */
  @Test
  void rest_aTransferredOrDeletedOfficial_keepsNothingOfTheOldOfficesTasks() {
    String task = reportTaskOf(KALIGANJ).getId();
    String transferred = officer("transferred", KALIGANJ);
    assertThat(post("transferred", "/task/" + task + "/claim", "{\"userId\": \"" + transferred + "\"}").statusCode())
        .isEqualTo(204);
    identityService.clearAuthentication();
    for (org.camunda.bpm.engine.identity.Group group : identityService.createGroupQuery().groupMember(transferred).list()) {
      identityService.deleteMembership(transferred, group.getId()); // the administrator moves the official to Sadar
    }
    for (String group : sync.groupsOf(directory.office(SADAR).orElseThrow())) {
      identityService.createMembership(transferred, group);
    }
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).as("released").isNull();
    assertThat(post("transferred", "/task/" + task + "/submit-form", reportBody()).statusCode())
        .as("no report in the old office's name").isEqualTo(403);
    assertThat(post("transferred", "/task/" + task + "/claim", "{\"userId\": \"" + transferred + "\"}").statusCode())
        .as("nor claiming it again").isEqualTo(403);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().userIdIn(transferred)
        .resourceType(org.camunda.bpm.engine.authorization.Resources.TASK).count()).isZero();

    String leaving = officer("leaving", KALIGANJ);
    assertThat(post("leaving", "/task/" + task + "/claim", "{\"userId\": \"" + leaving + "\"}").statusCode())
        .isEqualTo(204);
    identityService.clearAuthentication();
    identityService.deleteUser(leaving);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).as("released").isNull();
    User again = identityService.newUser(leaving); // a new account under the old id, in no office
    again.setPassword(PASSWORD);
    identityService.saveUser(again);
    assertThat(post("leaving", "/task/" + task + "/submit-form", reportBody()).statusCode()).isEqualTo(403);
    assertThat(get("leaving", "/task/" + task).statusCode()).isIn(403, 404);
    assertThat(get("leaving", "/history/variable-instance?processInstanceId=" + decision.getId() + "&maxResults=5")
        .body()).as("nor the decision's history").isEqualTo("[]");
  }

  /**
   * An office removed in Admin (its group deleted) leaves its officials nothing: not a claim on its report, not the
   * claimant's grants, and a group created again under its id (the directory sync at the next start) inherits none of
   * the old group's grants. (Maheshpur: no other test of this class uses it.)
   */
  @Test
  void rest_deletingAnOfficesGroup_leavesItsFormerOfficialsNothing() {
    String office = "uno-maheshpur";
    String task = reportTaskOf(office).getId();
    String official = officer("maheshpur", office);
    assertThat(post("maheshpur", "/task/" + task + "/claim", "{\"userId\": \"" + official + "\"}").statusCode())
        .isEqualTo(204);
    identityService.clearAuthentication();
    String admin = administrator();
    try {
      HttpResponse<String> deleted = http.call("DELETE", REST + "/group/" + office, admin, PASSWORD, null);
      assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);

      assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).as("released").isNull();
      for (Resources resource : List.of(Resources.TASK, Resources.HISTORIC_TASK)) {
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().userIdIn(official)
            .resourceType(resource).resourceId(task).count()).as("the claimant's grant on the " + resource).isZero();
      }
      assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(office).count())
          .as("the grants to the group").isZero();
      assertThat(post("maheshpur", "/task/" + task + "/submit-form", reportBody()).statusCode())
          .as("no report in the removed office's name").isIn(403, 404);

      identityService.saveGroup(identityService.newGroup(office)); // created again under the same id
      identityService.createMembership(official, office);
      assertThat(get("maheshpur", "/task/" + task).statusCode()).as("the new group inherits nothing").isEqualTo(404);
      assertThat(post("maheshpur", "/task/" + task + "/claim", "{\"userId\": \"" + official + "\"}").statusCode())
          .isIn(403, 404);
    } finally {
      identityService.deleteGroup(office);
      sync.sync(); // the directory's group and grants back, for the tests after this one
    }
  }

  /** A user of {@code camunda-admin}, which may manage groups as production grants it (ProductionAdminUser). */
  String administrator() {
    String admin = officer("group-admin", SADAR);
    if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      identityService.saveGroup(identityService.newGroup(Groups.CAMUNDA_ADMIN));
    }
    identityService.createMembership(admin, Groups.CAMUNDA_ADMIN);
    AuthorizationService authorizations = engine.getAuthorizationService();
    if (authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN).resourceType(Resources.GROUP)
        .resourceId(Authorization.ANY).count() == 0) {
      Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      all.setGroupId(Groups.CAMUNDA_ADMIN);
      all.setResource(Resources.GROUP);
      all.setResourceId(Authorization.ANY);
      all.addPermission(Permissions.ALL);
      authorizations.saveAuthorization(all);
    }
    return admin;
  }

  /**
   * An official transferred while Tasklist is open keeps the old office in the session only as long as the webapps
   * cache its groups: seconds (application.yaml), not Camunda's five minutes, after which the session claims none of
   * the old office's tasks and works on the new office's. The engine's clock moves instead of the test waiting: the
   * webapps' cache reads it.
   */
  @Test
  void webapp_aTransferredOfficialsOpenTasklist_losesTheOldOfficeWithinSeconds() throws Exception {
    String old = reportTaskOf(KALIGANJ).getId();
    String official = officer("session", KALIGANJ);
    TasklistSession tasklist = TasklistSession.login(port, official, PASSWORD);
    assertThat(tasklist.get("/task/" + old).statusCode()).as("the session reads its office's task").isEqualTo(200);
    for (var group : identityService.createGroupQuery().groupMember(official).list()) {
      identityService.deleteMembership(official, group.getId()); // the administrator moves the official to Sadar
    }
    for (String group : sync.groupsOf(directory.office(SADAR).orElseThrow())) {
      identityService.createMembership(official, group);
    }
    try {
      ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 11_000));
      HttpResponse<String> claim = tasklist.post("/task/" + old + "/claim", "{\"userId\": \"" + official + "\"}");
      assertThat(claim.statusCode()).as("11 s later: " + claim.body()).isIn(403, 404);
      assertThat(taskService.createTaskQuery().taskId(old).singleResult().getAssignee()).isNull();
      String sadars = reportTaskOf(SADAR).getId();
      assertThat(tasklist.post("/task/" + sadars + "/claim", "{\"userId\": \"" + official + "\"}").statusCode())
          .as("the new office's task").isEqualTo(204);
    } finally {
      ClockUtil.reset();
    }
  }

  /** Leaving one of two offices takes nothing of the other: the claim on its task stays, and so does the report. */
  @Test
  void rest_anOfficialLeavingOneOfTwoOffices_keepsTheOtherOfficesClaim() {
    String task = reportTaskOf(KALIGANJ).getId();
    String both = officer("both", KALIGANJ);
    java.util.Set<String> held = new java.util.HashSet<>(sync.groupsOf(directory.office(KALIGANJ).orElseThrow()));
    for (String group : sync.groupsOf(directory.office(SADAR).orElseThrow())) {
      if (!held.contains(group)) {
        identityService.createMembership(both, group); // also in charge of Sadar
      }
    }
    assertThat(post("both", "/task/" + task + "/claim", "{\"userId\": \"" + both + "\"}").statusCode()).isEqualTo(204);
    identityService.clearAuthentication();

    identityService.deleteMembership(both, SADAR); // Sadar gets its own officer

    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).as("kept").isEqualTo(both);
    assertThat(post("both", "/task/" + task + "/submit-form", reportBody()).statusCode()).isEqualTo(204);
  }

  /**
   * A claim can be given back: by whoever holds the task, and by the committee (a secretary who claimed an office's
   * report to look at it, or a user who left the office) — never by another office's user.
   */
  @Test
  void rest_aClaimedTaskIsGivenBack_byItsHolderOrTheCommittee() {
    String task = reportTaskOf(KALIGANJ).getId();
    for (String role : List.of("secretary", "chair")) {
      assertThat(post(role, "/task/" + task + "/claim", "{\"userId\": \"" + user(role) + "\"}").statusCode())
          .as(role + " claims").isEqualTo(204);
      assertThat(post(role, "/task/" + task + "/unclaim", "").statusCode()).as(role + " gives it back").isEqualTo(204);
      assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    }
    assertThat(post("kaliganj", "/task/" + task + "/claim", "{\"userId\": \"" + user("kaliganj") + "\"}")
        .statusCode()).as("the office claims its own").isEqualTo(204);
    HttpResponse<String> refused = post("sadar", "/task/" + task + "/unclaim", "");
    assertThat(refused.statusCode()).as("another office").isEqualTo(403);
    assertThat(refused.body()).as("says who may").contains("সদস্য-সচিব বা সভাপতি, কেবল এটি ছেড়ে দিতে পারেন");
    HttpResponse<String> taken = post("secretary", "/task/" + task + "/claim", "{\"userId\": \"" + user("secretary")
        + "\"}");
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(taken.body()).as("and who can release it").contains("সদস্য-সচিব বা সভাপতি, কাজটি ছেড়ে দিতে পারেন");
    assertThat(post("kaliganj", "/task/" + task + "/unclaim", "").statusCode()).as("its holder").isEqualTo(204);
    assertThat(post("kaliganj", "/task/" + task + "/claim", "{\"userId\": \"" + user("kaliganj") + "\"}")
        .statusCode()).isEqualTo(204);
    assertThat(post("secretary", "/task/" + task + "/unclaim", "").statusCode()).as("the committee frees it")
        .isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
  }

  /**
   * A comment once written stays as written: the application's notices and the verifiers' reasons are the record,
   * and Camunda would let whoever may update a task rewrite or delete them. Nor may anyone but the administrator
   * touch a job of no process (the nightly history cleanup), which Camunda does not check at all.
   */
  @Test
  void rest_commentsAreNeverRewrittenOrDeleted_andEngineJobsAreTheAdministrators() {
    String own = reportTaskOf(KALIGANJ).getId();
    List<String> record = taskService.getTaskComments(own).stream().map(c -> c.getFullMessage()).toList();
    assertThat(record).as("the request to report, on the task").isNotEmpty();
    String notice = taskService.getTaskComments(own).get(0).getId();
    for (String name : List.of("kaliganj", "secretary", "chair")) {
      HttpResponse<String> rewrite = http.call("PUT", REST + "/task/" + own + "/comment", user(name), PASSWORD,
          "{\"id\": \"" + notice + "\", \"message\": \"যাচাই সম্পন্ন: গৃহীত\"}");
      assertThat(rewrite.statusCode()).as(name + " rewrites: " + rewrite.body()).isEqualTo(403);
      assertThat(rewrite.body()).contains("মন্তব্য বদলানো বা মোছা যায় না");
      assertThat(http.call("DELETE", REST + "/task/" + own + "/comment/" + notice, user(name), PASSWORD, null)
          .statusCode()).as(name + " deletes one").isEqualTo(403);
      assertThat(http.call("DELETE", REST + "/task/" + own + "/comment", user(name), PASSWORD, null)
          .statusCode()).as(name + " deletes all").isEqualTo(403);
      assertThat(http.call("DELETE", REST + "/process-instance/" + decision.getId() + "/comment/" + notice,
          user(name), PASSWORD, null).statusCode()).as(name + " deletes the decision's").isIn(403, 404);
    }
    assertThat(taskService.getTaskComments(own)).extracting(c -> c.getFullMessage())
        .containsExactlyElementsOf(record);

    engine.getHistoryService().cleanUpHistoryAsync(true);
    org.camunda.bpm.engine.runtime.Job cleanup = engine.getHistoryService().findHistoryCleanupJobs().get(0);
    java.util.Date due = cleanup.getDuedate();
    for (String name : List.of("kaliganj", "secretary")) {
      String job = REST + "/job/" + cleanup.getId();
      assertThat(http.call("PUT", job + "/suspended", user(name), PASSWORD, "{\"suspended\": true}").statusCode())
          .as(name + " suspends the cleanup").isEqualTo(403);
      assertThat(http.call("PUT", job + "/retries", user(name), PASSWORD, "{\"retries\": 0}").statusCode())
          .as(name + " sets its retries").isEqualTo(403);
      assertThat(http.call("PUT", job + "/duedate", user(name), PASSWORD,
          "{\"duedate\": \"2099-01-01T00:00:00.000+0000\"}").statusCode()).as(name + " delays it").isEqualTo(403);
      assertThat(http.call("DELETE", job, user(name), PASSWORD, null).statusCode()).as(name + " deletes it")
          .isEqualTo(403);
      assertThat(post(name, "/job/" + cleanup.getId() + "/execute", "{}").statusCode()).as(name + " runs it")
          .isEqualTo(403);
    }
    org.camunda.bpm.engine.runtime.Job after = engine.getManagementService().createJobQuery().jobId(cleanup.getId())
        .singleResult();
    assertThat(after).isNotNull();
    assertThat(after.isSuspended()).isFalse();
    assertThat(after.getRetries()).isGreaterThan(0);
    assertThat(after.getDuedate()).isEqualTo(due);
  }

  /**
   * A run of a job that Camunda refuses leaves the job as it was: the engine would otherwise count the refusal as
   * the job's failure, move the job to now (the decision's checkpoint firing weeks early, with notices to every
   * office) and, asked a few times, stop it with an incident (no reminders, no escalation, no history cleanup).
   */
  @Test
  void rest_aRefusedRunOfAJob_leavesItAsItWas() {
    engine.getHistoryService().cleanUpHistoryAsync(true);
    org.camunda.bpm.engine.runtime.Job cleanup = engine.getHistoryService().findHistoryCleanupJobs().get(0);
    org.camunda.bpm.engine.runtime.Job checkpoint = engine.getManagementService().createJobQuery()
        .processInstanceId(decision.getId()).timers().singleResult();
    assertThat(checkpoint).as("the decision's deadline watch waits on its timer").isNotNull();
    for (org.camunda.bpm.engine.runtime.Job job : List.of(cleanup, checkpoint)) {
      for (String name : List.of("kaliganj", "sadar", "secretary")) {
        for (int attempt = 1; attempt <= 4; attempt++) {
          HttpResponse<String> run = post(name, "/job/" + job.getId() + "/execute", "{}");
          assertThat(run.statusCode()).as(name + " runs " + job.getId() + ": " + run.body()).isEqualTo(403);
        }
      }
      org.camunda.bpm.engine.runtime.Job after = engine.getManagementService().createJobQuery().jobId(job.getId())
          .singleResult();
      assertThat(after).as("still there").isNotNull();
      assertThat(after.getRetries()).as("retries").isEqualTo(job.getRetries());
      assertThat(after.getDuedate()).as("due").isEqualTo(job.getDuedate());
      assertThat(after.getExceptionMessage()).as("no failure recorded").isNull();
      assertThat(engine.getHistoryService().createHistoricJobLogQuery().jobId(job.getId()).failureLog().count())
          .as("no failure in the job log").isZero();
      assertThat(engine.getRuntimeService().createIncidentQuery().configuration(after.getId())
          .count()).as("no incident").isZero();
    }
  }

  @Test
  void rest_secretaryAndChairSeeEveryOffice() {
    for (String role : List.of("secretary", "chair")) {
      HttpResponse<String> list = get(role, "/task?processInstanceId=" + decision.getId()
          + "&taskDefinitionKey=" + ProcessVariables.TASK_REPORT_UPDATE + "&maxResults=100");
      assertThat(list.statusCode()).as(role).isEqualTo(200);
      for (Task task : reportTasks()) {
        assertThat(list.body()).as(role).contains(task.getId());
      }
      assertThat(get(role, "/task/" + reportTaskOf(SADAR).getId() + "/variables").statusCode()).as(role)
          .isEqualTo(200);
      assertThat(get(role, "/process-instance/count?processInstanceIds=" + decision.getId()).body()).as(role)
          .isEqualTo("{\"count\":1}");
      assertThat(get(role, "/history/task/count?processInstanceId=" + decision.getId()).body()).as(role)
          .doesNotContain("\"count\":0");
    }
  }

  @Test
  void javaApi_anOfficeWorksOnItsOwnTaskOnly() {
    String own = reportTaskOf(KALIGANJ).getId();
    String foreign = reportTaskOf(SADAR).getId();
    String kaliganj = user("kaliganj");
    identityService.setAuthentication(kaliganj, sync.groupsOf(directory.office(KALIGANJ).orElseThrow()));

    assertThat(taskService.createTaskQuery().processInstanceId(decision.getId()).listPage(0, 100))
        .extracting(Task::getId).containsExactly(own);
    assertThat(taskService.createTaskQuery().taskId(foreign).singleResult()).isNull();
    assertThatThrownBy(() -> taskService.getVariables(foreign)).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.claim(foreign, kaliganj)).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.complete(foreign, Map.of())).isInstanceOf(AuthorizationException.class);

    assertThat(taskService.getVariables(own)).containsKey(ProcessVariables.DECISION_TITLE);
    taskService.claim(own, kaliganj);
    taskService.complete(own, Map.of(ProcessVariables.UPDATE_SUMMARY, "হালনাগাদ করা হয়েছে",
        ProcessVariables.EVIDENCE_LINK, "https://kaliganj.jhenaidah.gov.bd/", ProcessVariables.REMARKS, ""));
    identityService.clearAuthentication();
    assertThat(taskService.createTaskQuery().taskId(own).singleResult()).isNull();
    assertThat(taskService.createTaskQuery().taskId(foreign).singleResult().getAssignee()).isNull();
  }

  @Test
  void javaApi_secretaryAndChairSeeEveryOffice() {
    for (String role : List.of(directory.secretary().id(), directory.chair().id())) {
      String userId = role.equals(directory.secretary().id()) ? user("secretary") : user("chair");
      identityService.setAuthentication(userId, sync.groupsOf(directory.office(role).orElseThrow()));
      try {
        assertThat(taskService.createTaskQuery().processInstanceId(decision.getId())
            .taskDefinitionKey(ProcessVariables.TASK_REPORT_UPDATE).listPage(0, 100)).as(role).hasSize(6);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(decision.getId())
            .count()).as(role).isEqualTo(1);
        assertThat(taskService.getVariables(reportTaskOf(SADAR).getId())).as(role)
            .containsKey(ProcessVariables.DECISION_TITLE);
      } finally {
        identityService.clearAuthentication();
      }
    }
  }
}
