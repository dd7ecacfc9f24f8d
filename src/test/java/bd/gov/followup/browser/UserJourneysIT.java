package bd.gov.followup.browser;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.deadline.WorkingDayCalendar;
import bd.gov.followup.directory.TasklistFilters;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The people of the demo doing their work in Camunda's webapps, in Debian's headless Chromium with Bengali as the
 * browser's language, against the application as `./mvnw spring-boot:run` starts it (profile demo) on a free port
 * and an in-memory database, with the job executor on: the as-recorded meeting's decisions reach the chair, and a
 * submitted report reaches its verifier, through the engine's own jobs.
 *
 * <p>The journeys run in order on one application (one start, about a minute on two cores). Journey 2 continues
 * journey 1's report; run alone, it submits that report through the engine first.
 *
 * <p>With -Dbrowser.docs=true the journeys also refresh the README's screenshots in docs/screenshots.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:browser-journeys;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=true",
      // the webapps serve the engine named "default": this context keeps the name (see DemoApplicationTest)
      "camunda.bpm.generate-unique-process-application-name=true",
      // Selenium 4.31 knows no DevTools protocol for Chromium 156; the journeys do not use it
      "logging.level.org.openqa.selenium=ERROR"
    })
@ActiveProfiles("demo")
@Import(WebappRequests.class)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ScreenshotsOnFailure.class)
class UserJourneysIT implements ScreenshotsOnFailure.Browsers {

  static final String MEMO = "56.04.4400.000.34.002.19.69";
  static final String DEMO_COPY = MEMO + "-DEMO";
  static final String REPORT_03 = "হালনাগাদ তথ্য দাখিল — সিদ্ধান্ত ০৩";
  static final String VERIFY_03 = "হালনাগাদ যাচাই — সিদ্ধান্ত ০৩";
  static final String KALIGANJ = "কালীগঞ্জ";
  static final String SHAILKUPA = "শৈলকুপা";
  static final String EVIDENCE = "https://kaliganjupazila.jhenaidah.gov.bd/site/page/web-portal-update-2026";
  static final String EVIDENCE_SHAILKUPA = "https://shailkupa.jhenaidah.gov.bd/site/page/web-portal-update-2026";
  static final String RETURN_REASON = "প্রমাণের পাতায় ইউনিয়নগুলোর তালিকা নেই; ইউনিয়ন পর্যায়ের হালনাগাদও উল্লেখ করুন";
  static final boolean DOCS = Boolean.getBoolean("browser.docs");

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired WebappRequests webappRequests;
  @Autowired bd.gov.followup.workflow.MeetingRegistration meetingRegistration;
  @Autowired WorkingDayCalendar calendar;

  final List<Browser> browsers = new ArrayList<>();

