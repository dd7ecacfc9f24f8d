package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.Meeting;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Carry-over: the committee's next meeting takes over the earlier meetings' open decisions, in its review task and
 * under "আগের সভার অনিষ্পন্ন সিদ্ধান্ত" in its progress report; closing one there with a reason ends that decision's
 * workflow, and the earlier meeting's report shows it closed, with the reason. Each test uses a committee of its own,
 * so that the other report tests' meetings (same committee, same date) never carry over into it.
 */
class CarryOverTest extends ReportTestSupport {

  @Autowired ProgressHtml html;
  @Autowired ProgressWorkbook workbook;
  @Autowired OpenDecisions openDecisions;

  /** The demo minutes as a meeting of the given committee on the given date, under a memo number of its own. */
  Meeting meetingOf(String committee, LocalDate date, String suffix) throws Exception {
    return meetingAt(committee, seed().office(), date, suffix);
  }

  /** The seed's decisions at a meeting of this committee, held at this office on this date, issued two days later. */
  Meeting meetingAt(String committee, String office, LocalDate date, String suffix) throws Exception {
    Meeting m = seed();
    return new Meeting(committee, office, m.chair(), date, m.time(), m.place(), m.memoNumber() + suffix,
        date.plusDays(2), null, m.signatories(), m.distribution(), m.decisions(), m.deadline());
  }

