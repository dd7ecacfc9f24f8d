package bd.gov.followup.web;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.workflow.MinutesVariable;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The secretary types minutes in on Tasklist's start form: they become the same workflows as a registration. */
class RegisterMinutesStartFormTest extends ApiTestSupport {

  @Autowired MinutesVariable minutesVariable;
  @Autowired JdbcTemplate jdbc;

  ProcessDefinition meetingDefinition() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(MEETING_PROCESS)
        .latestVersion().singleResult();
  }

  VariableMap typedIn(String memoNumber) {
    // as Tasklist's start form sends them: the textarea's labelled lines (workflow.DecisionBlocks)
    String decisions = """
        সিদ্ধান্ত ০১: ওয়েব পোর্টাল
        সিদ্ধান্ত: সকল দপ্তর পোর্টাল হালনাগাদ করবেন।
        বাস্তবায়নকারী: সকল দপ্তর প্রধান, ঝিনাইদহ।
        বাস্তবায়নকারী: প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, ঝিনাইদহ

        সিদ্ধান্ত ০২:
        উপজেলা পোর্টাল হালনাগাদ
        বাস্তবায়নকারী: উপজেলা নির্বাহী অফিসার (সকল)
        সময়সীমা: ২৯/০২/২০২৪ খ্রি.
        """;
    return Variables.createVariables()
        .putValue("committee", "জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি")
        .putValue("meetingOffice", "তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, জেলা কার্যালয়, ঝিনাইদহ")
        .putValue("chairName", "মোঃ খালিদ হাসান")
        .putValue("chairDesignation", "অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি)")
        .putValue("meetingDate", "2023-11-19")
        .putValue("meetingTime", "১২:০০")
        .putValue("memoNumber", memoNumber)
        .putValue("issueDate", "2023-12-06")
        .putValue("generalDeadline", "2024-01-30")
        .putValue("distributionText", "উপজেলা নির্বাহী অফিসার(সকল), ঝিনাইদহ\n\nঅফিস কপি")
        .putValue("decisionsText", decisions);
  }

  @Test
  void theStartForm_isDeployed() throws Exception {
    String form;
    try (InputStream in = engine.getFormService().getDeployedStartForm(meetingDefinition().getId())) {
      form = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    JsonNode schema = objectMapper.readTree(form);
    assertThat(schema.get("id").asText()).isEqualTo("RegisterMinutesForm");
    assertThat(schema.findValuesAsText("key")).contains("committee", "memoNumber", "meetingDate", "decisionsText");
    assertThat(schema.findValuesAsText("type")).doesNotContain("dynamiclist"); // see DecisionBlocks
  }

  /** As on import: a memo number with slashes is taken, and one already registered is refused as the form's field. */
  @Test
  void aMemoNumberWithSlashes_isTaken_andOneAlreadyRegisteredIsAFieldToCorrect() {
    String definitionId = meetingDefinition().getId();
    String memo = SEED_MEMO.replace("১৯.৬৯", "১৯/৬৯") + uniqueSuffix();
    ProcessInstance meeting = engine.getFormService().submitStartForm(definitionId, typedIn(memo));
    assertThat(meeting.getBusinessKey()).contains("19-69").doesNotContain("/");

    assertThatThrownBy(() -> engine.getFormService().submitStartForm(definitionId, typedIn(memo)))
        .satisfies(e -> assertThat(bd.gov.followup.web.FormRefusalExceptionMapper.refusal(e)).isNotNull()
            .hasMessageContaining("memoNumber").hasMessageContaining(meeting.getBusinessKey()));
  }

  /**
   * The same start form sent several times at once (a double click, two tabs): one meeting, and every other answer
   * the form's field to correct, never a server error — also for those whose look-up ran before the first commit.
   */
  @Test
  void theSameStartFormSentAtOnce_registersOneMeeting_andTellsTheOthersWhy() throws Exception {
    String definitionId = meetingDefinition().getId();
    String memo = SEED_MEMO + uniqueSuffix();
    int senders = 4;
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(senders);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(senders);
    java.util.List<Throwable> refusals = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    try {
      java.util.List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
      for (int i = 0; i < senders; i++) {
        sent.add(pool.submit(() -> {
          together.await(30, java.util.concurrent.TimeUnit.SECONDS);
          try {
            engine.getFormService().submitStartForm(definitionId, typedIn(memo));
          } catch (RuntimeException e) {
            refusals.add(e);
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> one : sent) {
        one.get(120, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(refusals).hasSize(senders - 1).allSatisfy(e ->
        assertThat(bd.gov.followup.web.FormRefusalExceptionMapper.refusal(e)).as(e.toString()).isNotNull()
            .hasMessageContaining("memoNumber: এই স্মারক নম্বরের সভা আগেই নিবন্ধিত"));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(MEETING_PROCESS)
        .processInstanceBusinessKey(bd.gov.followup.minutes.Meeting.keyOf(memo)).count()).isEqualTo(1);
  }

  /** A date typed before the meeting's is refused as the form's field, and nothing starts. */
  @Test
  void aDateBeforeTheMeeting_isAFieldToCorrect() {
    String memo = SEED_MEMO + uniqueSuffix();
    VariableMap early = typedIn(memo);
    early.putValue("generalDeadline", "২০২৩-১১-০১");
    early.putValue("decisionsText", ((String) early.get("decisionsText")).replace("২৯/০২/২০২৪", "২৯/০২/২০২০"));
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(meetingDefinition().getId(), early))
        .satisfies(e -> assertThat(bd.gov.followup.web.FormRefusalExceptionMapper.refusal(e)).isNotNull()
            .hasMessageContaining("generalDeadline: সাধারণ সময়সীমা ০১/১১/২০২৩ সভার তারিখ ১৯/১১/২০২৩-এর আগে")
            .hasMessageContaining("decisionsText: সিদ্ধান্ত ০২-এর সময়সীমা ২৯/০২/২০২০"));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(new Meeting(null, null, null, null, null, null, memo, null, null, null, null,
            null, null).memoKey()).count()).isZero();
  }

  /** A meeting dated after today is a slip of the year or month (minutes come after their meeting): refused. */
  @Test
  void aMeetingDateAfterToday_isAFieldToCorrect() {
    String memo = SEED_MEMO + uniqueSuffix();
    VariableMap future = typedIn(memo);
    java.time.LocalDate tomorrow = bd.gov.followup.workflow.DeadlineClock.today().plusDays(1);
    future.putValue("meetingDate", bd.gov.followup.workflow.DecisionTexts.day(tomorrow));
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(meetingDefinition().getId(), future))
        .satisfies(e -> assertThat(bd.gov.followup.web.FormRefusalExceptionMapper.refusal(e)).isNotNull()
            .hasMessageStartingWith("meetingDate: সভার তারিখ " + bd.gov.followup.workflow.DecisionTexts.day(tomorrow)
                + " আজকের (" + bd.gov.followup.workflow.DecisionTexts.day(tomorrow.minusDays(1)) + ") পরে"));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(new Meeting(null, null, null, null, null, null, memo, null, null, null, null,
            null, null).memoKey()).count()).isZero();
  }

  @Test
  void theSecretaryMayStartIt_anOfficeMayNot() {
    String definitionId = meetingDefinition().getId();
    engine.getIdentityService().setAuthentication("secretary-user", java.util.List.of("programmer-ict"));
    try {
      ProcessInstance meeting = engine.getFormService()
          .submitStartForm(definitionId, typedIn(SEED_MEMO + uniqueSuffix()));
      assertThat(meeting.getBusinessKey()).isNotNull();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    engine.getIdentityService().setAuthentication("uno-user", java.util.List.of("uno-kaliganj"));
    try {
      assertThatThrownBy(() -> engine.getFormService()
          .submitStartForm(definitionId, typedIn(SEED_MEMO + uniqueSuffix())))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Another committee's minutes typed in: its own secretary's to register, not the web portal secretary's. */
  @Test
  void anotherCommitteesMinutes_areItsOwnSecretarys() {
    String definitionId = meetingDefinition().getId();
    String memoNumber = SEED_MEMO + uniqueSuffix();
    VariableMap development = typedIn(memoNumber).putValue("committee", "জেলা উন্নয়ন সমন্বয় কমিটি");
    engine.getIdentityService().setAuthentication("secretary-user", java.util.List.of("programmer-ict"));
    try {
      assertThatThrownBy(() -> engine.getFormService().submitStartForm(definitionId, development))
          .isInstanceOf(bd.gov.followup.workflow.NotTheCommitteesSecretaryException.class)
          .hasMessageContaining("অতিরিক্ত জেলা প্রশাসক (সার্বিক)");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    engine.getIdentityService().setAuthentication("development-user", java.util.List.of("adc-general"));
    try {
      ProcessInstance meeting = engine.getFormService().submitStartForm(definitionId, development);
      assertThat(engine.getRuntimeService().getVariable(meeting.getId(), "chairGroup")).isEqualTo("dc");
      assertThat(engine.getRuntimeService().getVariable(meeting.getId(), "secretaryGroup")).isEqualTo("adc-general");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Past the start event (startInstructions): neither its checks, nor the committee's, would run; refused. */
  @Test
  void aStartAtAnActivity_isRefusedToTheSecretary() {
    String memoNumber = SEED_MEMO + uniqueSuffix();
    engine.getIdentityService().setAuthentication("secretary-user", java.util.List.of("programmer-ict"));
    try {
      assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceByKey(MEETING_PROCESS)
          .startBeforeActivity("Task_ReviewMinutes").setVariables(typedIn(memoNumber))
          .setVariable("secretaryGroup", "programmer-ict").setVariable("chairGroup", "programmer-ict")
          .execute(true, true))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class)
          .hasMessageContaining("a meeting starts at its start event");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(MEETING_PROCESS)
        .variableValueEquals("memoNumber", memoNumber).count()).isZero();
  }

  @Test
  void minutesTypedIn_startEveryDecision_underTheMemoNumber() {
    String suffix = uniqueSuffix();
    ProcessInstance meeting = engine.getFormService()
        .submitStartForm(meetingDefinition().getId(), typedIn(SEED_MEMO + suffix));
    String memoKey = keyOf(suffix);

    assertThat(meeting.getBusinessKey()).isEqualTo(memoKey);
    Meeting minutes = minutesVariable.fromVariable(engine.getRuntimeService().getVariable(meeting.getId(), MINUTES));
    assertThat(minutes.memoNumber()).isEqualTo(SEED_MEMO + suffix);
    assertThat(minutes.date()).isEqualTo(LocalDate.of(2023, 11, 19));
    assertThat(minutes.time()).hasToString("12:00");
    assertThat(minutes.deadline()).isEqualTo(LocalDate.of(2024, 1, 30));
    assertThat(minutes.distribution()).hasSize(2);
    assertThat(minutes.decisions()).hasSize(2);
    assertThat(minutes.decisions().get(0).implementers()).hasSize(2);
    assertThat(minutes.decisions().get(1).deadline()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(engine.getRuntimeService().getVariable(meeting.getId(), MEMO_KEY)).isEqualTo(memoKey);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(meeting.getId()).count()).isEqualTo(2);
    assertThat(jdbc.queryForObject("SELECT process_instance_id FROM followup_meeting_key WHERE memo_key = ?",
        String.class, memoKey)).isEqualTo(meeting.getId());

    // the same memo number again is refused, and nothing starts
    assertThatThrownBy(() -> engine.getFormService()
        .submitStartForm(meetingDefinition().getId(), typedIn(SEED_MEMO + suffix)))
        .satisfies(refusedWith(memoKey));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(memoKey).count()).isEqualTo(1);
  }

  @Test
  void theStartForm_carriesReminderDaysAndAWorkingDaySpan() {
    String decisions = """
        সিদ্ধান্ত ০১:
        সকল দপ্তর পোর্টাল হালনাগাদ করবেন।
        বাস্তবায়নকারী: সকল দপ্তর প্রধান, ঝিনাইদহ।
        সময়সীমা: ৭ কর্মদিবসের মধ্যে
        """;
    String suffix = uniqueSuffix();
    VariableMap form = typedIn(SEED_MEMO + suffix)
        // a committee of its own: the report tests in this context order the seed committee's deadlines
        .putValue("committee", "ওয়েব পোর্টাল কমিটি (কর্মদিবস পরীক্ষা)")
        .putValue("reminderDays", "৫, ২")
        .putValue("decisionsText", decisions);
    ProcessInstance meeting = engine.getFormService().submitStartForm(meetingDefinition().getId(), form);

    Meeting minutes = minutesVariable.fromVariable(engine.getRuntimeService().getVariable(meeting.getId(), MINUTES));
    assertThat(minutes.reminderDays()).containsExactly(5, 2);
    assertThat(minutes.decisions().get(0).deadlineWorkingDays()).isEqualTo(7);
    ProcessInstance decision = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(meeting.getId()).singleResult();
    assertThat(engine.getRuntimeService().getVariable(decision.getId(), DEADLINE))
        .as("7 working days after the issue date, Wednesday 6 December 2023").isEqualTo("2023-12-17");
    assertThat(bd.gov.followup.workflow.JsonVariables.readIntegers(
        engine.getRuntimeService().getVariable(decision.getId(), REMINDER_DAYS), REMINDER_DAYS)).containsExactly(5, 2);

    VariableMap badDays = typedIn(SEED_MEMO + uniqueSuffix()).putValue("reminderDays", "৭, শূন্য");
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(meetingDefinition().getId(), badDays))
        .satisfies(refusedWith("reminderDays"));
  }

  /** A memo number with a space is a key with a space: the forms' progress link still opens it. */
  @Test
  void aMemoNumberWithASpace_getsAProgressLinkThatOpens_andOneWithoutDigitsIsRefused() {
    String memo = "স্মারক " + SEED_MEMO + uniqueSuffix();
    ProcessInstance meeting = engine.getFormService().submitStartForm(meetingDefinition().getId(), typedIn(memo));
    ProcessInstance decision = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(meeting.getId()).list().get(0);
    assertThat(engine.getRuntimeService().getVariable(decision.getId(), PROGRESS_LINK).toString())
        .startsWith("/api/meetings/%E0%A6%B8").contains("%20").endsWith("/progress.html").doesNotContain(" ");
    for (String bad : java.util.List.of("..", "T-৪৫;৬%")) {
      assertThatThrownBy(() -> engine.getFormService().submitStartForm(meetingDefinition().getId(), typedIn(bad)))
          .satisfies(refusedWith("memoNumber", "a memo number has digits"));
    }
  }

  /** Dates as officials may type them, in Bengali digits. */
  @Test
  void aMeetingDateInBengaliDigits_isRead() {
    VariableMap form = typedIn(SEED_MEMO + uniqueSuffix()).putValue("meetingDate", "২০২৩-১১-১৯");
    ProcessInstance meeting = engine.getFormService().submitStartForm(meetingDefinition().getId(), form);
    Meeting minutes = minutesVariable.fromVariable(engine.getRuntimeService().getVariable(meeting.getId(), MINUTES));
    assertThat(minutes.date()).isEqualTo(LocalDate.of(2023, 11, 19));
    // day first, as the form's field asks for it and officials write it
    VariableMap dayFirst = typedIn(SEED_MEMO + uniqueSuffix()).putValue("meetingDate", "১৯/১১/২০২৩");
    ProcessInstance typed = engine.getFormService().submitStartForm(meetingDefinition().getId(), dayFirst);
    assertThat(minutesVariable.fromVariable(engine.getRuntimeService().getVariable(typed.getId(), MINUTES)).date())
        .isEqualTo(LocalDate.of(2023, 11, 19));
  }

  @Test
  void aStartFormWithoutMemoNumberOrWithABadDate_isRefused() {
    VariableMap noMemo = typedIn("");
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(meetingDefinition().getId(), noMemo))
        .satisfies(refusedWith("memoNumber"));
    VariableMap badDate = typedIn(SEED_MEMO + uniqueSuffix()).putValue("meetingDate", "31/11/2023");
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(meetingDefinition().getId(), badDate))
        .satisfies(refusedWith("meetingDate: «31/11/2023» কোনো সঠিক তারিখ নয়"));
    String dateless = SEED_MEMO + uniqueSuffix();
    VariableMap noDate = typedIn(dateless);
    noDate.remove("meetingDate");
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(meetingDefinition().getId(), noDate))
        .as("the form's 'required' is the browser's only").satisfies(refusedWith("meetingDate: সভার তারিখ দিন"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(bd.gov.followup.minutes.BengaliDigits.toAscii(dateless)).count()).isZero();
    VariableMap noImplementer = typedIn(SEED_MEMO + uniqueSuffix())
        .putValue("decisionsText", "সিদ্ধান্ত ০১: পোর্টাল\nসিদ্ধান্ত: হালনাগাদ করা হবে\nসময়সীমা: ৩১/০২/২০২৪");
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(meetingDefinition().getId(), noImplementer))
        // line 3: no such day; line 1: decision 01 has no implementer
        .satisfies(refusedWith("decisionsText line 3", "decisionsText line 1"));
  }

  /** Minutes come in only through the registration (or the form's fields): a start carrying them skips no check. */
  @Test
  void aStartCarryingMinutesOfItsOwn_isRefused_asIsAMemoNumberTooLongForItsKey() {
    String memo = SEED_MEMO + uniqueSuffix();
    Object forged = engine.getRuntimeService().getVariable(engine.getFormService()
        .submitStartForm(meetingDefinition().getId(), typedIn(memo)).getId(), MINUTES);
    String other = SEED_MEMO + uniqueSuffix();
    VariableMap typedInAndMinutes = typedIn(other);
    VariableMap withMinutes = Variables.createVariables().putValue(MINUTES, forged)
        .putValue(DECISION_NOS, "[\"01\"]").putValue(REVIEW_REQUIRED, false).putValue(CHAIR_GROUP, "uno-kaliganj");
    typedInAndMinutes.putAll(withMinutes);
    engine.getIdentityService().setAuthentication("secretary-user", java.util.List.of("programmer-ict"));
    try {
      assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(MEETING_PROCESS, other, withMinutes))
          .isInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class).hasMessageContaining(MINUTES);
      assertThatThrownBy(() -> engine.getFormService().submitStartForm(meetingDefinition().getId(), other,
          typedInAndMinutes))
          .isInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class).hasMessageContaining(MINUTES);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(other).count()).isZero();

    VariableMap longMemo = typedIn("স্মারক ".repeat(40) + uniqueSuffix());
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(meetingDefinition().getId(), longMemo))
        .isInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class)
        .hasMessageContaining("memoNumber").hasMessageContaining("200");
  }

  /** The refusal itself among the causes (the engine wraps it) and its message, not any text of the stack trace. */
  static java.util.function.Consumer<Throwable> refusedWith(String... texts) {
    return thrown -> {
      Throwable refusal = thrown;
      while (refusal != null && !(refusal instanceof org.camunda.bpm.engine.BadUserRequestException
          || refusal instanceof bd.gov.followup.workflow.MeetingAlreadyRegisteredException)) {
        refusal = refusal.getCause();
      }
      assertThat(refusal).as("a refusal among the causes of " + thrown).isNotNull();
      assertThat(refusal.getMessage()).contains(texts);
    };
  }
}
