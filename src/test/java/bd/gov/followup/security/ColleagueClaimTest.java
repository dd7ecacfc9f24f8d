package bd.gov.followup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A claim says who of the office works on the task: a colleague of the same office may release it (the clerk is on
 * leave, the head of office takes over) but not complete it in the holder's place; the committee keeps both.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.generate-unique-process-engine-name=false", "camunda.bpm.process-engine-name=default"})
@DirtiesContext
@ActiveProfiles("processtest")
class ColleagueClaimTest extends OfficeTaskFixture {

  @Test
  void rest_aColleagueReleasesTheClaim_butDoesNotCompleteTheHoldersTask() {
    String task = reportTaskOf(KALIGANJ).getId();
    claim("clerk", task);

    HttpResponse<String> filed = post("head", "/task/" + task + "/submit-form", reportBody());
    assertThat(filed.statusCode()).as("a colleague files into the clerk's claimed task: " + filed.body())
        .isEqualTo(403);
    assertThat(filed.body()).as("says who holds it and how to take it over")
        .contains("কাজটি " + user("clerk") + " নিজের করে নিয়েছেন", "release it (unclaim), then claim it yourself")
        .doesNotContain("আপনার দপ্তরের নয়");
    assertThat(post("head", "/task/" + task + "/complete", "{}").statusCode()).as("complete alike").isEqualTo(403);
    assertThat(assigneeOf(task)).as("still open, still the clerk's").isEqualTo(user("clerk"));

    HttpResponse<String> foreign = post("sadar", "/task/" + task + "/unclaim", "");
    assertThat(foreign.statusCode()).as("another office does not release it").isEqualTo(403);
    assertThat(foreign.body()).contains("a colleague of the office it is for");

    HttpResponse<String> released = post("head", "/task/" + task + "/unclaim", "");
    assertThat(released.statusCode()).as("the head of office releases it: " + released.body()).isEqualTo(204);
    assertThat(assigneeOf(task)).isNull();
    claim("head", task);
    assertThat(post("head", "/task/" + task + "/submit-form", reportBody()).statusCode()).isEqualTo(204);
    assertThat(assigneeOf(task)).as("filed").isNull();
  }

  /** Tasklist's «×» next to a colleague's name resets the assignee through the webapps' engine API. */
  @Test
  void webapp_aColleagueResetsTheAssignee_butCannotSubmitTheHoldersTask() throws Exception {
    String task = reportTaskOf(KALIGANJ).getId();
    claim("clerk", task);
    TasklistSession head = TasklistSession.login(port, user("head"), PASSWORD);

    HttpResponse<String> filed = head.post("/task/" + task + "/submit-form", reportBody());
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(403);
    assertThat(filed.body()).contains(user("clerk"), "(unclaim)");

    HttpResponse<String> reset = head.post("/task/" + task + "/assignee", "{\"userId\": null}");
    assertThat(reset.statusCode()).as("Tasklist's reset: " + reset.body()).isEqualTo(204);
    assertThat(assigneeOf(task)).isNull();
  }

  /** The secretary and the chair keep what they did: fill in and release an office's claimed task. */
  @Test
  void rest_theCommitteeStillReleasesAndFillsInAClaimedTask() {
    String task = reportTaskOf(SADAR).getId();
    claim("sadar", task);
    assertThat(post("chair", "/task/" + task + "/unclaim", "").statusCode()).isEqualTo(204);
    claim("sadar", task);
    HttpResponse<String> typed = post("secretary", "/task/" + task + "/submit-form", reportBody());
    assertThat(typed.statusCode()).as("the secretary types in a paper report: " + typed.body()).isEqualTo(204);
  }
}
