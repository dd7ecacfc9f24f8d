package bd.gov.followup.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A follow-up date is the clerk's own "remind me on": an office user who may work on the task sets and clears it,
 * in Tasklist («ফলো-আপ তারিখ নির্ধারণ করুন») and over REST; every other change to the task (its due date, name,
 * assignee) stays refused, with a sentence saying what.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.generate-unique-process-engine-name=false", "camunda.bpm.process-engine-name=default"})
@DirtiesContext
@ActiveProfiles("processtest")
class TaskFollowUpDateTest extends OfficeTaskFixture {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FOLLOW_UP = LocalDate.now().plusDays(7) + "T00:00:00.000+0600";

  /** The task as GET returns it, as Tasklist sends it back: without its links, with its form reference. */
  ObjectNode asTasklistSendsIt(String body) throws Exception {
    ObjectNode task = (ObjectNode) JSON.readTree(body);
    task.remove("_links");
    task.remove("_embedded");
    assertThat(task.path("camundaFormRef").isObject()).as("the report's form is a Camunda Form").isTrue();
    return task;
  }

  @Test
  void webapp_anOfficeSetsAndClearsTheFollowUpDate_butNotTheDueDate() throws Exception {
    Task report = reportTaskOf(KALIGANJ);
    TasklistSession tasklist = TasklistSession.login(port, user("clerk"), PASSWORD);

    ObjectNode task = asTasklistSendsIt(tasklist.get("/task/" + report.getId()).body());
    task.put("followUp", FOLLOW_UP);
    HttpResponse<String> set = tasklist.put("/task/" + report.getId(), task.toString());
    assertThat(set.statusCode()).as("set: " + set.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(report.getId()).singleResult().getFollowUpDate()).isNotNull();

    task.putNull("followUp");
    assertThat(tasklist.put("/task/" + report.getId(), task.toString()).statusCode()).as("cleared").isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(report.getId()).singleResult().getFollowUpDate()).isNull();

    task.putNull("due"); // the «×» on the due date
    HttpResponse<String> due = tasklist.put("/task/" + report.getId(), task.toString());
    assertThat(due.statusCode()).as(due.body()).isEqualTo(403);
    assertThat(due.body()).contains("সময়সীমা", "due date", "follow-up").doesNotContain("\"message\":\"\"")
        .doesNotContain("আপনার দপ্তরের নয়");
    Task after = taskService.createTaskQuery().taskId(report.getId()).singleResult();
    assertThat(after.getDueDate()).isEqualTo(report.getDueDate());
  }

  @Test
  void rest_anOfficeChangesTheFollowUpDateOnly_andIsToldWhatElseIsRefused() throws Exception {
    Task report = reportTaskOf(KALIGANJ);
    String path = "/task/" + report.getId();
    ObjectNode task = (ObjectNode) JSON.readTree(call("GET", "clerk", path, null).body());
    task.put("followUp", FOLLOW_UP);
    HttpResponse<String> set = call("PUT", "clerk", path, task.toString());
    assertThat(set.statusCode()).as(set.body()).isEqualTo(204);

    task.put("name", "changed");
    HttpResponse<String> renamed = call("PUT", "clerk", path, task.toString());
    assertThat(renamed.statusCode()).isEqualTo(403);
    assertThat(renamed.body()).contains("নাম", "name", "follow-up").doesNotContain("আপনার দপ্তরের নয়");

    HttpResponse<String> partial = call("PUT", "clerk", path, "{\"followUp\": \"" + FOLLOW_UP + "\"}");
    assertThat(partial.statusCode()).as("a PUT replaces the whole task: it would clear its name and due date")
        .isEqualTo(403);
    assertThat(partial.body()).contains("due date");
    Task after = taskService.createTaskQuery().taskId(report.getId()).singleResult();
    assertThat(after.getName()).isEqualTo(report.getName());
    assertThat(after.getDueDate()).isEqualTo(report.getDueDate());
  }

  @Test
  void rest_aColleaguesClaimedTask_keepsItsHoldersFollowUpDate() throws Exception {
    Task report = reportTaskOf(KALIGANJ);
    claim("clerk", report.getId());
    String path = "/task/" + report.getId();
    ObjectNode task = (ObjectNode) JSON.readTree(call("GET", "head", path, null).body());
    task.put("followUp", FOLLOW_UP);
    HttpResponse<String> refused = call("PUT", "head", path, task.toString());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains(user("clerk"), "(unclaim)");
    assertThat(call("PUT", "clerk", path, task.toString()).statusCode()).as("its holder").isEqualTo(204);
  }
}
