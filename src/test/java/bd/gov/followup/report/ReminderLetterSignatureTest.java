package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.minutes.Meeting;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.junit.jupiter.api.Test;

/**
 * A reminder letter is signed by whoever chose it, months after the meeting perhaps: the deciding user's name over
 * the signing office's designation when Camunda knows the user by name and the user works in that office; else the
 * designation alone. Never the name of the chair in the minutes (here "মোঃ খালিদ হাসান"), who may have been
 * transferred since, or never held the office that signs.
 */
class ReminderLetterSignatureTest extends ReportTestSupport {

  static final String DESIGNATION = "<div>অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি)</div>";

  @Test
  void aChairsUserKnownByName_signsByName() throws Exception {
    String user = namedUser("adc-rafiqul-" + System.nanoTime(), "মোঃ রফিকুল", "ইসলাম", "adc-edu-ict");
    assertThat(signatureOfALetterChosenBy(user, "adc-edu-ict"))
        .startsWith("<div>(স্বাক্ষরিত)</div>\n<div>মোঃ রফিকুল ইসলাম</div>\n" + DESIGNATION)
        .doesNotContain("খালিদ");
  }

  @Test
  void aChairsUserWithoutAName_leavesTheDesignationToSignAlone() throws Exception {
    String user = namedUser("adc-unnamed-" + System.nanoTime(), null, " ", "adc-edu-ict");
    assertThat(signatureOfALetterChosenBy(user, "adc-edu-ict"))
        .startsWith("<div>(স্বাক্ষরিত)</div>\n" + DESIGNATION)
        .doesNotContain("খালিদ");
  }

  /** The application's own choice (no login): nobody's name. */
  @Test
  void aChoiceWithoutALogin_leavesTheDesignationToSignAlone() throws Exception {
    assertThat(signatureOfALetterChosenBy(null, null))
        .startsWith("<div>(স্বাক্ষরিত)</div>\n" + DESIGNATION)
        .doesNotContain("খালিদ");
  }

  @org.springframework.beans.factory.annotation.Autowired bd.gov.followup.workflow.LetterSignerName signerName;

  /** A named user lends its name to its own office's letters only (an administrator's is not the ADC's). */
  @Test
  void aNamedUserOfAnotherOffice_lendsTheSigningOfficeNoName() {
    String user = namedUser("ac-named-" + System.nanoTime(), "মোছাঃ নাসরিন", "আক্তার", "ac-ict");
    assertThat(signerName.of(user, "adc-edu-ict")).isNull();
    assertThat(signerName.of(user, "ac-ict")).isEqualTo("মোছাঃ নাসরিন আক্তার");
    assertThat(signerName.of(null, "ac-ict")).isNull();
  }

  private String namedUser(String userId, String firstName, String lastName, String group) {
    IdentityService identity = engine.getIdentityService();
    var user = identity.newUser(userId);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(userId, group);
    return userId;
  }

  /**
   * The demo minutes' decision 01, late in June 2024: the chair's review, completed by this user of this group (or
   * with no login), chooses a letter.
   */
  private String signatureOfALetterChosenBy(String userId, String group) throws Exception {
    at(REGISTERED);
    Meeting meeting = seedAs(".signer." + System.nanoTime());
    registration.register(meeting, false);
    ProcessInstance d1 = decision(meeting.memoKey(), 1);
    accept(d1, "2024-01-30", List.of());
    at(LocalDateTime.of(2024, 6, 10, 10, 0));
    runDueJobs(d1);
    String review = task(d1, TASK_REVIEW_OVERDUE_DECISION).getId();
    if (userId != null) {
      engine.getIdentityService().setAuthentication(userId, List.of(group));
    }
    try {
      engine.getTaskService().complete(review, Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "দ্রুত দিন"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runDueJobs(d1); // the letter, as the job executor sends it: without anyone's login
    List<Attachment> letters = engine.getTaskService().getProcessInstanceAttachments(d1.getId());
    assertThat(letters).hasSize(1);
    String letter = new String(engine.getTaskService().getAttachmentContent(letters.get(0).getId()).readAllBytes(),
        StandardCharsets.UTF_8);
    int signature = letter.indexOf("<div class=\"signature\">\n");
    assertThat(signature).isPositive();
    return letter.substring(signature + "<div class=\"signature\">\n".length());
  }
}
