package bd.gov.followup.workflow;

import bd.gov.followup.directory.OfficeDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who verifies an office's report: the lead office and the committee secretary, never the office that reported.
 * The lead's own report goes to the secretary; when the office is both (decision 05 of the seed minutes: the ICT
 * programmer leads, reports and is the secretary), to the chair. Task_VerifyUpdate asks
 * {@code ${reportVerifiers.of(leadGroup, office)}} as each report comes in, so a new lead or a resubmission is
 * routed afresh. The first of them is the one reminded of an open verification.
 */
@Component("reportVerifiers")
public class ReportVerifiers {

  private final OfficeDirectory directory;

  public ReportVerifiers(OfficeDirectory directory) {
    this.directory = directory;
  }

  public List<String> of(String leadGroup, String reportingOffice) {
    LinkedHashSet<String> groups = new LinkedHashSet<>();
    groups.add(leadGroup);
    groups.add(directory.secretary().id());
    groups.remove(reportingOffice);
    groups.remove(null);
    if (groups.isEmpty()) {
      groups.add(directory.chair().id());
    }
    return new ArrayList<>(groups);
  }

  /**
   * The decision-wide {@code verifierGroups} (the lead and the secretary) that the verify tasks of earlier process
   * versions read; kept current for their instances.
   */
  public List<String> decisionWide(String leadGroup) {
    return of(leadGroup, null);
  }

  /** Reports in but not verified, by the office reminded to verify them. */
  public Map<String, List<String>> byFirstVerifier(String leadGroup, List<String> reportingOffices) {
    Map<String, List<String>> byVerifier = new LinkedHashMap<>();
    for (String office : reportingOffices) {
      byVerifier.computeIfAbsent(of(leadGroup, office).get(0), first -> new ArrayList<>()).add(office);
    }
    return byVerifier;
  }
}
