package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.directory.OfficeDirectory;
import bd.gov.followup.minutes.Meeting;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The directory lists a committee whose meeting was registered before, with the first committee's roles (an upgrade,
 * or a committee added after its meeting came in): at the next start the running meeting, its decisions and the open
 * tasks the roles hold go to the committee's own secretary and chair, once.
 */
@SpringBootTest
@ActiveProfiles("processtest")
class CommitteeHandoverTest extends ProcessTestSupport {

  static final String COMMITTEE = "জেলা হস্তান্তর পরীক্ষা কমিটি";

  @Autowired MeetingRegistration registration;
  @Autowired CommitteeHandover handover;
  @Autowired ObjectMapper objectMapper;

  @Test
  void aCommitteeListedAfterItsMeetingCameIn_takesItsRunningMeetingOver_once() throws Exception {
    Meeting meeting = meetingOf(COMMITTEE, ".handover");
    ProcessInstance registered = registration.register(meeting, false);
    assertThat(variable(registered, CHAIR_GROUP)).as("unlisted: the first committee's").isEqualTo("adc-edu-ict");
    List<ProcessInstance> decisions = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(registered.getId()).list();
    decisions.forEach(this::runJobsNotAfterNow); // the seed's deadline passed long ago: reviews open
    List<Task> reviews = engine.getTaskService().createTaskQuery()
        .processInstanceIdIn(decisions.stream().map(ProcessInstance::getId).toArray(String[]::new))
        .taskDefinitionKey(TASK_REVIEW_OVERDUE_DECISION).list();
    assertThat(reviews).isNotEmpty().allSatisfy(review -> assertThat(candidateGroups(review)).contains("adc-edu-ict"));

    CommitteeHandover listed = new CommitteeHandover(withCommittee(), engine.getRuntimeService(),
        engine.getTaskService(), engine.getManagementService());
    try {
      assertThat(listed.handOver()).isEqualTo(1);
      assertThat(variable(registered, SECRETARY_GROUP)).isEqualTo("adc-general");
      assertThat(variable(registered, CHAIR_GROUP)).isEqualTo("adc-revenue");
      assertThat(decisions).allSatisfy(decision -> {
        assertThat(variable(decision, SECRETARY_GROUP)).isEqualTo("adc-general");
        assertThat(variable(decision, CHAIR_GROUP)).isEqualTo("adc-revenue");
      });
      assertThat(reviews).allSatisfy(review ->
          assertThat(candidateGroups(review)).contains("adc-revenue").doesNotContain("adc-edu-ict"));
      assertThat(listed.handOver()).as("the same directory at the next start").isZero();
    } finally {
      assertThat(handover.handOver()).as("back to the file the other tests use").isEqualTo(1);
    }
    assertThat(variable(registered, CHAIR_GROUP)).isEqualTo("adc-edu-ict");
    assertThat(reviews).allSatisfy(review -> assertThat(candidateGroups(review)).doesNotContain("adc-revenue"));
  }

  /** The seed's minutes as another committee's, under a memo number of the test's own. */
  Meeting meetingOf(String committee, String memoSuffix) throws Exception {
    try (var in = new ClassPathResource("demo/jhenaidah-web-portal-committee-2023-11.json").getInputStream()) {
      ObjectNode node = (ObjectNode) objectMapper.readTree(in);
      node.put("committee", committee);
      node.put("memoNumber", node.get("memoNumber").asText() + memoSuffix);
      return objectMapper.treeToValue(node, Meeting.class);
    }
  }

  /** Jhenaidah's directory with the test's committee listed: the ADC (General) its secretary, the ADC (Revenue) chair. */
  static OfficeDirectory withCommittee() throws Exception {
    String yaml = new String(new ClassPathResource("directory/jhenaidah.yaml").getInputStream().readAllBytes(),
        StandardCharsets.UTF_8);
    String listed = yaml.replace("committees:\n", "committees:\n  - name: " + COMMITTEE
        + "\n    secretary: adc-general\n    chair: adc-revenue\n");
    if (listed.equals(yaml)) {
      throw new AssertionError("the directory lists no committees to add to");
    }
    return OfficeDirectory.load(new ByteArrayInputStream(listed.getBytes(StandardCharsets.UTF_8)));
  }
}
