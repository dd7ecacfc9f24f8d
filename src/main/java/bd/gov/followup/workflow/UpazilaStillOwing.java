package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.TASK_REPORT_UPDATE;

import bd.gov.followup.directory.Office;
import bd.gov.followup.directory.OfficeDirectory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a UNO's upazila still owes on a decision now, as a line of the notice that ends its review (a lapse, another
 * UNO's referral): the offices of its upazila that still owe work, by name; else those whose reports wait for
 * verification; else that none owes anything. Read when the notice is written, not from the escalation: offices may
 * have reported since, and a UNO told they «still» owe would chase reports already given.
 */
@Component
public class UpazilaStillOwing {

  private final PendingOffices pendingOffices;
  private final OfficeDirectory directory;
  private final OfficeOptions officeOptions;

  public UpazilaStillOwing(PendingOffices pendingOffices, OfficeDirectory directory, OfficeOptions officeOptions) {
    this.pendingOffices = pendingOffices;
    this.directory = directory;
    this.officeOptions = officeOptions;
  }

  /** The line for this UNO (its group id) on this decision's instance, said to the UNO. */
  public String line(String processInstanceId, String uno) {
    return line(processInstanceId, uno, "আপনার উপজেলার");
  }

  /** The same, said to the chair of the UNO who referred the decision: «তাঁর উপজেলার». */
  public String lineForTheChair(String processInstanceId, String uno) {
    return line(processInstanceId, uno, "তাঁর উপজেলার");
  }

  private String line(String processInstanceId, String uno, String whose) {
    Set<String> owing = new LinkedHashSet<>();
    boolean reportsOnly = true;
    for (PendingOffices.PendingTask pending : pendingOffices.of(processInstanceId)) {
      if (pending.officeId() != null && ofUpazila(pending.officeId(), uno)) {
        owing.add(pending.officeId());
        reportsOnly &= TASK_REPORT_UPDATE.equals(pending.task().getTaskDefinitionKey());
      }
    }
    if (!owing.isEmpty()) {
      return whose + (reportsOnly ? " নিম্নোক্ত দপ্তর এখনো হালনাগাদ তথ্য দাখিল করেনি: "
          : " নিম্নোক্ত দপ্তরের কাজ এখনো বাকি: ") + officeOptions.names(owing) + "।";
    }
    List<ReportVerifiers.Report> unverified = new ArrayList<>();
    for (ReportVerifiers.Report report : pendingOffices.awaitingVerification(processInstanceId)) {
      if (ofUpazila(report.office(), uno)) {
        unverified.add(report);
      }
    }
    if (!unverified.isEmpty()) {
      return whose + " কোনো দপ্তরের হালনাগাদ তথ্য দাখিল আর বাকি নেই; নিম্নোক্ত দপ্তরের তথ্য যাচাইয়ের অপেক্ষায়: "
          + officeOptions.reportNames(unverified) + "।";
    }
    return whose + " কোনো দপ্তরের হালনাগাদ তথ্য দাখিল বা যাচাই আর বাকি নেই।";
  }

  /** An office the escalation puts to this UNO: of its upazila, but not the UNO's own (that goes to the chair). */
  private boolean ofUpazila(String officeId, String uno) {
    if (officeId.equals(uno)) {
      return false;
    }
    return directory.office(officeId).flatMap(directory::unoOf).map(Office::id).filter(uno::equals).isPresent();
  }
}
