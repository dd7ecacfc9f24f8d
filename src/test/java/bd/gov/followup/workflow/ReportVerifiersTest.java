package bd.gov.followup.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.directory.JhenaidahDirectory;
import bd.gov.followup.workflow.ReportVerifiers.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who verifies a report, and who may complete its verification (reports sent by no logged-in user). */
class ReportVerifiersTest {

  // the sender's offices need Camunda's identity store; none is asked for reports that no user sent
  final ReportVerifiers verifiers = new ReportVerifiers(JhenaidahDirectory.DIRECTORY, null);

  @Test
  void theLeadAndTheSecretary_butNeverTheReportingOffice_elseTheChair() {
    assertThat(verifiers.of("ac-ict", new Report("ac-education", null))).containsExactly("ac-ict", "programmer-ict");
    assertThat(verifiers.of("ac-ict", new Report("ac-ict", null))).containsExactly("programmer-ict");
    assertThat(verifiers.of("programmer-ict", new Report("programmer-ict", null))).containsExactly("adc-edu-ict");
    assertThat(verifiers.decisionWide("ac-ict")).containsExactly("ac-ict", "programmer-ict");
  }

  @Test
  void mayVerify_aVerifierOrTheChair_neverTheOfficeItself_norAnyoneElse() {
    Report education = new Report("ac-education", null);
    assertThat(verifiers.mayVerify("u", List.of("ac-ict"), "ac-ict", education)).as("the lead").isTrue();
    assertThat(verifiers.mayVerify("u", List.of("programmer-ict"), "ac-ict", education)).as("the secretary").isTrue();
    assertThat(verifiers.mayVerify("u", List.of("adc-edu-ict"), "ac-ict", education)).as("the chair").isTrue();
    assertThat(verifiers.mayVerify("u", List.of("head-ddlg"), "ac-ict", education)).as("another office").isFalse();
    assertThat(verifiers.mayVerify("u", List.of("ac-education", "programmer-ict"), "ac-ict", education))
        .as("a user of the reporting office, whatever else it is").isFalse();
    assertThat(verifiers.mayVerify("sender", List.of("ac-ict"), "ac-ict", new Report("ac-education", "sender")))
        .as("the user who sent it").isFalse();
  }
}
