package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.directory.OfficeDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Who verifies an office's report: the lead office and the committee secretary, but never the office that reported
 * nor an office of the user who sent it (a committee member may enter a report for an office without internet).
 * The lead's own report goes to the secretary; when nobody is left (decision 05 of the seed minutes: the ICT
 * programmer leads, reports and is the secretary), to the chair. Task_VerifyUpdate asks
 * {@code ${reportVerifiers.forReport(execution)}} as each report comes in, so a new lead or a resubmission is
 * routed afresh. The first of them is the one reminded of an open verification.
 */
@Component("reportVerifiers")
public class ReportVerifiers {

  /**
   * A report waiting for its verification: the office it is for, the user who sent it (null: nobody logged in), and
   * whether it is no update but the office's request to be withdrawn (the work is not its own).
   */
  public record Report(String office, String reportedBy, boolean withdrawal) {

    public Report(String office, String reportedBy) {
      this(office, reportedBy, false);
    }
  }

  /**
   * The offices a decision's verification turns to: its lead, and its meeting's committee's secretary and chair
   * (each committee has its own: {@code secretaryGroup}, {@code chairGroup}).
   */
  public record Roles(String lead, String secretary, String chair) {}

  private final OfficeDirectory directory;
  private final IdentityService identityService;

  public ReportVerifiers(OfficeDirectory directory, @Lazy IdentityService identityService) {
    this.directory = directory;
    this.identityService = identityService;
  }

  /** The verifiers of the report made in this office's instance (the verify task's execution). */
  public List<String> forReport(VariableScope officeInstance) {
    return of(roles(officeInstance),
        new Report((String) officeInstance.getVariable(OFFICE), (String) officeInstance.getVariable(REPORTED_BY)));
  }

  /** The decision's roles as its variables name them, the lead its {@code leadGroup}. */
  public Roles roles(VariableScope decision) {
    return roles(decision, (String) decision.getVariable(LEAD_GROUP));
  }

  /**
   * The decision's roles with this lead (a lead being chosen or changed). A decision of a version before the
   * committee's roles were variables of its own has the directory's first committee's.
   */
  public Roles roles(VariableScope decision, String lead) {
    Object secretary = decision.getVariable(SECRETARY_GROUP);
    Object chair = decision.getVariable(CHAIR_GROUP);
    return new Roles(lead, secretary == null ? directory.secretary().id() : secretary.toString(),
        chair == null ? directory.chair().id() : chair.toString());
  }

  public List<String> of(Roles roles, Report report) {
    return of(roles, report.office(), senderGroups(report));
  }

  /**
   * The lead and the secretary, less the reporting office and the sender's offices; else the chair, unless it is
   * one of those too. Empty when the sender leaves nobody (the chair sending the report of the office that leads
   * with the secretary, or the secretary sending the chair's).
   */
  public List<String> verifiersOrNone(Roles roles, Report report) {
    return verifiersOrNone(roles, report.office(), senderGroups(report));
  }

  /**
   * Whether this user may verify the report: not the user who sent it, nor a user of the reporting office, and one
   * of its verifiers or the chair, who may act on any report it did not send. A committee member may claim or hand
   * on any task; this keeps the verification with the verifiers all the same.
   */
  public boolean mayVerify(String userId, Collection<String> userGroups, Roles roles, Report report) {
    return refusal(userId, userGroups, roles, report) == null;
  }

  /** Why this user may not verify the report ({@link #mayVerify}), in Bengali and English, or null when it may. */
  public String refusal(String userId, Collection<String> userGroups, Roles roles, Report report) {
    if (userId.equals(report.reportedBy())) {
      return "প্রতিবেদনটি আপনি নিজে পাঠিয়েছেন / you sent this report yourself";
    }
    if (userGroups.contains(report.office())) {
      return "প্রতিবেদনটি আপনার নিজের দপ্তরের / the report is your own office's";
    }
    List<String> senderGroups = senderGroups(report);
    if (mayVerify(roles, report, senderGroups).stream().anyMatch(userGroups::contains)) {
      return null;
    }
    return senderGroups.stream().anyMatch(userGroups::contains)
        ? "প্রতিবেদনটি আপনার দপ্তরের একজন পাঠিয়েছেন / a colleague of your office sent this report"
        : "আপনি এই প্রতিবেদনের যাচাইকারী নন / you are not among this report's verifiers";
  }

  /** The offices whose users may verify the report: its verifiers and the chair (see {@link #mayVerify}). */
  public List<String> mayVerify(Roles roles, Report report) {
    return mayVerify(roles, report, senderGroups(report));
  }

  private List<String> mayVerify(Roles roles, Report report, List<String> senderGroups) {
    LinkedHashSet<String> allowed = new LinkedHashSet<>(of(roles, report.office(), senderGroups));
    if (!senderGroups.contains(roles.chair())) {
      allowed.add(roles.chair()); // not a colleague of a chair's user who sent the report
    }
    return new ArrayList<>(allowed);
  }

  private List<String> of(Roles roles, String office, List<String> senderGroups) {
    List<String> verifiers = verifiersOrNone(roles, office, senderGroups);
    if (!verifiers.isEmpty()) {
      return verifiers;
    }
    // ReportCheckListener refuses a sender that leaves nobody, but a later change of lead can: then the sender's
    // offices verify after all (the sender itself stays refused), rather than nobody
    LinkedHashSet<String> groups = new LinkedHashSet<>(List.of(roles.chair()));
    if (roles.lead() != null) {
      groups.add(roles.lead());
    }
    groups.add(roles.secretary());
    groups.remove(office);
    return new ArrayList<>(groups);
  }

  private List<String> verifiersOrNone(Roles roles, String office, List<String> senderGroups) {
    LinkedHashSet<String> groups = new LinkedHashSet<>();
    groups.add(roles.lead());
    groups.add(roles.secretary());
    groups.remove(null);
    groups.remove(office);
    groups.removeAll(senderGroups);
    String chair = roles.chair();
    if (groups.isEmpty() && !chair.equals(office) && !senderGroups.contains(chair)) {
      groups.add(chair);
    }
    return new ArrayList<>(groups);
  }

  /** The offices of the user who sent the report, read once per question asked: none when nobody was logged in. */
  private List<String> senderGroups(Report report) {
    return report.reportedBy() == null ? List.of() : groupsOf(report.reportedBy());
  }

  /**
   * The decision-wide {@code verifierGroups} (the lead and the secretary) that the verify tasks of earlier process
   * versions read; kept current for their instances.
   */
  public List<String> decisionWide(Roles roles) {
    return of(roles, new Report(null, null));
  }

  /** Reports in but not verified, by the verifier reminded of them. */
  public Map<String, List<Report>> byFirstVerifier(Roles roles, List<Report> reports) {
    Map<String, List<Report>> byVerifier = new LinkedHashMap<>();
    for (Report report : reports) {
      byVerifier.computeIfAbsent(of(roles, report).get(0), first -> new ArrayList<>()).add(report);
    }
    return byVerifier;
  }

  /** Read whoever is logged in: the groups of another user are not theirs to see, but they route the report. */
  private List<String> groupsOf(String userId) {
    CommandContext command = Context.getCommandContext();
    boolean checking = command != null && command.isAuthorizationCheckEnabled();
    if (checking) {
      command.disableAuthorizationCheck();
    }
    try {
      return identityService.createGroupQuery().groupMember(userId).unlimitedList().stream().map(Group::getId).toList();
    } finally {
      if (checking) {
        command.enableAuthorizationCheck();
      }
    }
  }
}
