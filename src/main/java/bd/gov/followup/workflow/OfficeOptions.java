package bd.gov.followup.workflow;

import bd.gov.followup.directory.Office;
import bd.gov.followup.directory.OfficeDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.stereotype.Component;

/** Office ids ↔ what forms show and what the engine accepts: known offices only, no repeats, Bengali labels. */
@Component
public class OfficeOptions {

  private final OfficeDirectory directory;

  public OfficeOptions(OfficeDirectory directory) {
    this.directory = directory;
  }

  /** Options for the given offices (for the lead's checklist). */
  public ObjectValue optionsFor(Collection<String> officeIds) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String id : officeIds) {
      options.put(id, label(id));
    }
    return JsonVariables.options(options);
  }

  /** Options for every office of the directory (for choosing an office not named in the minutes). */
  public ObjectValue allOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    for (Office office : directory.offices()) {
      options.put(office.id(), office.nameBn());
    }
    return JsonVariables.options(options);
  }

  /** What {@link #allOptions} offers, as text: to tell whether it changed between two starts. */
  public String allOptionsText() {
    StringBuilder text = new StringBuilder();
    for (Office office : directory.offices()) {
      text.append(office.id()).append('=').append(office.nameBn()).append('\n');
    }
    return text.toString();
  }

  /** The Bengali name of an office, or its id when the directory no longer knows it. */
  public String label(String officeId) {
    return directory.office(officeId).map(Office::nameBn).orElse(officeId);
  }

  /** Validates a selection from a form: at least one office, every one known; order kept, repeats dropped. */
  public List<String> validSelection(List<String> officeIds, String field) {
    LinkedHashSet<String> unique = new LinkedHashSet<>();
    for (String id : officeIds) {
      String trimmed = id == null ? "" : id.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (directory.office(trimmed).isEmpty()) {
        throw new BadUserRequestException(field + ": অজানা দপ্তর / unknown office '" + trimmed + "'");
      }
      unique.add(trimmed);
    }
    if (unique.isEmpty()) {
      throw new BadUserRequestException(field + ": অন্তত একটি দপ্তর বেছে নিন / choose at least one office");
    }
    return new ArrayList<>(unique);
  }

  /** Like {@link #validSelection}, but an empty choice is no error: an optional field. */
  public List<String> validSelectionOrNone(List<String> officeIds, String field) {
    boolean none = officeIds.stream().allMatch(id -> id == null || id.isBlank());
    return none ? List.of() : validSelection(officeIds, field);
  }

  /** A readable list of offices: "উপজেলা নির্বাহী অফিসার, কালীগঞ্জ; …" */
  /** The offices of reports waiting for verification, a request to be withdrawn named as such. */
  public String reportNames(Collection<ReportVerifiers.Report> reports) {
    List<String> names = new ArrayList<>();
    for (ReportVerifiers.Report report : reports) {
      names.add(label(report.office()) + (report.withdrawal() ? " (প্রত্যাহারের অনুরোধ)" : ""));
    }
    return names.isEmpty() ? "—" : String.join("; ", names);
  }

  public String names(Collection<String> officeIds) {
    List<String> names = new ArrayList<>();
    for (String id : officeIds) {
      names.add(label(id));
    }
    return names.isEmpty() ? "—" : String.join("; ", names);
  }
}
