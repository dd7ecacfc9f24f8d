package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.workflow.MinutesReviewCheckListener;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may read a meeting's progress, over real HTTP. The committee's secretary and chair read every decision. An
 * office reads the meeting once it takes part in one of its decisions, and then only those decisions (Camunda's
 * READ on their historic instances, granted when the office is asked); an office asked about none of the meeting's
 * decisions gets 404 for the report, as for a meeting that does not exist: to it, the meeting is not there, and a
 * 403 would tell it that a meeting with that memo number was held.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgressAccessTest extends ReportTestSupport {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @LocalServerPort int port;

  String memoKey;
  String committee;

  /** decision 01 accepted with its three offices (AC Education among them); decision 03 (the UNOs) not yet */
  @BeforeEach
  void meeting() throws Exception {
    at(REGISTERED);
    Meeting seed = seedAs(".access." + System.nanoTime());
    committee = "কমিটি " + System.nanoTime();
    Meeting meeting = new Meeting(committee, seed.office(), seed.chair(), seed.date(), seed.time(), seed.place(),
        seed.memoNumber(), seed.issueDate(), seed.issueDateBangla(), seed.signatories(), seed.distribution(),
        seed.decisions(), seed.deadline());
    memoKey = meeting.memoKey();
    registration.register(meeting, false);
    ProcessInstance one = decision(memoKey, 1);
    accept(one, "2024-01-30", List.of());
    report(one, "ac-education", "শিক্ষা শাখার তথ্য হালনাগাদ", "");
  }

  /**
   * The state is the decision's, not the reader's: an office cannot read the chair's review task, yet it reads the
   * decision as with the chair, as the secretary does.
   */
  @Test
  void anOfficeReadsTheSameStateAsTheSecretary_whileTheChairHasTheDecision() throws Exception {
    String education = user("state-ac-education", "ac-education");
    String secretary = user("state-secretary", "programmer-ict");
    at(java.time.LocalDateTime.of(2024, 1, 31, 10, 0));
    runDueJobs(decision(memoKey, 1));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(decision(memoKey, 1).getId())
        .taskDefinitionKey(TASK_REVIEW_OVERDUE_DECISION).count()).as("the chair has it").isOne();

    for (String reader : List.of(secretary, education)) {
      JsonNode one = objectMapper.readTree(get("/api/meetings/" + memoKey + "/progress", reader).body())
          .get("decisions").get(0);
      assertThat(one.get("number").asInt()).isEqualTo(1);
      assertThat(one.get("state").asText()).as(reader).isEqualTo(DecisionState.ESCALATED.name());
      assertThat(one.get("escalations").asInt()).as(reader).isEqualTo(1);
    }
  }

  @Test
  void anOfficeReadsTheDecisionsItTakesPartIn_anotherOfficeNothing() throws Exception {
    String education = user("access-ac-education", "ac-education");
    String kaliganj = user("access-uno-kaliganj", "uno-kaliganj");
    String secretary = user("access-secretary", "programmer-ict");

    HttpResponse<String> full = get("/api/meetings/" + memoKey + "/progress", secretary);
    assertThat(full.statusCode()).isEqualTo(200);
    JsonNode all = objectMapper.readTree(full.body());
    assertThat(all.get("decisions")).hasSize(5);
    assertThat(all.get("partial").asBoolean()).isFalse();

    HttpResponse<String> own = get("/api/meetings/" + memoKey + "/progress", education);
    assertThat(own.statusCode()).isEqualTo(200);
    JsonNode mine = objectMapper.readTree(own.body());
    assertThat(mine.get("partial").asBoolean()).isTrue();
    assertThat(mine.get("decisions")).hasSize(1);
    JsonNode one = mine.get("decisions").get(0);
    assertThat(one.get("number").asInt()).isEqualTo(1);
    assertThat(one.get("offices")).as("every office of its decision, its own report among them").hasSize(3);
    assertThat(one.get("officesReported").asInt()).isEqualTo(1);
    assertThat(mine.get("rates").get("decisions").asInt()).isEqualTo(1);
    HttpResponse<String> page = get("/api/meetings/" + memoKey + "/progress.html", education);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("কেবল সেগুলো দেখানো হলো").contains("data-decision=\"1\"")
        .doesNotContain("data-decision=\"5\"");
    assertThat(ratesSheetLabels(memoKey, education)).as("an office's workbook says it is partial")
        .contains(ProgressWorkbook.PARTIAL_LABEL);
    assertThat(ratesSheetLabels(memoKey, secretary)).doesNotContain(ProgressWorkbook.PARTIAL_LABEL);
    HttpResponse<String> open = get("/api/committees/" + encode(committee) + "/open-decisions", education);
    assertThat(open.statusCode()).isEqualTo(200);
    assertThat(objectMapper.readTree(open.body())).extracting(d -> d.get("number").asInt()).containsExactly(1);

    for (String path : List.of("/progress", "/progress.html", "/progress.xlsx")) {
      HttpResponse<String> refused = get("/api/meetings/" + memoKey + path, kaliganj);
      assertThat(refused.statusCode()).as(path).isEqualTo(404);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(refused.body()).doesNotContain("শিক্ষা শাখার")
          .as("true for an office that was sent the minutes, without saying the meeting exists")
          .contains("আপনার দেখার মতো কোনো সভা নেই: সভাটি নিবন্ধিত নয়, অথবা আপনার দপ্তর এর কোনো সিদ্ধান্তে যুক্ত নয়");
    }
    assertThat(get("/api/committees/" + encode(committee) + "/open-decisions", kaliganj).statusCode())
        .isEqualTo(404);
    assertThat(get("/api/meetings/" + memoKey + "/progress", null).statusCode()).isEqualTo(401);

    // once the UNOs are asked about decision 03, Kaliganj reads that decision — and still not 01
    accept(decision(memoKey, 3), "2024-01-30", List.of());
    JsonNode now = objectMapper.readTree(get("/api/meetings/" + memoKey + "/progress", kaliganj).body());
    assertThat(now.get("decisions")).extracting(d -> d.get("number").asInt()).containsExactly(3);
  }

  /**
   * A reminder letter is kept on its decision, which Tasklist does not show: it prints from its own page, for whoever
   * reads the decision, and the report's line and the office's comment lead there.
   */
  @Test
  void aReminderLetter_printsFromItsPage_forWhoeverReadsTheDecision() throws Exception {
    String education = user("letter-ac-education", "ac-education");
    String kaliganj = user("letter-uno-kaliganj", "uno-kaliganj");
    String secretary = user("letter-secretary", "programmer-ict");
    String chair = user("letter-chair", "adc-edu-ict");
    at(java.time.LocalDateTime.of(2024, 1, 31, 10, 0));
    runDueJobs(decision(memoKey, 1));
    // as in Tasklist: the chair logged in, authorization checked; the letter is the application's own attachment
    engine.getIdentityService().setAuthentication(chair, List.of("adc-edu-ict"));
    try {
      engine.getTaskService().complete(task(decision(memoKey, 1), TASK_REVIEW_OVERDUE_DECISION).getId(),
          Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "সাত দিনের মধ্যে দিন"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runDueJobs(decision(memoKey, 1));
    String path = "/api/meetings/" + memoKey + "/decisions/1/letters/1.html";

    for (String reader : List.of(secretary, education)) {
      HttpResponse<String> letter = get(path, reader);
      assertThat(letter.statusCode()).as(reader).isEqualTo(200);
      assertThat(letter.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
      assertThat(letter.headers().firstValue("Content-Security-Policy")).isPresent();
      assertThat(letter.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
          .contains("filename=\"reminder-letter-" + memoKey + "-1-1.html\"", "filename*=UTF-8''"));
      assertThat(letter.body()).contains("তাগিদ", "সাত দিনের মধ্যে দিন");
    }
    assertThat(get(path, kaliganj).statusCode()).as("an office on none of the meeting's decisions").isEqualTo(404);
    assertThat(get("/api/meetings/" + memoKey + "/decisions/1/letters/2.html", secretary).statusCode()).isEqualTo(404);
    // a link added in Tasklist under a letter's name is no letter (it has no content to print), nor hides the letter
    for (int sequence : new int[] {1, 2}) {
      engine.getTaskService().createAttachment("url", null, decision(memoKey, 1).getId(),
          bd.gov.followup.letter.ReminderLetters.fileName(bd.gov.followup.letter.ReminderLetters.memoOf(memoKey, 1,
              sequence)), null, "https://example.gov.bd/letter");
    }
    assertThat(get("/api/meetings/" + memoKey + "/decisions/1/letters/2.html", secretary).statusCode()).isEqualTo(404);
    assertThat(get(path, secretary).body()).as("the letter beside a link of its name").contains("সাত দিনের মধ্যে দিন");
    assertThat(get(path, null).statusCode()).isEqualTo(401);
    assertThat(get("/api/meetings/" + memoKey + "/progress.html", secretary).body()).as("at the public address, also"
        + " from a mailed copy").containsPattern("href=\"https?://[^\"/]+(:\\d+)?" + java.util.regex.Pattern.quote(path) + "\"");
    assertThat(engine.getTaskService().getProcessInstanceComments(decision(memoKey, 1).getId()))
        .as("the office's notice leads to it").anySatisfy(c -> assertThat(c.getFullMessage())
            .startsWith("তাগিদপত্র").contains("মুদ্রণযোগ্য তাগিদপত্র / the letter to print: http").contains(path));
  }

  /**
   * The committee's next meeting carries decision 01 over: the office working on it reads the next meeting's report,
   * where the next meeting reads what it owes — that decision, not the new meeting's others.
   */
  @Test
  void anOfficeOnACarriedOverDecision_readsTheNextMeetingsReport() throws Exception {
    String education = user("carried-ac-education", "ac-education");
    String kaliganj = user("carried-uno-kaliganj", "uno-kaliganj");
    Meeting seed = seedAs(".access.next." + System.nanoTime());
    Meeting next = new Meeting(committee, seed.office(), seed.chair(), seed.date().plusMonths(1), seed.time(),
        seed.place(), seed.memoNumber(), seed.issueDate(), null, seed.signatories(), seed.distribution(),
        seed.decisions(), seed.deadline());
    registration.register(next, false);

    HttpResponse<String> read = get("/api/meetings/" + next.memoKey() + "/progress", education);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonNode report = objectMapper.readTree(read.body());
    assertThat(report.get("partial").asBoolean()).isTrue();
    assertThat(report.get("previousDecisions")).extracting(p -> p.get("memoKey").asText() + "/"
        + p.get("decision").get("number").asInt()).containsExactly(memoKey + "/1");
    // the page and the spreadsheet lead with that decision: not an empty table of the office's "own" decisions, nor
    // rates saying that no office was asked yet
    HttpResponse<String> page = get("/api/meetings/" + next.memoKey() + "/progress.html", education);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(ReportTexts.ONLY_CARRIED_OVER, "<table class=\"progress previous\">",
            "data-decision=\"1\"", "শিক্ষা শাখার তথ্য হালনাগাদ")
        .doesNotContain("<table class=\"progress current\">", "এখনো কোনো দপ্তরকে তথ্য চাওয়া হয়নি",
            "কেবল সেগুলো দেখানো হলো; নিচের হারও");
    HttpRequest xlsx = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/meetings/"
        + next.memoKey() + "/progress.xlsx")).timeout(Duration.ofSeconds(30)).header("Authorization", basic(education))
        .GET().build();
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
        HTTP.send(xlsx, HttpResponse.BodyHandlers.ofByteArray()).body()))) {
      assertThat(book.getSheetName(book.getActiveSheetIndex())).isEqualTo(ProgressWorkbook.PREVIOUS_SHEET);
      assertThat(book.getSheet(ProgressWorkbook.PREVIOUS_SHEET).getRow(1).getCell(ProgressWorkbook.MEETING_HEADERS.size())
          .getNumericCellValue()).isEqualTo(1.0);
      assertThat(book.getSheet(ProgressWorkbook.PROGRESS_SHEET).getRow(1).getCell(1).getStringCellValue())
          .isEqualTo(ReportTexts.ONLY_CARRIED_OVER);
    }
    assertThat(get("/api/meetings/" + next.memoKey() + "/progress", kaliganj).statusCode())
        .as("an office on none of them, nor on the new meeting's").isEqualTo(404);
  }

  /**
   * Minutes read from a file are a draft until the secretary's review keeps them: the office working on the decision
   * they carry over reads nothing of them before (every decision of the draft would show, not started), and their
   * report once they stand.
   */
  @Test
  void anOfficeOnACarriedOverDecision_readsTheNextMinutesOnlyOnceTheReviewKeepsThem() throws Exception {
    String education = user("review-ac-education", "ac-education");
    Meeting next = nextMeeting(".access.review.");
    ProcessInstance instance = registration.register(next, true);
    String progress = "/api/meetings/" + next.memoKey() + "/progress";

    assertThat(get(progress, education).statusCode()).as("under review").isEqualTo(404);
    assertThat(listedTo(education)).doesNotContain(next.memoKey());

    completeReview(instance, Map.of(MinutesReviewCheckListener.MINUTES_APPROVED, true));
    HttpResponse<String> read = get(progress, education);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(objectMapper.readTree(read.body()).get("previousDecisions"))
        .extracting(p -> p.get("memoKey").asText() + "/" + p.get("decision").get("number").asInt())
        .containsExactly(memoKey + "/1");
  }

  /**
   * Minutes discarded in their review (a wrong file) are read by no office, not even one a release before this one
   * let read them at registration: the meeting is not listed, its report and history not there.
   */
  @Test
  void discardedMinutes_areReadByNoOffice_evenOneGrantedThemAtRegistration() throws Exception {
    String education = user("discard-ac-education", "ac-education");
    Meeting next = nextMeeting(".access.discard.");
    ProcessInstance instance = registration.register(next, true);
    grantAsAtRegistrationBefore("ac-education", instance);
    assertThat(get("/api/meetings/" + next.memoKey() + "/progress", education).statusCode()).isEqualTo(200);

    completeReview(instance, Map.of(DISCARD_MINUTES, true, DISCARD_REASON, "ভুল ফাইল"));

    assertThat(get("/api/meetings/" + next.memoKey() + "/progress", education).statusCode()).isEqualTo(404);
    assertThat(listedTo(education)).doesNotContain(next.memoKey());
    engine.getIdentityService().setAuthentication(education, List.of("ac-education"));
    try {
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
          .variableNameIn(MINUTES, DISCARD_REASON).count()).as("the discarded file and why").isZero();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /**
   * Discarded minutes are listed to the secretary as DISCARDED with their reason, and their memo number answers 410
   * saying so and why, not "not registered"; once the number is registered again it names the new meeting, and the
   * list's discarded item still carries its own reason.
   */
  @Test
  void discardedMinutes_answer410WithTheirReason_untilTheirMemoNumberIsUsedAgain() throws Exception {
    String secretary = user("discard-secretary", "programmer-ict");
    Meeting next = nextMeeting(".access.gone.");
    ProcessInstance instance = registration.register(next, true);
    completeReview(instance, Map.of(DISCARD_MINUTES, true, DISCARD_REASON, "ভুল ফাইল"));

    HttpResponse<String> gone = get("/api/meetings/" + next.memoKey(), secretary);
    assertThat(gone.statusCode()).as(gone.body()).isEqualTo(410);
    var problem = objectMapper.readTree(gone.body());
    assertThat(problem.get("type").asText()).isEqualTo("urn:followup:problem:meeting-discarded");
    assertThat(problem.get("discardReason").asText()).isEqualTo("ভুল ফাইল");
    assertThat(problem.get("processInstanceId").asText()).isEqualTo(instance.getId());
    assertThat(problem.get("detail").asText()).contains("বাতিল", "discarded", "ভুল ফাইল");

    ProcessInstance again = registration.register(next, true);
    HttpResponse<String> item = get("/api/meetings/" + next.memoKey(), secretary);
    assertThat(item.statusCode()).as(item.body()).isEqualTo(200);
    assertThat(objectMapper.readTree(item.body()).get("processInstanceId").asText()).isEqualTo(again.getId());
    HttpResponse<String> list = get("/api/meetings?size=100", secretary);
    List<String> listed = new ArrayList<>();
    objectMapper.readTree(list.body()).get("items").forEach(meeting -> {
      if (meeting.get("memoKey").asText().equals(next.memoKey())) {
        listed.add(meeting.get("status").asText() + ":" + meeting.get("discardReason").asText(""));
      }
    });
    assertThat(listed).containsExactlyInAnyOrder("IN_REVIEW:", "DISCARDED:ভুল ফাইল");
  }

  /**
   * Minutes under review when this release came in were read by the carried-over offices from their registration:
   * the review that keeps them changes nothing of that.
   */
  @Test
  void minutesUnderReviewAtTheUpgrade_keepTheReadTheirRegistrationGave() throws Exception {
    String education = user("upgrade-ac-education", "ac-education");
    Meeting next = nextMeeting(".access.upgrade.");
    ProcessInstance instance = registration.register(next, true);
    grantAsAtRegistrationBefore("ac-education", instance);

    completeReview(instance, Map.of(MinutesReviewCheckListener.MINUTES_APPROVED, true));

    assertThat(get("/api/meetings/" + next.memoKey() + "/progress", education).statusCode()).isEqualTo(200);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("ac-education")
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(instance.getId()).count()).isOne();
  }

  /**
   * An office first asked about a carried-over decision after the next meeting's minutes stand (here the UNOs,
   * asked when decision 03's lead accepts it) reads the next meeting's report too, which lists that decision, as
   * the offices asked before the next meeting came in do.
   */
  @Test
  void anOfficeAskedAfterTheNextMeetingStands_readsItsReportToo() throws Exception {
    String kaliganj = user("late-uno-kaliganj", "uno-kaliganj");
    Meeting next = nextMeeting(".access.late.");
    registration.register(next, false);
    String progress = "/api/meetings/" + next.memoKey() + "/progress";
    assertThat(get(progress, kaliganj).statusCode()).as("not asked about any decision yet").isEqualTo(404);

    accept(decision(memoKey, 3), "2024-01-30", List.of());

    HttpResponse<String> read = get(progress, kaliganj);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonNode report = objectMapper.readTree(read.body());
    assertThat(report.get("previousDecisions")).extracting(p -> p.get("memoKey").asText() + "/"
        + p.get("decision").get("number").asInt()).containsExactly(memoKey + "/3");
    assertThat(report.get("decisions")).as("none of the next meeting's own").isEmpty();
  }

  /**
   * Asked while the next minutes are under review, the office reads them once the review keeps them, not before;
   * asked after they were discarded, never.
   */
  @Test
  void anOfficeAskedWhileTheNextMinutesAreUnderReview_readsThemOnlyOnceKept_andDiscardedOnesNever() throws Exception {
    String kaliganj = user("review-late-uno-kaliganj", "uno-kaliganj");
    Meeting kept = nextMeeting(".access.late.kept.");
    ProcessInstance keptInstance = registration.register(kept, true);
    Meeting discarded = nextMeeting(".access.late.discarded.");
    ProcessInstance discardedInstance = registration.register(discarded, true);
    completeReview(discardedInstance, Map.of(DISCARD_MINUTES, true, DISCARD_REASON, "ভুল ফাইল"));

    accept(decision(memoKey, 3), "2024-01-30", List.of());

    String progress = "/api/meetings/" + kept.memoKey() + "/progress";
    assertThat(get(progress, kaliganj).statusCode()).as("under review").isEqualTo(404);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("uno-kaliganj")
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(discardedInstance.getId())
        .hasPermission(HistoricProcessInstancePermissions.READ).count()).as("discarded minutes").isZero();
    completeReview(keptInstance, Map.of(MinutesReviewCheckListener.MINUTES_APPROVED, true));
    HttpResponse<String> read = get(progress, kaliganj);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(objectMapper.readTree(read.body()).get("previousDecisions"))
        .extracting(p -> p.get("memoKey").asText() + "/" + p.get("decision").get("number").asInt())
        .containsExactly(memoKey + "/3");
  }

  /**
   * The next meeting was registered while these minutes were still under review: it carries the whole meeting, and
   * the offices its review then asks (the lead of each decision it starts) read the next meeting's report.
   */
  @Test
  void theOfficesOfMinutesKeptAfterTheNextMeetingCameIn_readTheNextMeetingsReport() throws Exception {
    String education = user("whole-ac-education", "ac-education");
    Meeting seed = seedAs(".access.whole." + System.nanoTime());
    String otherCommittee = "কমিটি " + System.nanoTime();
    Meeting earlier = new Meeting(otherCommittee, seed.office(), seed.chair(), seed.date(), seed.time(),
        seed.place(), seed.memoNumber(), seed.issueDate(), seed.issueDateBangla(), seed.signatories(),
        seed.distribution(), seed.decisions(), seed.deadline());
    ProcessInstance earlierInstance = registration.register(earlier, true);
    Meeting nextSeed = seedAs(".access.whole.next." + System.nanoTime());
    Meeting next = new Meeting(otherCommittee, nextSeed.office(), nextSeed.chair(), seed.date().plusMonths(1),
        nextSeed.time(), nextSeed.place(), nextSeed.memoNumber(), nextSeed.issueDate(), null,
        nextSeed.signatories(), nextSeed.distribution(), nextSeed.decisions(), nextSeed.deadline());
    registration.register(next, false);
    String progress = "/api/meetings/" + next.memoKey() + "/progress";
    assertThat(get(progress, education).statusCode()).isEqualTo(404);

    completeReview(earlierInstance, Map.of(MinutesReviewCheckListener.MINUTES_APPROVED, true));
    accept(decision(earlier.memoKey(), 1), "2024-01-30", List.of());

    HttpResponse<String> read = get(progress, education);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(objectMapper.readTree(read.body()).get("previousDecisions"))
        .extracting(p -> p.get("memoKey").asText() + "/" + p.get("decision").get("number").asInt())
        .containsExactly(earlier.memoKey() + "/1");
  }

  /** The committee's next meeting, a month on, under a memo number of its own. */
  Meeting nextMeeting(String memoSuffix) throws Exception {
    Meeting seed = seedAs(memoSuffix + System.nanoTime());
    return new Meeting(committee, seed.office(), seed.chair(), seed.date().plusMonths(1), seed.time(), seed.place(),
        seed.memoNumber(), seed.issueDate(), null, seed.signatories(), seed.distribution(), seed.decisions(),
        seed.deadline());
  }

  void completeReview(ProcessInstance meeting, Map<String, Object> form) {
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(meeting.getId())
        .taskDefinitionKey(TASK_REVIEW_MINUTES).singleResult().getId(), form);
  }

  /** The grant a release before this one made when it registered minutes that carry a decision of the office's. */
  void grantAsAtRegistrationBefore(String office, ProcessInstance meeting) {
    if (engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(office)
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(meeting.getId()).count() > 0) {
      return; // as that release did
    }
    Authorization grant = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(office);
    grant.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
    grant.setResourceId(meeting.getId());
    grant.addPermission(HistoricProcessInstancePermissions.READ);
    engine.getAuthorizationService().saveAuthorization(grant);
  }

  /** The memo keys of the meetings GET /api/meetings lists to the user. */
  List<String> listedTo(String user) throws Exception {
    HttpResponse<String> list = get("/api/meetings?size=100", user);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    List<String> keys = new ArrayList<>();
    objectMapper.readTree(list.body()).get("items").forEach(item -> keys.add(item.get("memoKey").asText()));
    return keys;
  }

  /**
   * A meeting registered over the API has no review task: the secretary closes an open decision over the API. An
   * office reading that decision may not (403); one that cannot read the meeting is told nothing (404).
   */
  @Test
  void theSecretaryClosesADecisionWithAReason_officesMayNot() throws Exception {
    String education = user("close-ac-education", "ac-education");
    String kaliganj = user("close-uno-kaliganj", "uno-kaliganj");
    String secretary = user("close-secretary", "programmer-ict");
    String close = "/api/meetings/" + memoKey + "/decisions/1/close";
    String body = "{\"reason\": \"নতুন প্রকল্পে অন্তর্ভুক্ত\"}";

    assertThat(post(close, education, body).statusCode()).isEqualTo(403);
    assertThat(post(close, kaliganj, body).statusCode()).isEqualTo(404);
    HttpResponse<String> noReason = post(close, secretary, "{\"reason\": \" \"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("/reason");
    JsonNode error = objectMapper.readTree(noReason.body()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("reason");
    assertThat(error.get("location").asText()).isEqualTo("/reason");
    assertThat(error.get("message").asText()).contains("a reason is required");
    assertThat(decision(memoKey, 1)).as("still open").isNotNull();

    HttpResponse<String> closed = post(close, secretary, body);
    assertThat(closed.statusCode()).isEqualTo(200);
    assertThat(objectMapper.readTree(closed.body()).get("state").asText()).isEqualTo("CLOSED_NOT_IMPLEMENTED");
    JsonNode one = objectMapper.readTree(get("/api/meetings/" + memoKey + "/progress", education).body())
        .get("decisions").get(0);
    assertThat(one.get("state").asText()).isEqualTo("CLOSED_NOT_IMPLEMENTED");
    assertThat(one.get("closeReason").asText()).isEqualTo("নতুন প্রকল্পে অন্তর্ভুক্ত");
    assertThat(one.get("actionsTaken").asText()).as("who closed it, and when")
        .matches("অবাস্তবায়িত হিসেবে বন্ধ করা হয়েছে: সদস্য-সচিব \\([০-৯]{2}/[০-৯]{2}/[০-৯]{4}\\)");
    assertThat(post(close, secretary, body).statusCode()).as("already closed").isEqualTo(409);
  }

  /**
   * The meeting named as closing a decision is a later meeting of the same committee; a decision number the minutes
   * do not have is a 404, not "no longer open".
   */
  @Test
  void aDecisionIsClosedAtALaterMeetingOfItsCommitteeOnly() throws Exception {
    String secretary = user("close-at-secretary", "programmer-ict");
    Meeting seed = seedAs(".other." + System.nanoTime());
    Meeting otherCommittee = new Meeting("অন্য কমিটি " + System.nanoTime(), seed.office(), seed.chair(),
        seed.date().plusMonths(1), seed.time(), seed.place(), seed.memoNumber(), seed.issueDate(),
        seed.issueDateBangla(), seed.signatories(), seed.distribution(), seed.decisions(), seed.deadline());
    registration.register(otherCommittee, false);
    Meeting earlierSeed = seedAs(".earlier." + System.nanoTime());
    Meeting earlier = new Meeting(committee, earlierSeed.office(), earlierSeed.chair(), seed.date().minusMonths(1),
        seed.time(), seed.place(), earlierSeed.memoNumber(), seed.issueDate(), seed.issueDateBangla(),
        seed.signatories(), seed.distribution(), seed.decisions(), seed.deadline());
    registration.register(earlier, false);
    Meeting laterSeed = seedAs(".later." + System.nanoTime());
    Meeting later = new Meeting(committee, laterSeed.office(), laterSeed.chair(), seed.date().plusMonths(2),
        seed.time(), seed.place(), laterSeed.memoNumber(), seed.issueDate(), seed.issueDateBangla(),
        seed.signatories(), seed.distribution(), seed.decisions(), seed.deadline());
    registration.register(later, false);
    String close = "/api/meetings/" + memoKey + "/decisions/1/close";

    for (String wrong : List.of(otherCommittee.memoKey(), memoKey, earlier.memoKey())) {
      HttpResponse<String> refused = post(close, secretary,
          "{\"reason\": \"বন্ধ\", \"atMeeting\": \"" + wrong + "\"}");
      assertThat(refused.statusCode()).as(wrong + ": " + refused.body()).isEqualTo(400);
      assertThat(objectMapper.readTree(refused.body()).get("errors").get(0).get("location").asText())
          .isEqualTo("/atMeeting");
      assertThat(refused.body()).contains("only a later meeting of the same committee");
    }
    assertThat(decision(memoKey, 1)).as("still open").isNotNull();
    // a misspelt key is a typo to correct, not a close without its meeting
    HttpResponse<String> typo = post(close, secretary,
        "{\"reason\": \"বন্ধ\", \"atMeetin\": \"" + later.memoKey() + "\"}");
    assertThat(typo.statusCode()).as(typo.body()).isEqualTo(400);
    assertThat(typo.body()).contains("atMeetin");
    HttpResponse<String> tooLong = post(close, secretary, "{\"reason\": \"" + "ক".repeat(20_001) + "\"}");
    assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
    assertThat(tooLong.body()).contains("/reason", "at most 20000 characters");
    assertThat(decision(memoKey, 1)).as("still open").isNotNull();

    HttpResponse<String> noSuch = post("/api/meetings/" + memoKey + "/decisions/99/close", secretary,
        "{\"reason\": \"বন্ধ\"}");
    assertThat(noSuch.statusCode()).as(noSuch.body()).isEqualTo(404);
    assertThat(noSuch.body()).contains("decision-not-found", "no decision 99");

    HttpResponse<String> unknownOutcome = post(close, secretary, "{\"reason\": \"বন্ধ\", \"outcome\": \"done\"}");
    assertThat(unknownOutcome.statusCode()).as(unknownOutcome.body()).isEqualTo(400);
    assertThat(objectMapper.readTree(unknownOutcome.body()).get("errors").get(0).get("location").asText())
        .isEqualTo("/outcome");
    assertThat(unknownOutcome.body()).contains("one of not-implemented, implemented, continued");
    assertThat(decision(memoKey, 1)).as("still open").isNotNull();

    // declared implemented or continued: by which meeting, the report must say
    HttpResponse<String> noMeeting = post(close, secretary, "{\"reason\": \"অব্যাহত\", \"outcome\": \"continued\"}");
    assertThat(noMeeting.statusCode()).as(noMeeting.body()).isEqualTo(400);
    assertThat(objectMapper.readTree(noMeeting.body()).get("errors").get(0).get("location").asText())
        .isEqualTo("/atMeeting");
    assertThat(decision(memoKey, 1)).as("still open").isNotNull();

    // the later meeting's minutes declare it done: implemented (written as the report's state names it)
    HttpResponse<String> closed = post(close, secretary, "{\"reason\": \"পরের সভার সিদ্ধান্ত ০১ অনুযায়ী বাস্তবায়িত\","
        + " \"atMeeting\": \"" + later.memoKey() + "\", \"outcome\": \"IMPLEMENTED\"}");
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    assertThat(objectMapper.readTree(closed.body()).get("closedAtMeeting").asText()).isEqualTo(later.memoKey());
    assertThat(objectMapper.readTree(closed.body()).get("state").asText()).isEqualTo("IMPLEMENTED");
  }

  /**
   * An office the lead forgot at acceptance is asked over the API by the lead or the committee, with its own task as
   * the others'; an office may not (403, 404 when it cannot read the meeting); an unknown office, or one on the
   * decision already, is a 400 problem naming it at its JSON pointer; before the acceptance, a 409.
   */
  @Test
  void anOfficeTheLeadForgot_isAskedByTheLeadOrTheCommittee_badInputNamesTheField() throws Exception {
    String education = user("ask-ac-education", "ac-education");
    String kaliganj = user("ask-uno-kaliganj", "uno-kaliganj");
    String secretary = user("ask-secretary", "programmer-ict");
    String path = "/api/meetings/" + memoKey + "/decisions/1/offices";
    String lged = "{\"offices\": [\"head-lged\"]}";

    assertThat(post(path, education, lged).statusCode()).as("an office on the decision, not its lead").isEqualTo(403);
    assertThat(post(path, kaliganj, lged).statusCode()).isEqualTo(404);
    HttpResponse<String> unknown = post(path, secretary, "{\"offices\": [\"head-lged\", \"no-such-office\"]}");
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode error = objectMapper.readTree(unknown.body()).get("errors").get(0);
    assertThat(error.get("location").asText()).isEqualTo("/offices/1");
    assertThat(error.get("message").asText()).contains("unknown office 'no-such-office'");
    HttpResponse<String> already = post(path, secretary, "{\"offices\": [\"ac-education\"]}");
    assertThat(already.statusCode()).as(already.body()).isEqualTo(400);
    assertThat(objectMapper.readTree(already.body()).get("errors").get(0).get("location").asText())
        .isEqualTo("/offices/0");
    assertThat(already.body()).contains("সহকারী কমিশনার (শিক্ষা)", "already on this decision");
    HttpResponse<String> none = post(path, secretary, "{\"offices\": []}");
    assertThat(none.statusCode()).as(none.body()).isEqualTo(400);
    assertThat(objectMapper.readTree(none.body()).get("errors").get(0).get("location").asText()).isEqualTo("/offices");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(decision(memoKey, 1).getId())
        .taskCandidateGroup("head-lged").count()).as("nothing asked yet").isZero();

    HttpResponse<String> asked = post(path, secretary, lged);
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
    JsonNode one = objectMapper.readTree(asked.body());
    assertThat(one.get("offices").findValuesAsText("office")).contains("head-lged");
    assertThat(one.get("actionsTaken").asText()).contains("দপ্তর যুক্ত: নির্বাহী প্রকৌশলী, এলজিইডি, ঝিনাইদহ (মূল বাস্তবায়নকারী, ");
    Task lgedTask = task(decision(memoKey, 1), TASK_REPORT_UPDATE, "head-lged");
    assertThat(engine.getTaskService().getTaskComments(lgedTask.getId())).singleElement()
        .satisfies(c -> assertThat(c.getFullMessage()).startsWith("তথ্য প্রদানের অনুরোধ:").contains("আগে যুক্ত ছিল না"));
    HttpResponse<String> again = post(path, secretary, lged);
    assertThat(again.statusCode()).as("on the decision now: " + again.body()).isEqualTo(400);

    HttpResponse<String> notAccepted = post("/api/meetings/" + memoKey + "/decisions/3/offices", secretary, lged);
    assertThat(notAccepted.statusCode()).as(notAccepted.body()).isEqualTo(409);
    assertThat(notAccepted.body()).contains("offices-not-asked-yet");

    // a number the minutes do not have is not found, as for the close; it is no decision that ended
    HttpResponse<String> noSuch = post("/api/meetings/" + memoKey + "/decisions/99/offices", secretary, lged);
    assertThat(noSuch.statusCode()).as(noSuch.body()).isEqualTo(404);
    assertThat(noSuch.body()).contains("decision-not-found");
    // the lead of a decision that has ended asks too late (409), not as someone without the right (403)
    // (its lead the AC (Education), as a chair's reassignment leaves it: the secretary and the chair may ask anyway)
    int other = 3;
    String leadGroup = "ac-education";
    engine.getRuntimeService().setVariable(decision(memoKey, other).getId(), "leadGroup", leadGroup);
    String lead = user("ask-lead-of-" + other, leadGroup);
    assertThat(post("/api/meetings/" + memoKey + "/decisions/" + other + "/close", secretary,
        "{\"reason\": \"পরের সভায় বাদ\"}").statusCode()).isEqualTo(200);
    HttpResponse<String> ended = post("/api/meetings/" + memoKey + "/decisions/" + other + "/offices", lead, lged);
    assertThat(ended.statusCode()).as(leadGroup + ": " + ended.body()).isEqualTo(409);
    assertThat(ended.body()).contains("decision-not-open");
  }

  /** The chair closes a decision through the application as the secretary does, but does not register meetings. */
  @Test
  void theChairClosesADecision_butDoesNotRegisterMeetings() throws Exception {
    String chair = user("close-chair", "adc-edu-ict");
    assertThat(post("/api/meetings", chair, "{}").statusCode()).as("the chair does not register").isEqualTo(403);
    HttpResponse<String> closed = post("/api/meetings/" + memoKey + "/decisions/1/close", chair,
        "{\"reason\": \"প্রয়োজন নেই\"}");
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    assertThat(objectMapper.readTree(closed.body()).get("state").asText()).isEqualTo("CLOSED_NOT_IMPLEMENTED");
  }

  private HttpResponse<String> post(String path, String user, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", basic(user))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The labels of the workbook's rates sheet, as the user downloads it. */
  private List<String> ratesSheetLabels(String memoKey, String user) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/meetings/" + memoKey
        + "/progress.xlsx")).timeout(Duration.ofSeconds(30)).header("Authorization", basic(user)).GET().build();
    HttpResponse<byte[]> xlsx = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
      List<String> labels = new java.util.ArrayList<>();
      book.getSheet(ProgressWorkbook.RATES_SHEET).forEach(row -> labels.add(row.getCell(0).getStringCellValue()));
      if (labels.contains(ProgressWorkbook.PARTIAL_LABEL)) {
        assertThat(book.getSheet(ProgressWorkbook.PROGRESS_SHEET).getHeader().getCenter())
            .isEqualTo(ProgressWorkbook.PARTIAL_NOTE);
      }
      return labels;
    }
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30)).GET();
    if (user != null) {
      request.header("Authorization", basic(user));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
