package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.notify.Message;
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
 * the meeting and by mail. Before, it was only stored in the workflow for someone to fetch.
 */
@Component("finalReportNotice")
public class FinalReportNotice implements ExecutionListener {

  private final ProgressReports reports;
  private final ProgressHtml html;
  private final Notifier notifier;
  private final OfficeOptions officeOptions;

  public FinalReportNotice(ProgressReports reports, ProgressHtml html, Notifier notifier, OfficeOptions officeOptions) {
    this.reports = reports;
    this.html = html;
    this.notifier = notifier;
    this.officeOptions = officeOptions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String memoKey = (String) execution.getVariable(MEMO_KEY);
    String page = html.render(reports.of(memoKey));
    Object implemented = execution.getVariable(DECISIONS_IMPLEMENTED);
    Object closed = execution.getVariable(DECISIONS_CLOSED);
    Object rate = execution.getVariable(IMPLEMENTATION_RATE);
    String title = (String) execution.getVariable(MEETING_TITLE);
    LinkedHashSet<String> readers = new LinkedHashSet<>();
    for (String group : List.of(SECRETARY_GROUP, CHAIR_GROUP)) {
      if (execution.getVariable(group) instanceof String office) {
        readers.add(office);
      }
    }
    for (String office : readers) {
      Message message = new Message(
          "চূড়ান্ত অগ্রগতি প্রতিবেদন: " + title,
          officeOptions.label(office) + "\n\nমহোদয়,\n\"" + title + "\" এর সকল সিদ্ধান্ত নিষ্পন্ন হয়েছে: "
              + BengaliDigits.toBengali(String.valueOf(implemented)) + "টি বাস্তবায়িত, "
              + BengaliDigits.toBengali(String.valueOf(closed)) + "টি অবাস্তবায়িত হিসেবে বন্ধ (বাস্তবায়নের হার "
              + BengaliDigits.toBengali(String.valueOf(rate)) + "%)। চূড়ান্ত অগ্রগতি প্রতিবেদন সংযুক্ত; পরবর্তী সভায় "
              + "উপস্থাপনের জন্য।\n\nসূত্র: সভার কার্যবিবরণী, স্মারক নম্বর " + BengaliDigits.toBengali(memoKey)
              + "\n— সিদ্ধান্ত ফলো-আপ");
      notifier.notifyOfficeWithLetter(office, message, page, null, execution.getProcessInstanceId());
    }
  }
}
