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

  /** The web portal committee's roles, with this lead. */
  private static ReportVerifiers.Roles jhenaidah(String lead) {
    return new ReportVerifiers.Roles(lead, "programmer-ict", "adc-edu-ict");
  }

  @Test
  void anotherCommittee_itsOwnSecretaryAndChair() {
    ReportVerifiers.Roles development = new ReportVerifiers.Roles("head-lged", "adc-general", "dc");
    assertThat(verifiers.of(development, new Report("uno-sadar", null))).containsExactly("head-lged", "adc-general");
    assertThat(verifiers.of(development, new Report("adc-general", null)))
        .as("the secretary's own report, the lead verifies").containsExactly("head-lged");
    ReportVerifiers.Roles secretaryLeads = new ReportVerifiers.Roles("adc-general", "adc-general", "dc");
    assertThat(verifiers.of(secretaryLeads, new Report("adc-general", null))).as("nobody left: its chair")
        .containsExactly("dc");
    assertThat(verifiers.mayVerify("u", List.of("dc"), development, new Report("uno-sadar", null)))
        .as("its chair").isTrue();
    assertThat(verifiers.mayVerify("u", List.of("adc-edu-ict"), development, new Report("uno-sadar", null)))
        .as("another committee's chair").isFalse();
    assertThat(verifiers.mayVerify("u", List.of("programmer-ict"), development, new Report("uno-sadar", null)))
        .as("another committee's secretary").isFalse();
  }

  @Test
  void theLeadAndTheSecretary_butNeverTheReportingOffice_elseTheChair() {
    assertThat(verifiers.of(jhenaidah("ac-ict"), new Report("ac-education", null))).containsExactly("ac-ict", "programmer-ict");
    assertThat(verifiers.of(jhenaidah("ac-ict"), new Report("ac-ict", null))).containsExactly("programmer-ict");
    assertThat(verifiers.of(jhenaidah("programmer-ict"), new Report("programmer-ict", null))).containsExactly("adc-edu-ict");
    assertThat(verifiers.decisionWide(jhenaidah("ac-ict"))).containsExactly("ac-ict", "programmer-ict");
  }

  @Test
  void mayVerify_aVerifierOrTheChair_neverTheOfficeItself_norAnyoneElse() {
    Report education = new Report("ac-education", null);
    assertThat(verifiers.mayVerify("u", List.of("ac-ict"), jhenaidah("ac-ict"), education)).as("the lead").isTrue();
    assertThat(verifiers.mayVerify("u", List.of("programmer-ict"), jhenaidah("ac-ict"), education)).as("the secretary").isTrue();
    assertThat(verifiers.mayVerify("u", List.of("adc-edu-ict"), jhenaidah("ac-ict"), education)).as("the chair").isTrue();
    assertThat(verifiers.mayVerify("u", List.of("head-ddlg"), jhenaidah("ac-ict"), education)).as("another office").isFalse();
    assertThat(verifiers.mayVerify("u", List.of("ac-education", "programmer-ict"), jhenaidah("ac-ict"), education))
        .as("a user of the reporting office, whatever else it is").isFalse();
    assertThat(verifiers.mayVerify("sender", List.of("ac-ict"), jhenaidah("ac-ict"), new Report("ac-education", "sender")))
        .as("the user who sent it").isFalse();
  }
}
