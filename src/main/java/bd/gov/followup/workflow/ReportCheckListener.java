package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import java.net.URI;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * An office's report needs what was done; evidence, when given, must be a web link. Who sent it is kept: a committee
 * member, who may complete any task, must not then verify the report it sent itself. Instead of a report the office
 * may say the work is not its own («এই কাজ আমাদের দপ্তরের নয়»), with the reason: that goes to the same verifiers as a
 * report would, who agree (its part ends as withdrawn) or send it back; the office never withdraws itself.
 */
@Component("reportCheck")
public class ReportCheckListener implements TaskListener {

  private final ReportVerifiers reportVerifiers;

  public ReportCheckListener(ReportVerifiers reportVerifiers) {
    this.reportVerifiers = reportVerifiers;
  }

  @Override
  public void notify(DelegateTask task) {
    if (notOurWork(task)) {
      Object reason = task.getVariable(NOT_OUR_WORK_REASON);
      if (reason == null || reason.toString().isBlank()) {
        throw new BadUserRequestException(NOT_OUR_WORK_REASON + ": কেন এই কাজ আপনাদের দপ্তরের নয়, এবং কোন দপ্তরের, তা লিখুন"
            + " / say why the work is not your office's, and whose it is");
      }
      if (((org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity) task.getExecution()).getProcessDefinition()
          .findActivity(EVENT_OFFICE_WITHDRAWN) == null) {
        // a REST client on a task of a decision registered before the withdrawal existed: its verifier could not agree
        throw new BadUserRequestException(NOT_OUR_WORK + ": এই সিদ্ধান্তের প্রক্রিয়ার সংস্করণে দপ্তর প্রত্যাহার করা যায় না;"
            + " মন্তব্যে লিখুন ও সদস্য-সচিবকে জানান / this decision runs on a process version without the withdrawal:"
            + " say so in the remarks and tell the secretary");
      }
      sender(task);
      return; // not a report: what was done and the evidence stay as the last report left them
    }
    Object summary = task.getVariable(UPDATE_SUMMARY);
    if (summary == null || summary.toString().isBlank()) {
      throw new BadUserRequestException(UPDATE_SUMMARY + ": কী করা হয়েছে লিখুন / say what was done");
    }
    Object link = task.getVariable(EVIDENCE_LINK);
    String address = link == null ? null : withScheme(stripped(link.toString()));
    if (address != null && !address.isEmpty() && !isWebLink(address)) {
      throw new BadUserRequestException(EVIDENCE_LINK + ": ওয়েব পাতার ঠিকানা দিন, যেমন"
          + " https://bangladesh.gov.bd/ / give a web address, e.g. https://bangladesh.gov.bd/");
    }
    if (link != null && !link.toString().equals(address)) {
      task.setVariable(EVIDENCE_LINK, address); // pasted with spaces around it, or typed without https://
    }
    sender(task);
  }

  /**
   * Whether the office says the work is not its own, stored as a real boolean whatever a client sent ("true" as
   * text), so that the verifier, the gateway and the report read the same answer. False on a form without the box.
   */
  public static boolean notOurWork(org.camunda.bpm.engine.delegate.VariableScope scope) {
    Object value = scope.getVariable(NOT_OUR_WORK);
    boolean yes = value != null && Boolean.parseBoolean(value.toString().strip());
    if (value != null && !(value instanceof Boolean b && b == yes)) {
      scope.setVariable(NOT_OUR_WORK, yes);
    }
    return yes;
  }

  /** Who sent it, kept on the office's instance: nobody verifies what they sent themselves. */
  private void sender(DelegateTask task) {
    // on the office's own instance (the task runs in it), for VerificationCheckListener
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user != null && user.getUserId() != null) {
      ReportVerifiers.Report report = new ReportVerifiers.Report((String) task.getVariable(OFFICE), user.getUserId());
      if (reportVerifiers.verifiersOrNone(reportVerifiers.roles(task), report).isEmpty()) {
        throw new BadUserRequestException(OFFICE + ": এই দপ্তরের প্রতিবেদন আপনি পাঠালে যাচাই করার কেউ থাকে না;"
            + " দপ্তর নিজে পাঠাবে / sent by you, this office's report would have nobody to verify it: the office"
            + " sends it itself");
      }
      task.getExecution().setVariableLocal(REPORTED_BY, user.getUserId());
    } else if (task.getExecution().hasVariableLocal(REPORTED_BY)) {
      task.getExecution().removeVariableLocal(REPORTED_BY); // a resubmission by no user: the last sender is not it
    }
  }

  /** Without the spaces around it, no-break ones too (which the form's pattern, JavaScript's \s, lets through). */
  public static String stripped(String text) {
    return text.replaceAll("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$", "");
  }

  /**
   * An address typed as officials see it in the browser's bar ("www.kaliganj.jhenaidah.gov.bd/node/5",
   * "kaliganj.jhenaidah.gov.bd") read as https; anything with a scheme of its own stays as it is (and is checked).
   */
  static String withScheme(String text) {
    return !text.isEmpty() && WITHOUT_SCHEME.matcher(text).matches() ? "https://" + text : text;
  }

  // host labels in any script ("বাংলাদেশ.বাংলা", as browsers show Bangladesh's .বাংলা domain), but the last one a
  // top-level domain: Latin letters, punycode, or বাংলা — so that "কাজ.শেষ" is no address
  private static final java.util.regex.Pattern WITHOUT_SCHEME = java.util.regex.Pattern.compile(
      "(?i)(?![a-z][a-z0-9+.-]*:)(?:[\\p{L}\\p{M}\\p{N}\\u200C\\u200D-]+\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]+|বাংলা)"
          + "(?::\\d+)?(?:[/?#]\\S*)?");

  /** "scheme://host…": the host, to be written in ASCII (IDNA) for the check; what the official typed is kept. */
  private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("^([A-Za-z]+://)([^/?#:@\\s]+)");

  /**
   * An http(s) address with a host: what the report form accepts, and all the printed report makes a link of. A host
   * in Bengali (an internationalised domain name) is a host: {@link URI} knows only ASCII hosts, so it is checked in
   * its ASCII form.
   */
  public static boolean isWebLink(String text) {
    try {
      URI uri = new URI(asciiHost(text));
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (Exception e) {
      return false;
    }
  }

  private static String asciiHost(String text) {
    java.util.regex.Matcher host = HOST.matcher(text);
    if (!host.find() || host.group(2).chars().allMatch(c -> c < 128)) {
      return text;
    }
    return host.group(1) + java.net.IDN.toASCII(host.group(2), java.net.IDN.ALLOW_UNASSIGNED)
        + text.substring(host.end());
  }
}
