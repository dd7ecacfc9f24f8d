package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.notify.Message;
import bd.gov.followup.workflow.DecisionActions;
import bd.gov.followup.workflow.MinutesMessages;
import bd.gov.followup.notify.Notifier;
import bd.gov.followup.workflow.OfficeOptions;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Every decision of a meeting is settled (Event_MeetingSettled): the secretary, who prepares the next meeting, and
 * the chair receive the final progress report — the printable page as the mail's HTML, the counts in its text — on
 * a notice in their Tasklist and by mail. Before, it was only stored in the workflow for someone to fetch.
 */
@Component("finalReportNotice")
public class FinalReportNotice implements ExecutionListener {

  private final ProgressReports reports;
  private final ProgressHtml html;
  private final Notifier notifier;
  private final OfficeOptions officeOptions;
  private final MinutesMessages messages;

  public FinalReportNotice(ProgressReports reports, ProgressHtml html, Notifier notifier, OfficeOptions officeOptions,
      MinutesMessages messages) {
    this.reports = reports;
    this.html = html;
    this.notifier = notifier;
    this.officeOptions = officeOptions;
    this.messages = messages;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String memoKey = (String) execution.getVariable(MEMO_KEY);
    // at the end event, before the instance ends: the report would still call itself under way
    ProgressReport report = reports.of(memoKey).asSettled();
    String page = html.render(report);
    // the memo number as the minutes write it ("…/২০২৬/৩১২"), not the key made of it
    String memoNumber = report.memoNumber() == null ? memoKey : report.memoNumber();
    Object implemented = execution.getVariable(DECISIONS_IMPLEMENTED);
    Object closed = execution.getVariable(DECISIONS_CLOSED);
    Object continued = execution.getVariable(DECISIONS_CONTINUED);
    Object rate = execution.getVariable(IMPLEMENTATION_RATE);
    String title = (String) execution.getVariable(MEETING_TITLE);
    LinkedHashSet<String> readers = new LinkedHashSet<>();
    for (String group : List.of(SECRETARY_GROUP, CHAIR_GROUP)) {
      if (execution.getVariable(group) instanceof String office) {
        readers.add(office);
      }
    }
    for (String office : readers) {
      Message message = messages.finalReport(officeOptions.label(office), title, memoNumber, implemented, closed,
          continued, rate, notifier.baseUrl() + DecisionActions.progressPath(memoKey));
      notifier.notifyOfficeByNotice(office, message, page, execution.getProcessInstanceId());
    }
  }
}