  @BeforeAll
  static void chromiumIsInstalled() {
    assertThat(Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER))
        .as("Chromium and chromedriver at " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER
            + ": run .ci/browser-setup.sh")
        .isTrue();
  }

  @BeforeAll
  static void forgetTheLastRunsScreenshots() throws Exception {
    Path dir = ScreenshotsOnFailure.DIRECTORY.resolve(UserJourneysIT.class.getSimpleName());
    if (Files.isDirectory(dir)) {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
  }

  @Override
  public List<Browser> openBrowsers() {
    return browsers;
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(Browser::close);
    browsers.clear();
  }

  Browser browser(String who) {
    Browser browser = new Browser("http://localhost:" + port, who);
    browsers.add(browser);
    return browser;
  }

  void closeBrowser(Browser browser) {
    browsers.remove(browser);
    browser.close();
  }

  /** Tasklist's own Bengali labels (our bn locale), so the assertions follow the translation file. */
  static String tasklistLabel(String key) throws Exception {
    JsonNode labels = new ObjectMapper().readTree(
        new ClassPathResource("META-INF/resources/webjars/camunda/app/tasklist/locales/bn.json").getInputStream())
        .get("labels");
    assertThat(labels.has(key)).as("bn.json has " + key).isTrue();
    return labels.get(key).asText();
  }

  /** With -Dbrowser.docs=true: the README's screenshot, without a tooltip left by the last click. */
  void docsScreenshot(Browser browser, String name) throws InterruptedException {
    if (DOCS) {
      new Actions(browser.driver).moveToLocation(1, 1).perform();
      Thread.sleep(800);
      browser.screenshot(Path.of("docs", "screenshots", name + ".png"));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------

  @Test
  @Order(1)
  void journey1_theUnoOfKaliganj_reportsOnDecision03_inBengali() throws Exception {
    Tasklist tasklist = Tasklist.logIn(browser("uno-kaliganj"), "uno-kaliganj");

    // Tasklist speaks Bengali: its own labels, not only our task names
    String page = tasklist.browser.bodyText();
    assertThat(page).contains(tasklistLabel("START_PROCESS")).doesNotContain(tasklistLabel("CREATE_TASK"));
    assertThat(tasklist.filters()).contains(TasklistFilters.MY_OFFICE, TasklistFilters.OVERDUE)
        .doesNotContain(TasklistFilters.AWAITING_VERIFICATION, TasklistFilters.AWAITING_CHAIR);

    // only Kaliganj's work: one report task (decision 03), for the UNO of Kaliganj
    tasklist.openFilter(TasklistFilters.MY_OFFICE);
    tasklist.waitForTask(REPORT_03, KALIGANJ);
    assertThat(tasklist.taskNames()).isNotEmpty().allSatisfy(name -> assertThat(name).contains(KALIGANJ));
    assertThat(tasklist.taskNames()).hasSize((int) taskService.createTaskQuery()
        .taskCandidateGroup("uno-kaliganj").count());
    // Camunda's "migrate to Camunda 8" banner, the default priority 50 on every card, and "create task", which the
    // engine refuses: on the page, not shown
    for (String noise : List.of(".ce-eol-banner", "ol.tasks-list li.task .priority", ".create-task-action")) {
      assertThat(tasklist.browser.driver.findElements(By.cssSelector(noise))).as(noise + " on the page").isNotEmpty()
          .allSatisfy(e -> assertThat(Browser.isShown(e)).as(noise + " shown").isFalse());
    }
    // and its dates too: "in a month", "a few seconds ago" must read "এক মাস পরে", "কয়েক সেকেন্ড আগে"
    // read again until it holds: Tasklist redraws its list when it polls, and a card read mid-redraw is stale
    tasklist.browser.wait.withMessage("the task list's relative dates are Bengali")
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> {
          List<WebElement> dates = d.findElements(By.cssSelector("ol.tasks-list li.task .dates"));
          return !dates.isEmpty() && dates.stream().allMatch(e -> !e.getText().isBlank()
              && !e.getText().matches("(?s).*[A-Za-z].*"));
        });

    tasklist.openTask(REPORT_03, KALIGANJ);
    assertThat(tasklist.formText()).contains("সিদ্ধান্ত ০৩", "কী করা হয়েছে / What was done")
        .as("the meeting, and the note the lead wrote to the offices").contains("সভা / Meeting:",
            "জেলা ওয়েব পোর্টাল হালনাগাদ", "মূল বাস্তবায়নকারীর নির্দেশনা", "পোর্টালের সংশ্লিষ্ট পাতার লিংক দিন");
    tasklist.claim();
    // form-js's own check speaks as the form does: a required field left empty says so in Bengali first
    tasklist.type("Field_UpdateSummary", "ক");
    tasklist.field("Field_UpdateSummary").sendKeys(Keys.BACK_SPACE, Keys.TAB);
    tasklist.browser.wait.withMessage("form-js's required message, in Bengali")
        .until(d -> d.findElements(By.cssSelector(".fjs-form-field-error")).stream()
            .anyMatch(e -> e.getText().contains("ঘরটি পূরণ করুন")));
    assertThat(tasklist.browser.driver.findElements(By.cssSelector(".fjs-form-field-error")))
        .allSatisfy(e -> assertThat(e.getText()).doesNotStartWith("Field is required"));
    tasklist.type("Field_UpdateSummary", "কালীগঞ্জ উপজেলা ও এর ১১টি ইউনিয়নের ওয়েব পোর্টাল হালনাগাদ করা হয়েছে।");
    tasklist.type("Field_EvidenceLink", EVIDENCE);
    tasklist.type("Field_Remarks", "ইউনিয়ন পরিষদ সচিবগণ তথ্য দিয়েছেন।");
    docsScreenshot(tasklist.browser, "tasklist-report-form");
    tasklist.complete();

    // the engine has the report, with its link
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName("evidenceLink")
        .variableValueEquals("evidenceLink", EVIDENCE).count()).isEqualTo(1);
    assertThat(kaliganjReportTask()).as("Kaliganj's report task is done").isNull();
  }

  Task kaliganjReportTask() {
    return taskService.createTaskQuery().processInstanceBusinessKey(DEMO_COPY + "/03")
        .taskDefinitionKey("Task_ReportUpdate").taskCandidateGroup("uno-kaliganj").singleResult();
  }

  // ---------------------------------------------------------------------------------------------------------------

  /**
   * Shailkupa's part of decision 03, not Kaliganj's: journey 1 then finds its report task open whenever it runs, also
   * when failsafe runs it again after the others (a flake's rerun comes after journey 2 has verified its report).
   */
  @Test
  @Order(2)
  void journey2_theProgrammerSendsTheReportBack_theUnoResubmits_theProgrammerAccepts() throws Exception {
    Task open = taskService.createTaskQuery().processInstanceBusinessKey(DEMO_COPY + "/03")
        .taskDefinitionKey("Task_ReportUpdate").taskCandidateGroup("uno-shailkupa").singleResult();
    if (open != null) { // a rerun after a failure past this point finds the report already made
      taskService.complete(open.getId(), Map.of("updateSummary", "শৈলকুপা উপজেলার ওয়েব পোর্টাল হালনাগাদ করা হয়েছে।",
          "evidenceLink", EVIDENCE_SHAILKUPA, "remarks", ""));
    }

    // the programmer finds it waiting for verification and sends it back with a reason
    Tasklist programmer = Tasklist.logIn(browser("programmer"), "programmer");
    assertThat(programmer.filters()).contains(TasklistFilters.AWAITING_VERIFICATION);
    // the office's list starts with the work due first (Tasklist's own order is the newest first): the recorded
    // meeting's acceptances, long overdue, before the copy's verifications
    programmer.openFilter(TasklistFilters.MY_OFFICE);
    Task earliest = taskService.createTaskQuery().taskCandidateGroup("programmer-ict").includeAssignedTasks()
        .orderByDueDate().asc().listPage(0, 1).get(0);
    var sameDue = earliest.getDueDate() == null
        ? taskService.createTaskQuery().taskCandidateGroup("programmer-ict").includeAssignedTasks().withoutDueDate()
        : taskService.createTaskQuery().taskCandidateGroup("programmer-ict").includeAssignedTasks()
            .dueDate(earliest.getDueDate());
    List<String> dueFirst = sameDue.list().stream().map(Task::getName).toList();
    programmer.browser.wait.withMessage(() -> "the earliest due first " + dueFirst + ", not " + programmer.taskNames())
        .until(d -> d.getCurrentUrl().contains("dueDate") && !programmer.taskNames().isEmpty()
            && dueFirst.contains(programmer.taskNames().get(0)));
    // back to the start by the header's link: Tasklist writes its own default order (newest first) into the address
    programmer.browser.click(programmer.browser.visible(By.cssSelector("a.navbar-brand")));
    programmer.openFilter(TasklistFilters.MY_OFFICE);
    programmer.browser.wait.withMessage(() -> "after the header's link, due first: " + programmer.browser.driver
            .getCurrentUrl() + " " + programmer.taskNames())
        .until(d -> d.getCurrentUrl().contains("dueDate") && !d.getCurrentUrl().contains("created")
            && !programmer.taskNames().isEmpty() && dueFirst.contains(programmer.taskNames().get(0)));
    programmer.openFilter(TasklistFilters.AWAITING_VERIFICATION);
    programmer.openTask(VERIFY_03, SHAILKUPA);
    assertThat(programmer.formText()).contains(EVIDENCE_SHAILKUPA);
    // the form's links (the evidence, the meeting's progress) open beside the task, not in its place
    programmer.browser.wait.withMessage("the form's links open in a tab of their own").until(d -> {
      List<WebElement> links = d.findElements(By.cssSelector(".fjs-container a[href]"));
      return !links.isEmpty() && links.stream().allMatch(a -> "_blank".equals(a.getAttribute("target")));
    });
    programmer.claim();
    programmer.choose("Field_Verdict", "Send back with a reason");
    programmer.type("Field_ReturnReason", RETURN_REASON);
    programmer.complete();
    closeBrowser(programmer.browser);

    // the UNO finds the report task again, with the reason, and resubmits
    Tasklist uno = Tasklist.logIn(browser("uno-shailkupa"), "uno-shailkupa");
    uno.openFilter(TasklistFilters.MY_OFFICE);
    uno.openTask(REPORT_03, SHAILKUPA);
    assertThat(uno.formText()).contains("ফেরত পাঠানো হয়েছে / Sent back:", RETURN_REASON)
        .as("why it came back comes first, above the decision (on a phone the decision fills the screen)")
        .startsWith("ফেরত পাঠানো হয়েছে / Sent back:");
    uno.claim();
    uno.type("Field_UpdateSummary", "শৈলকুপা উপজেলা ও ১৪টি ইউনিয়নের ওয়েব পোর্টাল হালনাগাদ করা হয়েছে; "
        + "ইউনিয়নগুলোর তালিকা প্রমাণের পাতায় যোগ করা হয়েছে।");
    uno.type("Field_EvidenceLink", EVIDENCE_SHAILKUPA + "-unions");
    uno.complete();
    closeBrowser(uno.browser);

    // the programmer accepts the resubmitted report
    Tasklist again = Tasklist.logIn(browser("programmer"), "programmer");
    again.openFilter(TasklistFilters.AWAITING_VERIFICATION);
    again.openTask(VERIFY_03, SHAILKUPA);
    assertThat(again.formText()).contains(EVIDENCE_SHAILKUPA + "-unions");
    again.claim();
    again.choose("Field_Verdict", "Accept");
    again.complete();

    // Shailkupa's part of decision 03 is done: no report or verification left for it
    String decision03 = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(DEMO_COPY + "/03")
        .singleResult().getId();
    assertThat(taskService.createTaskQuery().processInstanceId(decision03).taskCandidateGroup("uno-shailkupa").count())
        .isZero();
    assertThat(taskService.createTaskQuery().processInstanceId(decision03).taskDefinitionKey("Task_VerifyUpdate")
        .list()).noneSatisfy(t -> assertThat(t.getName()).contains(SHAILKUPA));
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(decision03)
        .variableName("verdict").list()).extracting(v -> v.getValue()).contains("accepted");
  }

  // ---------------------------------------------------------------------------------------------------------------

  @Test
  @Order(3)
  void journey3_theAdcSeesTheOverdueDecisions_andExtendsADeadline() throws Exception {
    Tasklist adc = Tasklist.logIn(browser("adc"), "adc");
    assertThat(adc.filters()).contains(TasklistFilters.AWAITING_CHAIR);
    adc.openFilter(TasklistFilters.AWAITING_CHAIR);

    // the as-recorded meeting's five decisions are past their deadline and all wait for the chair
    for (String number : List.of("০১", "০২", "০৩", "০৪", "০৫")) {
      adc.waitForTask("মেয়াদোত্তীর্ণ সিদ্ধান্ত পর্যালোচনা — সিদ্ধান্ত " + number);
    }
    assertThat(adc.taskNames()).hasSize(5);
    // the decisions are late, the chair's reviews are not: each is due when the watch would send it up again
    assertThat(adc.browser.allVisible(By.cssSelector("ol.tasks-list li.task .due-date"))).hasSize(5);
    assertThat(adc.browser.allVisible(By.cssSelector("ol.tasks-list li.task .due-date.overdue"))).isEmpty();
    // "৬ দিন পরে", not "6 দিন পরে": Bengali words with Bengali digits
    assertThat(adc.browser.allVisible(By.cssSelector("ol.tasks-list li.task .due-date")))
        .allSatisfy(due -> assertThat(due.getText()).contains("পরে").doesNotContainPattern("[0-9]"));
    docsScreenshot(adc.browser, "tasklist-bn");

    adc.openTask("মেয়াদোত্তীর্ণ সিদ্ধান্ত পর্যালোচনা — সিদ্ধান্ত ০১");
    assertThat(adc.formText()).contains("সময়সীমা / Deadline:", "৩০/০১/২০২৪");
    adc.claim();
    adc.choose("Field_ChairDecision", "Extend the deadline");
    // a working day: one on a weekend or holiday would be moved to the next (and the task would say so)
    LocalDate extended = calendar.nextWorkingDayOnOrAfter(LocalDate.now().plusMonths(2));
    // day first, in Bengali digits, as an official writes it (form-js's date picker read every date month first)
    adc.type("Field_NewDeadline",
        bd.gov.followup.minutes.BengaliDigits.toBengali(extended.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
    adc.type("Field_ChairRemarks", "দুই মাস সময় বৃদ্ধি করা হলো।");
    // every label read whole, also on a phone: form-js cuts a label to one line, which lost the chair's options'
    // ends ("… / Close as not imp") and the remarks' "printed in a reminder letter"
    adc.browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(412, 915));
    try {
      Object labels = ((org.openqa.selenium.JavascriptExecutor) adc.browser.driver).executeScript(
          "return [...document.querySelectorAll('.fjs-form-field-label')]"
              + ".map(l => (l.scrollWidth > l.clientWidth + 1 ? 'CUT ' : '') + l.textContent.trim());");
      assertThat((List<?>) labels).as("the remarks' label is there, and no label is cut short")
          .anySatisfy(label -> assertThat(label.toString()).contains("printed in a reminder"))
          .noneSatisfy(label -> assertThat(label.toString()).startsWith("CUT "));
    } finally {
      adc.browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    }
    adc.complete();

    // the decision has its new deadline and is no longer with the chair
    String decision01 = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(MEMO + "/01")
        .singleResult().getId();
    assertThat(runtimeService.getVariable(decision01, "deadline")).isEqualTo(extended.toString());
    assertThat(taskService.createTaskQuery().processInstanceId(decision01)
        .taskDefinitionKey("Task_ReviewOverdueDecision").count()).isZero();
    adc.reloadFilter();
    adc.browser.wait.withMessage("four decisions left with the chair")
        .until(d -> adc.taskNames().size() == 4);
  }

  // ---------------------------------------------------------------------------------------------------------------

  @Test
  @Order(4)
  void journey4_anOfficeIsRefusedCockpit_theAdminSeesTheDecisionOnItsDiagram() throws Exception {
    // the UNO, logged in to Tasklist, opens Cockpit's address: the server refuses it (403)
    Browser uno = browser("uno-kaliganj");
    Tasklist.logIn(uno, "uno-kaliganj");
    uno.open("/camunda/app/cockpit/default/#/processes");
    uno.waitForText("403");
    assertThat(uno.bodyText()).contains("Forbidden");
    assertThat(uno.driver.findElements(By.cssSelector(".djs-container, .ctn-header, [cam-widget-header]"))).isEmpty();
    closeBrowser(uno);

    // in a fresh browser, logging in to Cockpit as the UNO fails
    Browser stranger = browser("uno-kaliganj");
    stranger.logIn("cockpit", "uno-kaliganj");
    WebElement refusal = stranger.visible(Tasklist.NOTIFICATION);
    assertThat(refusal.getAttribute("class")).contains("alert-danger");
    assertThat(stranger.allVisible(By.cssSelector("form[name=signinForm]"))).hasSize(1);
    assertThat(stranger.driver.findElements(By.cssSelector(".djs-container"))).isEmpty();
    closeBrowser(stranger);

    // the admin sees decision 03 of the demo copy on its diagram, with its running offices on the report task
    ProcessInstance decision03 = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(DEMO_COPY + "/03").singleResult();
    long reportTasks = taskService.createTaskQuery().processInstanceId(decision03.getId())
        .taskDefinitionKey("Task_ReportUpdate").count();
    Browser admin = browser("admin");
    admin.logIn("cockpit", "admin");
    admin.wait.withMessage("the admin is let in").until(d -> admin.allVisible(By.cssSelector("form[name=signinForm]")).isEmpty());
    admin.open("/camunda/app/cockpit/default/#/process-instance/" + decision03.getId() + "/runtime");
    admin.visible(By.cssSelector(".djs-container g.djs-element[data-element-id='Task_ReportUpdate']"));
    WebElement badge = admin.visible(
        By.cssSelector(".djs-overlays[data-container-id='Task_ReportUpdate'] .instances-overlay"));
    admin.wait.withMessage("the report task's badge shows its running instances")
        .until(d -> badge.getText().trim().equals(String.valueOf(reportTasks)));
    assertThat(admin.bodyText()).contains(decision03.getId());
    if (DOCS) { // the diagram over the whole page, readable in the README
      admin.click(admin.visible(By.cssSelector("a.maximize-collapsable")));
      Thread.sleep(1000);
      admin.click(admin.visible(By.cssSelector("button[ng-click='resetZoom()']"))); // fit the larger viewport
      Thread.sleep(1500);
      docsScreenshot(admin, "cockpit-decision");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------

  /**
   * Under the query result limit (1,000 rows for a logged-in user), every page the ICT programmer opens in Cockpit
   * and Tasklist, and the admin in Admin, loads without one failed request: the webapps page their queries, and
   * Tasklist's one unpaged call (its filter list) is paged by the server.
   */
  @Test
  @Order(5)
  void journey5_everyWebappPageLoadsUnderTheQueryResultLimit() {
    String decisionDefinition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("DecisionFollowup").latestVersion().singleResult().getId();
    String meetingDefinition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("MeetingFollowup").latestVersion().singleResult().getId();
    String escalationRoute = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey("EscalationRoute").latestVersion().singleResult().getId();
    String decision03 = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(DEMO_COPY + "/03").singleResult().getId();

    webappRequests.forget(); // from before the login: Cockpit opens its dashboard right after it
    Browser programmer = browser("programmer");
    programmer.logIn("cockpit", "programmer");
    programmer.wait.withMessage("the programmer is let in to Cockpit")
        .until(d -> programmer.allVisible(By.cssSelector("form[name=signinForm]")).isEmpty());
    visitEach(programmer, "/camunda/app/cockpit/default/#/",
        "processes", "process-definition/" + decisionDefinition + "/runtime",
        "process-definition/" + meetingDefinition + "/runtime", "process-instance/" + decision03 + "/runtime",
        "decisions", "decision-definition/" + escalationRoute, "tasks", "repository", "batch");
    // the committee reads its decisions, not the vendor's "migrate to Camunda 8" banner: on the page, not shown
    assertThat(programmer.driver.findElements(By.cssSelector(".ce-eol-banner"))).as("the banner on the page")
        .isNotEmpty().allSatisfy(e -> assertThat(Browser.isShown(e)).as("the banner shown").isFalse());

    // the tab "অগ্রগতি" on decision 03's page: the report the committee reads, at the decision's row, which says of
    // each office whether it reported, in Bengali (Cockpit's own tabs list the offices' tasks by activity only)
    programmer.open("/camunda/app/cockpit/default/#/process-instance/" + decision03 + "/runtime");
    programmer.click(programmer.visible(By.cssSelector(".nav-tabs a, .nav-tabs li"), "অগ্রগতি"));
    WebElement report = programmer.visible(By.cssSelector("iframe.followup-progress"));
    assertThat(report.getAttribute("src")).endsWith("/progress.html#decision-3");
    assertThat(programmer.visible(By.cssSelector("a.followup-progress-link")).getAttribute("target")).isEqualTo("_blank");
    programmer.driver.switchTo().frame(report);
    try {
      WebElement row = programmer.visible(By.cssSelector("tr#decision-3"));
      assertThat(row.getText()).contains("উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ", "উপজেলা নির্বাহী অফিসার, কালীগঞ্জ",
          "দাখিল হয়নি");
    } finally {
      programmer.driver.switchTo().defaultContent();
    }
    assertThat(webappRequests.failures()).as("failed requests of the progress tab").isEmpty();

    webappRequests.forget(); // from before the login: Tasklist lists its filters right after it
    Tasklist tasklist = Tasklist.logIn(browser("programmer"), "programmer");
    waitUntilQuiet(tasklist.browser, "Tasklist after login");
    List<String> filters = tasklist.filters();
    assertThat(filters).contains(TasklistFilters.AWAITING_VERIFICATION);
    for (String filter : filters.subList(1, filters.size())) { // the first is open already
      long before = webappRequests.started();
      tasklist.openFilter(filter);
      waitUntilLoaded(tasklist.browser, "Tasklist, filter " + filter, before);
    }
    assertThat(webappRequests.failures()).as("failed requests of Tasklist's filters").isEmpty();

    webappRequests.forget();
    Browser admin = browser("admin");
    admin.logIn("admin", "admin");
    admin.wait.withMessage("the admin is let in to Admin")
        .until(d -> admin.allVisible(By.cssSelector("form[name=signinForm]")).isEmpty());
    visitEach(admin, "/camunda/app/admin/default/#/",
        "users", "groups", "group/uno-kaliganj?tab=group-users", "tenants", "authorization?resource=0",
        "authorization?resource=6", "authorization?resource=7", "system?section=system-settings-general");
  }

  /** Opens each route of a webapp in turn; what failed since the caller's last forget() fails the journey. */
  void visitEach(Browser browser, String base, String... routes) {
    waitUntilQuiet(browser, base);
    for (String route : routes) {
      long before = webappRequests.started();
      browser.open(base + route);
      waitUntilLoaded(browser, route, before);
    }
    assertThat(webappRequests.failures()).as("failed requests while " + browser.who + " opened " + base + "…")
        .isEmpty();
  }

  void waitUntilQuiet(Browser browser, String what) {
    browser.wait.withMessage(what + " loads").until(d -> webappRequests.quiet());
  }

  /** The page asked its server for something since {@code before}, and all of it has been answered. */
  void waitUntilLoaded(Browser browser, String what, long before) {
    browser.wait.withMessage(what + " loads")
        .until(d -> webappRequests.started() > before && webappRequests.quiet());
  }

  // ---------------------------------------------------------------------------------------------------------------

  /**
   * The secretary's two forms for minutes, typed in a real Tasklist: a meeting started from the start form with its
   * decisions as labelled text, and an imported meeting's review corrected in its textarea. (A form-js dynamic list
   * cannot be completed in Tasklist 7.24: this journey is what found it; see workflow.DecisionBlocks.)
   */
  @Test
  @Order(6)
  void journey6_theProgrammerTypesInAMeeting_andCorrectsAnImportedOnesReview() throws Exception {
    // memo numbers of this run's own: a rerun of the journey (CI reruns a failed one) registers anew
    long run = System.currentTimeMillis() % 100_000;
    String typedMemo = "৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৮১." + bd.gov.followup.minutes.BengaliDigits.of(run);
    String typedKey = "56.04.4400.000.34.002.19.81." + run;
    Tasklist tasklist = Tasklist.logIn(browser("programmer"), "programmer");
    Browser browser = tasklist.browser;
    browser.click(browser.visible(By.cssSelector("a"), tasklistLabel("START_PROCESS")));
    browser.click(browser.visible(By.cssSelector(".modal-content ul.processes a"), "Meeting follow-up"));
    browser.visible(By.cssSelector(".modal-content .fjs-container"));
    tasklist.type("Field_Committee", "জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি");
    tasklist.type("Field_MemoNumber", typedMemo);
    tasklist.type("Field_MeetingTime", "১১:০০");
    tasklist.type("Field_DecisionsText", String.join("\n",
        "সিদ্ধান্ত ০১: উপজেলা পোর্টাল",
        "সিদ্ধান্ত: সকল উপজেলা নিজ নিজ ওয়েব পোর্টাল হালনাগাদ করবে।",
        "বাস্তবায়নকারী: উপজেলা নির্বাহী অফিসার (সকল), ঝিনাইদহ",
        "",
        "সিদ্ধান্ত ০২: জেলা পোর্টাল",
        "সিদ্ধান্ত: জেলা পোর্টালের নোটিশ বোর্ড হালনাগাদ হবে।",
        "বাস্তবায়নকারী: প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, ঝিনাইদহ",
        "সময়সীমা: ১০ কর্মদিবস"));
    // a day that does not exist: refused, and the refusal is brought into view above the long form
    tasklist.type("Field_MeetingDate", "৩১/১১/২০২৬");
    tasklist.field("Field_MeetingDate").sendKeys(Keys.TAB);
    ((org.openqa.selenium.JavascriptExecutor) browser.driver)
        .executeScript("if (document.activeElement) document.activeElement.blur();"); // form-js flushes on blur
    WebElement start = browser.visible(By.cssSelector("button[ng-click='startProcessInstance()']"));
    browser.wait.withMessage("the start button is enabled (the form is valid)").until(d -> start.isEnabled());
    browser.click(start);
    WebElement refusal = browser.wait.withMessage(() -> "the refusal of 31 November; notifications: "
        + tasklist.notifications()).until(d -> d.findElements(By.cssSelector(".modal-content .alert")).stream()
            .filter(e -> e.getText().contains("কোনো সঠিক তারিখ নয়")).findFirst().orElse(null));
    assertThat(refusal.getText()).contains("«সভার তারিখ»", "৩১/১১/২০২৬");
    browser.wait.withMessage("the refusal is scrolled into view").until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
        .executeScript("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
            refusal));
    // a day before today: minutes come after their meeting (a date after today is refused)
    java.time.LocalDate meetingDay = bd.gov.followup.workflow.DeadlineClock.today().minusDays(1);
    tasklist.type("Field_MeetingDate", bd.gov.followup.workflow.DecisionTexts.day(meetingDay));
    tasklist.field("Field_MeetingDate").sendKeys(Keys.TAB);
    ((org.openqa.selenium.JavascriptExecutor) browser.driver)
        .executeScript("if (document.activeElement) document.activeElement.blur();");
    browser.wait.withMessage("the start button is enabled again").until(d -> start.isEnabled());
    browser.click(start);
    browser.wait.withMessage(() -> "the start form closes; notifications: " + tasklist.notifications())
        .until(d -> browser.allVisible(By.cssSelector(".modal-content .fjs-container")).isEmpty());

    ProcessInstance typedIn = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(typedKey)
        .singleResult();
    assertThat(typedIn).as("the typed-in meeting runs under its memo number").isNotNull();
    assertThat(runtimeService.getVariable(typedIn.getId(), "minutes").toString())
        .as("the date typed day first").contains("\"date\":\"" + meetingDay + "\"");
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(typedIn.getId()).list())
        .extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder(typedKey + "/01", typedKey + "/02");

    // an imported meeting waits for the programmer's review; decision 03's "all UNOs" becomes Kaliganj's alone
    String importedMemo = "৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৮২." + bd.gov.followup.minutes.BengaliDigits.of(run);
    String importedKey = "56.04.4400.000.34.002.19.82." + run;
    String seed = new String(new ClassPathResource("minutes/jhenaidah-web-portal-committee-2023-11.txt")
        .getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace(
            "৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯", importedMemo);
    var extracted = new bd.gov.followup.minutes.TextMinutesReader().read(seed);
    assertThat(extracted.warnings()).as("the seed has lines the reader flags").isNotEmpty();
    ProcessInstance imported = meetingRegistration.register(extracted.meeting(), true, extracted.warnings());
    // this meeting's review, by its address (Tasklist opens ?task=…); its name says which meeting (two imports
    // waiting for review read apart)
    Task review = taskService.createTaskQuery().processInstanceId(imported.getId()).singleResult();
    assertThat(review.getName())
        .isEqualTo("কার্যবিবরণী যাচাই — " + taskService.getVariable(review.getId(), "meetingTitle"))
        .contains("কমিটির সভা, ১৯/১১/২০২৩");
    browser.open("/camunda/app/tasklist/default/#/?task=" + review.getId());
    browser.visible(Tasklist.FORM);
    // what the reader flagged is on the form, line by line
    String flagged = extracted.warnings().get(0).message();
    browser.wait.withMessage("the reader's first warning on the review form").until(d -> browser.bodyText()
        .contains("পাঠে যা দেখে নেওয়া দরকার") && browser.bodyText().contains(flagged.substring(0, Math.min(20, flagged.length()))));
    assertThat(browser.bodyText()).as("the memo number as the minutes write it").contains(importedMemo);
    tasklist.claim();
    WebElement decisions = tasklist.field("Field_DecisionsText");
    String text = decisions.getAttribute("value");
    assertThat(text).startsWith("সিদ্ধান্ত ০১:").contains("সিদ্ধান্ত ০৫:");
    String corrected = text.replaceAll("(?m)^বাস্তবায়নকারী: উপজেলা নির্বাহী অফিসার \\(সকল\\).*$",
        "বাস্তবায়নকারী: উপজেলা নির্বাহী অফিসার, কালীগঞ্জ, ঝিনাইদহ");
    assertThat(corrected).isNotEqualTo(text);
    tasklist.type("Field_DecisionsText", corrected);
    tasklist.check("Field_MinutesApproved");
    tasklist.complete();

    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(imported.getId()).count())
        .as("the five decisions start once reviewed").isEqualTo(5);
    String implementers = String.valueOf(runtimeService.getVariable(
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(importedKey + "/03").singleResult()
            .getId(), bd.gov.followup.workflow.ProcessVariables.IMPLEMENTER_PHRASES));
    assertThat(implementers).contains("উপজেলা নির্বাহী অফিসার, কালীগঞ্জ, ঝিনাইদহ");

    // the committee's next meeting: its minutes declare an earlier meeting's decision implemented, and the
    // programmer ticks it so in the review (the first one listed), with the meeting's words
    var m = extracted.meeting();
    var nextMeeting = new bd.gov.followup.minutes.Meeting(m.committee(), m.office(), m.chair(),
        java.time.LocalDate.of(2027, 1, 10), m.time(), m.place(), importedMemo + ".১", java.time.LocalDate.of(2027, 1, 12),
        null, m.signatories(), m.distribution(), m.decisions(), m.deadline(), m.reminderDays());
    ProcessInstance next = meetingRegistration.register(nextMeeting, true, List.of());
    Task nextReview = taskService.createTaskQuery().processInstanceId(next.getId()).singleResult();
    String firstCarried = new com.fasterxml.jackson.databind.ObjectMapper().readTree(String.valueOf(taskService
        .getVariable(nextReview.getId(), bd.gov.followup.workflow.ProcessVariables.CARRIED_OVER_OPTIONS)))
        .get(0).get("value").asText();
    browser.open("/camunda/app/tasklist/default/#/?task=" + nextReview.getId());
    browser.visible(Tasklist.FORM);
    tasklist.claim();
    WebElement implemented = browser.visible(By.cssSelector("input[id*='-Field_CarriedOverImplemented-']"));
    implemented.sendKeys(Keys.SPACE);
    browser.wait.withMessage("the first earlier decision is ticked as implemented").until(d -> implemented.isSelected());
    tasklist.type("Field_CarriedOverCloseReason", "১: এ সভার সিদ্ধান্ত ০১ অনুযায়ী বাস্তবায়িত");
    tasklist.check("Field_MinutesApproved");
    tasklist.complete();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(firstCarried)
        .variableName(bd.gov.followup.workflow.ProcessVariables.OUTCOME).singleResult().getValue())
        .as("settled as implemented, as the minutes said").isEqualTo("implemented");
  }
}