  /**
   * Every upazila has an "উপজেলা আইসিটি কমিটি": Shailkupa's meeting takes over nothing of Kaliganj's, though the name is
   * the same; Kaliganj's next meeting takes over Kaliganj's (the office written another way), and a district office's
   * meeting is the committee's whatever office wrote it before.
   */
  @Test
  void committeesOfTheSameNameInTwoUpazilas_carryOverOnlyTheirOwn() throws Exception {
    String committee = "উপজেলা আইসিটি কমিটি " + System.nanoTime();
    Meeting m = seed();
    at(LocalDateTime.of(2023, 11, 20, 11, 0));
    Meeting kaliganj =
        meetingAt(committee, "উপজেলা নির্বাহী অফিসারের কার্যালয়, কালীগঞ্জ, ঝিনাইদহ।", LocalDate.of(2023, 11, 19), ".kal." + System.nanoTime());
    registration.register(kaliganj, false);

    at(LocalDateTime.of(2023, 12, 20, 11, 0));
    Meeting shailkupa =
        meetingAt(committee, "উপজেলা নির্বাহী অফিসারের কার্যালয়, শৈলকুপা, ঝিনাইদহ", LocalDate.of(2023, 12, 17), ".sha." + System.nanoTime());
    registration.register(shailkupa, false);
    Meeting kaliganjAgain =
        meetingAt(committee, "ইউএনও অফিস, কালিগঞ্জ", LocalDate.of(2023, 12, 18), ".kal2." + System.nanoTime());
    registration.register(kaliganjAgain, false);

    assertThat(reports.of(shailkupa.memoKey()).previousDecisions()).as("another upazila's committee").isEmpty();
    assertThat(reports.of(kaliganjAgain.memoKey()).previousDecisions()).extracting(CarriedOverDecision::memoKey)
        .as("its own, its office written another way").containsOnly(kaliganj.memoKey()).hasSize(5);

    // the committee's open decisions: of every upazila's meetings, each with where it was held, or of one upazila's
    assertThat(openDecisions.of(committee)).extracting(OpenDecision::office).containsOnly(kaliganj.office(),
        shailkupa.office(), kaliganjAgain.office());
    assertThat(openDecisions.of(committee, "কালীগঞ্জ")).extracting(OpenDecision::memoKey).isNotEmpty()
        .containsOnly(kaliganj.memoKey(), kaliganjAgain.memoKey());
    assertThat(openDecisions.of(committee, "উপজেলা নির্বাহী অফিসারের কার্যালয়, শৈলকুপা")).extracting(OpenDecision::memoKey)
        .containsOnly(shailkupa.memoKey()).hasSize(5);
    assertThatThrownBy(() -> openDecisions.of(committee, "কালিগন্জো")).as("a typo reads no other upazila's")
        .isInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class).hasMessageContaining("office");
  }

  /** A meeting of the committee held at a district office (naming no upazila) is every later meeting's, as before. */
  @Test
  void aDistrictMeetingOfTheCommittee_isCarriedOverToAnUpazilasNextMeeting() throws Exception {
    String committee = "আইসিটি কমিটি " + System.nanoTime();
    Meeting m = seed();
    at(LocalDateTime.of(2023, 11, 20, 11, 0));
    Meeting district =
        meetingAt(committee, "জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ", LocalDate.of(2023, 11, 19), ".dis." + System.nanoTime());
    registration.register(district, false);

    at(LocalDateTime.of(2023, 12, 20, 11, 0));
    Meeting kaliganj =
        meetingAt(committee, "উপজেলা নির্বাহী অফিসারের কার্যালয়, কালীগঞ্জ, ঝিনাইদহ", LocalDate.of(2023, 12, 17), ".kal." + System.nanoTime());
    registration.register(kaliganj, false);

    assertThat(reports.of(kaliganj.memoKey()).previousDecisions()).extracting(CarriedOverDecision::memoKey)
        .containsOnly(district.memoKey()).hasSize(5);
  }

  /**
   * The same minutes registered twice (again under a corrected memo number): the next review's lines would read the
   * same twice over; each names its meeting's memo number, so the secretary can tell which one to settle.
   */
  @Test
  void twoMeetingsOfTheSameTitle_areToldApartByTheirMemoNumbers_inTheNextReview() throws Exception {
    String committee = "কমিটি " + System.nanoTime();
    at(REGISTERED);
    Meeting first = meetingOf(committee, LocalDate.of(2023, 11, 19), ".a." + System.nanoTime());
    Meeting again = meetingOf(committee, LocalDate.of(2023, 11, 19), ".b." + System.nanoTime());
    registration.register(first, false);
    registration.register(again, false);

    at(LocalDateTime.of(2024, 1, 14, 11, 0));
    ProcessInstance january = registration.register(
        meetingOf(committee, LocalDate.of(2024, 1, 10), ".jan." + System.nanoTime()), true);
    Task review = engine.getTaskService().createTaskQuery()
        .processInstanceId(january.getId()).taskDefinitionKey(TASK_REVIEW_MINUTES).singleResult();
    ArrayNode carried = (ArrayNode) objectMapper.readTree(
        engine.getTaskService().getVariable(review.getId(), CARRIED_OVER_OPTIONS).toString());
    List<String> labels = new java.util.ArrayList<>();
    carried.forEach(option -> labels.add(option.get("label").asText().replaceFirst("^[০-৯]+\\. ", "")));
    assertThat(labels).hasSize(10).doesNotHaveDuplicates();
    assertThat(labels).filteredOn(l -> l.contains("(স্মারক " + BengaliDigits.toBengali(first.memoNumber()) + ")"))
        .hasSize(5);
    assertThat(labels).filteredOn(l -> l.contains("(স্মারক " + BengaliDigits.toBengali(again.memoNumber()) + ")"))
        .hasSize(5);
  }

  @org.springframework.beans.factory.annotation.Autowired bd.gov.followup.workflow.DecisionClosing closing;

  @Test
  void openDecisionsGoOnTheNextMeetingsReview_andClosingOneThereShowsInBothReports() throws Exception {
    String committee = "কমিটি " + System.nanoTime();
    Meeting november = novemberWithDecision05Implemented(committee);
    accept(decision(november.memoKey(), 1), "2024-01-30", List.of());

    // January's minutes come from a file, so the secretary reviews them
    at(LocalDateTime.of(2024, 1, 14, 11, 0));
    Meeting january = meetingOf(committee, LocalDate.of(2024, 1, 10), ".jan." + System.nanoTime());
    ProcessInstance januaryInstance = registration.register(january, true);
    Task review = engine.getTaskService().createTaskQuery()
        .processInstanceId(januaryInstance.getId()).taskDefinitionKey(TASK_REVIEW_MINUTES).singleResult();
    assertThat(review.getDescription()).as("in Bengali, for this meeting")
        .startsWith((String) engine.getTaskService().getVariable(review.getId(), MEETING_TITLE) + " — ")
        .contains("আগের সভার অনিষ্পন্ন সিদ্ধান্ত এ সভা বাস্তবায়িত, অব্যাহত বা বন্ধ ঘোষণা করে থাকলে তা চিহ্নিত করুন");
    // the review form lists them: a checklist to close any of them, and the reason
    try (java.io.InputStream form = engine.getFormService().getDeployedTaskForm(review.getId())) {
      var schema = objectMapper.readTree(form);
      assertThat(schema.findValuesAsText("valuesKey")).contains(CARRIED_OVER_OPTIONS);
      assertThat(schema.findValuesAsText("key")).contains(CARRIED_OVER_TO_CLOSE, CARRIED_OVER_CLOSE_REASON,
          CARRIED_OVER_IMPLEMENTED, CARRIED_OVER_CONTINUED);
      assertThat(schema.findValuesAsText("type")).doesNotContain("dynamiclist");
      assertThat(schema.toString()).contains("{{carriedOverText}}", "আগের সভার অনিষ্পন্ন সিদ্ধান্ত");
    }
    ArrayNode carried = (ArrayNode) objectMapper.readTree(
        engine.getTaskService().getVariable(review.getId(), CARRIED_OVER_OPTIONS).toString());
    assertThat(carried).hasSize(4);
    assertThat(carried.get(1).get("label").asText()).startsWith("২. ")
        .contains("সিদ্ধান্ত ০২", "সময়সীমা: ৩০/০১/২০২৪", "বাস্তবায়নাধীন").as("one meeting of that title")
        .doesNotContain("স্মারক");
    String decision02 = carried.get(1).get("value").asText();
    String decision03 = carried.get(2).get("value").asText();
    assertThat(decision02).isEqualTo(decision(november.memoKey(), 2).getId());
    assertThat((String) engine.getTaskService().getVariable(review.getId(), CARRIED_OVER_TEXT))
        .startsWith("১. ").contains("সিদ্ধান্ত ০১", "সিদ্ধান্ত ০৪").doesNotContain("সিদ্ধান্ত ০৫");

    // before the review: the new meeting's own decisions wait, the previous ones are listed as they stand
    ProgressReport underReview = reports.of(january.memoKey());
    assertThat(underReview.decisions()).extracting(DecisionProgress::started).containsOnly(false);
    assertThat(underReview.previousDecisions()).extracting(p -> p.decision().number()).containsExactly(1, 2, 3, 4);
    assertThat(underReview.previousDecisions()).extracting(CarriedOverDecision::memoKey)
        .containsOnly(november.memoKey());
    assertThat(underReview.previousDecisions().get(0).decision().officesAsked()).isEqualTo(3);

    // 02 and 03 ticked without a reason, or a decision not carried over: refused, and nothing is closed
    assertThatThrownBy(() -> completeReview(review, List.of(decision02, decision03), " "))
        .satisfies(e -> assertThat(org.assertj.core.util.Throwables.getRootCause(e))
            .isInstanceOf(BadUserRequestException.class)
            .hasMessageContaining(CARRIED_OVER_CLOSE_REASON));
    assertThatThrownBy(() -> completeReview(review, List.of(januaryInstance.getId()), "ভুল"))
        .satisfies(e -> assertThat(org.assertj.core.util.Throwables.getRootCause(e))
            .hasMessageContaining("not a decision carried over"));
    // a reason of its own for 02, none for 03 and none for the rest: refused, naming 03
    assertThatThrownBy(() -> completeReview(review, List.of(decision02, decision03), "২: প্রতিস্থাপিত"))
        .satisfies(e -> assertThat(org.assertj.core.util.Throwables.getRootCause(e))
            .hasMessageContaining("ক্রমিক ৩-এর কারণ লিখুন"));
    assertThat(decision(november.memoKey(), 2)).isNotNull();
    // 02's reason and a line for 03, which is not ticked: a tick forgotten, refused naming it
    assertThatThrownBy(() -> completeReview(review, List.of(decision02), "২: প্রতিস্থাপিত\n৩: উপজেলায় নতুন সিদ্ধান্ত"))
        .satisfies(e -> assertThat(org.assertj.core.util.Throwables.getRootCause(e))
            .hasMessageContaining("ক্রমিক ৩-এর কারণ লেখা, কিন্তু সেটিতে টিক দেওয়া নেই"));

    // 03 is closed over the API meanwhile; ticked too, the review is refused naming it, so that the secretary unticks
    // it (the minutes' word on it is not lost unsaid), and 02 is not closed either
    closing.close(decision03, "আগেই বন্ধ", november.memoKey(), "reason");
    assertThatThrownBy(() -> completeReview(review, List.of(decision02, decision03),
        "২: জেলা তথ্য বাতায়ন প্রকল্পে অন্তর্ভুক্ত\n৩: উপজেলা পর্যায়ে নতুন সিদ্ধান্ত হয়েছে"))
        .satisfies(e -> assertThat(org.assertj.core.util.Throwables.getRootCause(e))
            .isInstanceOf(BadUserRequestException.class)
            .hasMessageStartingWith(CARRIED_OVER_TO_CLOSE + ": ক্রমিক ৩ (সিদ্ধান্ত ০৩, "
                + BengaliDigits.toBengali(november.memoNumber()) + ")")
            .hasMessageContaining("এর টিক তুলে দিন").hasMessageNotContaining("ক্রমিক ২"));
    assertThat(decision(november.memoKey(), 2)).as("rolled back with the refusal").isNotNull();
    completeReview(review, List.of(decision02), "জেলা তথ্য বাতায়ন প্রকল্পে অন্তর্ভুক্ত");
    assertThat(engine.getTaskService().getProcessInstanceComments(review.getProcessInstanceId()))
        .noneSatisfy(c -> assertThat(c.getFullMessage()).startsWith("নিষ্পত্তি করা হয়নি"));

    assertThat(decision(november.memoKey(), 2)).as("closed: no longer running").isNull();
    DecisionProgress closed = reports.of(november.memoKey()).decisions().get(1);
    assertThat(closed.state()).isEqualTo(DecisionState.CLOSED_NOT_IMPLEMENTED);
    assertThat(closed.closeReason()).isEqualTo("জেলা তথ্য বাতায়ন প্রকল্পে অন্তর্ভুক্ত");
    assertThat(closed.closedAtMeeting()).isEqualTo(january.memoKey());
    assertThat(html.render(reports.of(november.memoKey())))
        .contains("বন্ধের কারণ: জেলা তথ্য বাতায়ন প্রকল্পে অন্তর্ভুক্ত", "অবাস্তবায়িত হিসেবে বন্ধ")
        .as("the closing meeting by its date, as officials know it").contains("সভা, ১০/০১/২০২৪, স্মারক নং ");
    assertThat(reports.of(november.memoKey()).decisions().get(1).closedAtMeetingTitle()).endsWith("সভা, ১০/০১/২০২৪");

    ProgressReport afterReview = reports.of(january.memoKey());
    assertThat(afterReview.decisions()).extracting(DecisionProgress::started).containsOnly(true);
    assertThat(afterReview.previousDecisions()).extracting(p -> p.decision().state()).containsExactly(
        DecisionState.IN_PROGRESS, DecisionState.CLOSED_NOT_IMPLEMENTED, DecisionState.CLOSED_NOT_IMPLEMENTED,
        DecisionState.IN_PROGRESS);
    assertThat(afterReview.rates().decisions()).as("the rates are this meeting's own").isEqualTo(5);

    String page = html.render(afterReview);
    String previous = page.substring(page.indexOf("<h2 class=\"previous\">আগের সভার অনিষ্পন্ন সিদ্ধান্ত</h2>"));
    assertThat(previous.split("<tr class=\"decision")).hasSize(1 + 4);
    assertThat(previous).contains("বন্ধের কারণ: জেলা তথ্য বাতায়ন প্রকল্পে অন্তর্ভুক্ত", "সভা: ");
    assertThat(previous).as("what became of them since, not only that they were open").contains(
        "<div class=\"previous-summary\">এখানে দেখানো ৪টি সিদ্ধান্ত এ সভার কার্যবিবরণী নিবন্ধনের সময় অনিষ্পন্ন ছিল; এখন বাস্তবায়িত ০টি, "
            + "অবাস্তবায়িত হিসেবে বন্ধ ২টি, চলমান ২টি।</div>");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(afterReview, out);
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = read.getSheet(ProgressWorkbook.PREVIOUS_SHEET);
      DataFormatter format = new DataFormatter();
      Sheet rates = read.getSheet(ProgressWorkbook.RATES_SHEET);
      assertThat(format.formatCellValue(rates.getRow(rates.getLastRowNum()).getCell(0)))
          .isEqualTo(ProgressWorkbook.PREVIOUS_SHEET);
      assertThat(format.formatCellValue(rates.getRow(rates.getLastRowNum()).getCell(1)))
          .isEqualTo("এখানে দেখানো ৪টি সিদ্ধান্ত এ সভার কার্যবিবরণী নিবন্ধনের সময় অনিষ্পন্ন ছিল; এখন বাস্তবায়িত ০টি, "
              + "অবাস্তবায়িত হিসেবে বন্ধ ২টি, চলমান ২টি।");
      assertThat(format.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("সভা");
      // decision 01: three offices asked; 02 (closed before anyone was asked), 03, 04: one row each
      assertThat(sheet.getLastRowNum()).isEqualTo(3 + 1 + 1 + 1);
      assertThat(format.formatCellValue(sheet.getRow(4).getCell(1))).as("as written, in Bengali digits, as the page")
          .isEqualTo(bd.gov.followup.minutes.BengaliDigits.toBengali(november.memoNumber()));
      assertThat(format.formatCellValue(sheet.getRow(4).getCell(2 + 5))).isEqualTo("অবাস্তবায়িত হিসেবে বন্ধ");
      assertThat(format.formatCellValue(sheet.getRow(4).getCell(2 + 15))).as("the reason, and the meeting that closed it")
          .startsWith("জেলা তথ্য বাতায়ন প্রকল্পে অন্তর্ভুক্ত (").contains("সভা, ১০/০১/২০২৪, স্মারক নং ").endsWith(")").doesNotContain(" সভায়)");
    }
  }

  /**
   * The next meeting's minutes say what became of the earlier decisions, and the review records it as they say:
   * 01 declared implemented (an office had reported, none verified), 03 continued by a decision of the new meeting
   * (its offices' tasks end, so nobody reports the same work twice), 02 closed as not implemented. The earlier
   * meeting's rate counts 01 as implemented and leaves 03 out: it is counted under the decision that continues it.
   */
  @Test
  void theNextMeetingSettlesEarlierDecisions_asImplementedContinuedOrClosed() throws Exception {
    String committee = "কমিটি " + System.nanoTime();
    Meeting november = novemberWithDecision05Implemented(committee);
    accept(decision(november.memoKey(), 1), "2024-01-30", List.of());
    accept(decision(november.memoKey(), 3), "2024-01-30", List.of());
    String reporting = reports.of(november.memoKey()).decisions().get(0).offices().get(0).office();
    report(decision(november.memoKey(), 1), reporting, "হালনাগাদ করা হয়েছে", "");
    String continuedId = decision(november.memoKey(), 3).getId();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(continuedId)
        .taskDefinitionKey(TASK_REPORT_UPDATE).count()).as("03's offices at work").isPositive();

    at(LocalDateTime.of(2024, 1, 14, 11, 0));
    Meeting january = meetingOf(committee, LocalDate.of(2024, 1, 10), ".jan." + System.nanoTime());
    ProcessInstance januaryInstance = registration.register(january, true);
    Task review = engine.getTaskService().createTaskQuery()
        .processInstanceId(januaryInstance.getId()).taskDefinitionKey(TASK_REVIEW_MINUTES).singleResult();
    ArrayNode carried = (ArrayNode) objectMapper.readTree(
        engine.getTaskService().getVariable(review.getId(), CARRIED_OVER_OPTIONS).toString());
    String one = carried.get(0).get("value").asText();
    String two = carried.get(1).get("value").asText();
    String three = carried.get(2).get("value").asText();
    assertThat(three).isEqualTo(continuedId);
    String reasons = "১: এই সভার সিদ্ধান্ত ০১ অনুযায়ী বাস্তবায়িত\n২: প্রয়োজন নেই\n৩: এই সভার সিদ্ধান্ত ০২-এ অব্যাহত";

    assertThatThrownBy(() -> completeReview(review, List.of(one), List.of(), List.of(one, two), reasons))
        .satisfies(e -> assertThat(org.assertj.core.util.Throwables.getRootCause(e))
            .isInstanceOf(BadUserRequestException.class)
            .hasMessageContaining(CARRIED_OVER_TO_CLOSE + ": ক্রমিক ১ একাধিক তালিকায় টিক দেওয়া"));
    assertThat(decision(november.memoKey(), 1)).as("nothing settled").isNotNull();

    completeReview(review, List.of(one), List.of(three), List.of(two), reasons);

    ProgressReport settled = reports.of(november.memoKey());
    assertThat(settled.decisions()).extracting(DecisionProgress::state).containsExactly(
        DecisionState.IMPLEMENTED, DecisionState.CLOSED_NOT_IMPLEMENTED, DecisionState.CONTINUED,
        DecisionState.IN_PROGRESS, DecisionState.IMPLEMENTED);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(continuedId).count())
        .as("03's work goes on under January's decision only").isZero();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(continuedId)
        .variableName(OUTCOME).singleResult().getValue()).isEqualTo("continued");
    ProgressReport.Rates rates = settled.rates();
    assertThat(List.of(rates.decisionsImplemented(), rates.decisionsCounted(), rates.decisionsClosed(),
        rates.decisionsContinued(), rates.decisionsOpen())).containsExactly(2, 4, 1, 1, 1);
    assertThat(rates.decisionRate()).isEqualTo(50.0);
    DecisionProgress declared = settled.decisions().get(0);
    assertThat(declared.closeReason()).isEqualTo("এই সভার সিদ্ধান্ত ০১ অনুযায়ী বাস্তবায়িত");
    assertThat(declared.actionsTaken()).contains("সভার ঘোষণা অনুযায়ী বাস্তবায়িত হিসেবে নিষ্পন্ন করা হয়েছে: সদস্য-সচিব");
    String page = html.render(settled);
    assertThat(page).contains(
        "বাস্তবায়িত হিসেবে নিষ্পত্তির ভিত্তি: এই সভার সিদ্ধান্ত ০১ অনুযায়ী বাস্তবায়িত",
        "<i>দাখিল; সভার ঘোষণায় সিদ্ধান্ত বাস্তবায়িত</i>",
        "অব্যাহত রাখার কারণ: এই সভার সিদ্ধান্ত ০২-এ অব্যাহত",
        "; কাজ পরবর্তী সভার সিদ্ধান্তে অব্যাহত",
        "বন্ধের কারণ: প্রয়োজন নেই",
        "সিদ্ধান্ত ২/৪ (৫০", "(পরবর্তী সভার সিদ্ধান্তে অব্যাহত ১টি হারের বাইরে)");

    assertThat(html.render(reports.of(january.memoKey()))).contains("এখন বাস্তবায়িত ১টি, অবাস্তবায়িত হিসেবে বন্ধ ১টি, "
        + "পরবর্তী সভার সিদ্ধান্তে অব্যাহত ১টি, চলমান ১টি।");
  }

  /**
   * Minutes discarded in their review settle nothing, though earlier decisions were ticked: they stay open, and the
   * right minutes, registered under the same memo number, list them again.
   */
  @Test
  void minutesDiscardedInTheirReview_settleNoEarlierDecision() throws Exception {
    String committee = "কমিটি " + System.nanoTime();
    Meeting november = novemberWithDecision05Implemented(committee);
    at(LocalDateTime.of(2024, 1, 14, 11, 0));
    Meeting january = meetingOf(committee, LocalDate.of(2024, 1, 10), ".jan." + System.nanoTime());
    ProcessInstance discarded = registration.register(january, true);
    Task review = engine.getTaskService().createTaskQuery()
        .processInstanceId(discarded.getId()).taskDefinitionKey(TASK_REVIEW_MINUTES).singleResult();
    String decision02 = decision(november.memoKey(), 2).getId();

    engine.getTaskService().complete(review.getId(), Variables.createVariables()
        .putValue(DISCARD_MINUTES, true)
        .putValue(DISCARD_REASON, "ভুল সভার ফাইল")
        .putValue(CARRIED_OVER_TO_CLOSE, checklist(List.of(decision02)))
        .putValue(CARRIED_OVER_CLOSE_REASON, "২: প্রতিস্থাপিত"));

    assertThat(decision(november.memoKey(), 2)).as("still open").isNotNull();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(discarded.getId())
        .singleResult().getEndActivityId()).isEqualTo(EVENT_MINUTES_DISCARDED);
    ProcessInstance right = registration.register(january, true);
    Task again = engine.getTaskService().createTaskQuery()
        .processInstanceId(right.getId()).taskDefinitionKey(TASK_REVIEW_MINUTES).singleResult();
    assertThat(objectMapper.readTree(engine.getTaskService().getVariable(again.getId(), CARRIED_OVER_OPTIONS)
        .toString())).hasSize(4);
    assertThat(reports.of(january.memoKey()).previousDecisions()).hasSize(4);
  }

  /**
   * A meeting registered over the API has no review task: its report still carries the earlier meetings' open
   * decisions — of every earlier meeting, however far back — and none of a meeting held later.
   */
  @Test
  void aMeetingRegisteredWithoutReview_carriesOverEveryEarlierMeetingsOpenDecisions() throws Exception {
    String committee = "কমিটি " + System.nanoTime();
    Meeting november = novemberWithDecision05Implemented(committee);

    at(LocalDateTime.of(2023, 12, 20, 11, 0));
    Meeting december = meetingOf(committee, LocalDate.of(2023, 12, 17), ".dec." + System.nanoTime());
    registration.register(december, false);
    // registered late: a meeting held in October takes over nothing of November's or December's
    Meeting october = meetingOf(committee, LocalDate.of(2023, 10, 15), ".oct." + System.nanoTime());
    registration.register(october, false);

    at(LocalDateTime.of(2024, 2, 4, 11, 0));
    Meeting february = meetingOf(committee, LocalDate.of(2024, 2, 1), ".feb." + System.nanoTime());
    ProcessInstance februaryInstance = registration.register(february, false);

    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(februaryInstance.getId()).count())
        .as("no review").isZero();
    assertThat(engine.getRuntimeService().getVariable(februaryInstance.getId(), CARRIED_OVER_OPTIONS))
        .as("no review form checklist without a review").isNull();
    ProgressReport report = reports.of(february.memoKey());
    assertThat(report.previousDecisions())
        .extracting(p -> p.meetingDate() + "/" + p.decision().number())
        .containsExactlyInAnyOrder(
            "2023-11-19/1", "2023-11-19/2", "2023-11-19/3", "2023-11-19/4",
            "2023-12-17/1", "2023-12-17/2", "2023-12-17/3", "2023-12-17/4", "2023-12-17/5",
            "2023-10-15/1", "2023-10-15/2", "2023-10-15/3", "2023-10-15/4", "2023-10-15/5");
    assertThat(report.previousDecisions()).extracting(p -> p.decision().state())
        .as("the deadline of 30 January has passed").containsOnly(DecisionState.OVERDUE);
    assertThat(reports.of(october.memoKey()).previousDecisions()).isEmpty();
    assertThat(reports.of(december.memoKey()).previousDecisions()).extracting(CarriedOverDecision::memoKey)
        .containsOnly(november.memoKey()).hasSize(4);
  }

  /**
   * November's minutes still wait for the secretary's review when December's meeting is registered: their decisions
   * have not started, and once the review starts them they show on December's report as carried over.
   */
  @Test
  void anEarlierMeetingStillUnderReview_hasItsDecisionsCarriedOverOnceTheyStart() throws Exception {
    String committee = "কমিটি " + System.nanoTime();
    at(LocalDateTime.of(2023, 12, 20, 11, 0));
    Meeting november = meetingOf(committee, LocalDate.of(2023, 11, 19), ".nov." + System.nanoTime());
    ProcessInstance novemberInstance = registration.register(november, true);
    Meeting december = meetingOf(committee, LocalDate.of(2023, 12, 17), ".dec." + System.nanoTime());
    registration.register(december, false);
    assertThat(reports.of(december.memoKey()).previousDecisions()).as("not started yet").isEmpty();

    completeReview(engine.getTaskService().createTaskQuery().processInstanceId(novemberInstance.getId())
        .singleResult(), List.of(), "");

    assertThat(reports.of(december.memoKey()).previousDecisions())
        .extracting(p -> p.memoKey() + "/" + p.decision().number())
        .containsExactlyInAnyOrder(november.memoKey() + "/1", november.memoKey() + "/2", november.memoKey() + "/3",
            november.memoKey() + "/4", november.memoKey() + "/5");
  }

  /**
   * The secretary's review of November's minutes adds a decision the reader missed (০৬) after December's meeting was
   * registered: December's list takes November's decisions as the review left them, ০৬ with them.
   */
  @Test
  void aDecisionAddedInTheEarlierMeetingsReview_isCarriedOverWithTheOthers() throws Exception {
    String committee = "কমিটি " + System.nanoTime();
    at(LocalDateTime.of(2023, 12, 20, 11, 0));
    Meeting november = meetingOf(committee, LocalDate.of(2023, 11, 19), ".nov." + System.nanoTime());
    ProcessInstance novemberInstance = registration.register(november, true);
    Meeting december = meetingOf(committee, LocalDate.of(2023, 12, 17), ".dec." + System.nanoTime());
    registration.register(december, false);

    approveWithDecision06(novemberInstance);

    assertThat(reports.of(november.memoKey()).decisions()).extracting(DecisionProgress::number)
        .containsExactly(1, 2, 3, 4, 5, 6);
    ProgressReport report = reports.of(december.memoKey());
    assertThat(report.previousDecisions()).extracting(p -> p.memoKey() + "/" + p.decision().number())
        .containsExactly(november.memoKey() + "/1", november.memoKey() + "/2", november.memoKey() + "/3",
            november.memoKey() + "/4", november.memoKey() + "/5", november.memoKey() + "/6");
    assertThat(html.render(report)).contains("এখানে দেখানো ৬টি সিদ্ধান্ত", "সিদ্ধান্ত ০৬: সামাজিক মাধ্যম");
  }

  /**
   * A meeting registered before the snapshot named the earlier meeting under review kept that meeting's decision
   * numbers as imported: its report still reads, and takes the earlier meeting's decisions as its review left them.
   */
  @Test
  void aSnapshotOfTheEarlierShape_readsTheEarlierMeetingsDecisionsAsItsReviewLeftThem() throws Exception {
    String committee = "কমিটি " + System.nanoTime();
    at(LocalDateTime.of(2023, 12, 20, 11, 0));
    Meeting november = meetingOf(committee, LocalDate.of(2023, 11, 19), ".nov." + System.nanoTime());
    ProcessInstance novemberInstance = registration.register(november, true);
    Meeting december = meetingOf(committee, LocalDate.of(2023, 12, 17), ".dec." + System.nanoTime());
    ProcessInstance decemberInstance = registration.register(december, false);
    String title = (String) engine.getRuntimeService().getVariable(novemberInstance.getId(), MEETING_TITLE);
    ArrayNode earlierShape = objectMapper.createArrayNode();
    for (int number = 1; number <= 5; number++) {
      earlierShape.addObject().putNull("processInstanceId").put("memoKey", november.memoKey())
          .put("meetingTitle", title).put("meetingDate", "2023-11-19").put("number", number);
    }
    engine.getRuntimeService().setVariable(decemberInstance.getId(), CARRIED_OVER_DECISIONS,
        SpinValues.jsonValue(earlierShape.toString()).create());
    assertThat(reports.of(december.memoKey()).previousDecisions()).as("not started yet").isEmpty();

    approveWithDecision06(novemberInstance);

    assertThat(reports.of(december.memoKey()).previousDecisions()).extracting(p -> p.decision().number())
        .containsExactly(1, 2, 3, 4, 5, 6);
  }

  /** The secretary approves the minutes under review with a block added: decision ০৬, which the reader missed. */
  private void approveWithDecision06(ProcessInstance meeting) {
    Task review = engine.getTaskService().createTaskQuery().processInstanceId(meeting.getId()).singleResult();
    String blocks = (String) engine.getTaskService().getVariable(review.getId(),
        bd.gov.followup.workflow.DecisionBlocks.VARIABLE);
    engine.getTaskService().complete(review.getId(), Variables.createVariables()
        .putValue("minutesApproved", true)
        .putValue(bd.gov.followup.workflow.DecisionBlocks.VARIABLE, blocks.stripTrailing()
            + "\n\nসিদ্ধান্ত ০৬: সামাজিক মাধ্যম\nসিদ্ধান্ত: জেলা প্রশাসনের ফেসবুক পাতা নিয়মিত হালনাগাদ করা হবে।\n"
            + "বাস্তবায়নকারী: প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, ঝিনাইদহ\n"));
  }

  /**
   * Minutes write the same committee with or without a linking word, with other spacing: the next meeting still takes
   * over its open decisions, and the open-decisions list knows the committee by either name.
   */
  @Test
  void theSameCommitteeSpelledAnotherWay_stillCarriesItsOpenDecisionsOver() throws Exception {
    String subject = "জেলা ওয়েব পোর্টাল হালনাগাদ " + System.nanoTime();
    Meeting november = novemberWithDecision05Implemented(subject + " সংক্রান্ত কমিটি");

    at(LocalDateTime.of(2023, 12, 20, 11, 0));
    Meeting december = meetingOf(subject + "  কমিটি।", LocalDate.of(2023, 12, 17), ".dec." + System.nanoTime());
    registration.register(december, false);

    assertThat(reports.of(december.memoKey()).previousDecisions()).extracting(CarriedOverDecision::memoKey)
        .containsOnly(november.memoKey()).hasSize(4);
    assertThat(openDecisions.of(subject + " কমিটি")).extracting(OpenDecision::memoKey)
        .contains(november.memoKey(), december.memoKey());
    // another committee is another committee, however alike
    Meeting other = meetingOf(subject + " মনিটরিং কমিটি", LocalDate.of(2023, 12, 18), ".oth." + System.nanoTime());
    registration.register(other, false);
    assertThat(reports.of(other.memoKey()).previousDecisions()).isEmpty();
  }

  /** November's meeting of the committee, registered without review: decision 05 implemented, the others open. */
  private Meeting novemberWithDecision05Implemented(String committee) throws Exception {
    at(REGISTERED);
    Meeting november = meetingOf(committee, LocalDate.of(2023, 11, 19), ".nov." + System.nanoTime());
    registration.register(november, false);
    ProcessInstance five = decision(november.memoKey(), 5);
    accept(five, "2024-01-30", List.of());
    report(five, "programmer-ict", "জেলা পোর্টাল হালনাগাদ", "");
    verify(five, "programmer-ict", VERDICT_ACCEPTED, "");
    return november;
  }

  /** As Tasklist submits the review form: the checklist's ticked values as a JSON array, and the reason. */
  private void completeReview(Task review, List<String> toClose, String reason) {
    completeReview(review, List.of(), List.of(), toClose, reason);
  }

  /** The three checklists: settled as implemented, continued by a decision of the new meeting, closed. */
  private void completeReview(Task review, List<String> implemented, List<String> continued, List<String> toClose,
      String reason) {
    engine.getTaskService().complete(review.getId(), Variables.createVariables()
        .putValue("minutesApproved", true)
        .putValue(CARRIED_OVER_IMPLEMENTED, checklist(implemented))
        .putValue(CARRIED_OVER_CONTINUED, checklist(continued))
        .putValue(CARRIED_OVER_TO_CLOSE, checklist(toClose))
        .putValue(CARRIED_OVER_CLOSE_REASON, reason));
  }

  private org.camunda.spin.plugin.variable.value.JsonValue checklist(List<String> ticked) {
    return SpinValues.jsonValue(objectMapper.valueToTree(ticked).toString()).create();
  }
}
