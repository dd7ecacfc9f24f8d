package bd.gov.followup.web;

import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.security.TaskFormFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The Bengali labels of the forms' fields, so that a refusal reads "«নতুন সময়সীমা»: …" where the listener wrote
 * "newDeadline: …" (the field's key stays at the end, for REST clients). The labels are the deployed forms'
 * ({@link TaskFormFields}); the exception mappers, which Jersey makes, find them here.
 */
@Component
public class FieldLabels {

  private static volatile TaskFormFields forms;
  // "newDeadline: …", "decisionsText line 3: …": a key, maybe its line, then the listener's message
  private static final Pattern KEYED = Pattern.compile("^([a-z][A-Za-z0-9]*)(?: line (\\d+))?: (.*)$", Pattern.DOTALL);

  public FieldLabels(TaskFormFields taskFormFields) {
    forms = taskFormFields;
  }

  /** The message with its field's key turned into the form's label; as it is when no form has that key. */
  static String forOfficials(String message) {
    Matcher keyed = KEYED.matcher(message == null ? "" : message);
    TaskFormFields known = forms;
    String label = keyed.matches() && known != null
        ? known.label(keyed.group(1)).map(FieldLabels::bengali).orElse(null) : null;
    if (label == null) {
      return message;
    }
    String line = keyed.group(2) == null ? "" : ", লাইন " + BengaliDigits.toBengali(keyed.group(2));
    return "«" + label + "»" + line + ": " + keyed.group(3) + " [" + keyed.group(1) + "]";
  }

  /** "নতুন সময়সীমা (দিন/মাস/বছর) / New deadline" → "নতুন সময়সীমা": the Bengali name, without its hint. */
  static String bengali(String label) {
    String name = label.split(" / ", 2)[0];
    for (String end : new String[] {" (", ";", ":"}) {
      int at = name.indexOf(end);
      if (at > 0) {
        name = name.substring(0, at);
      }
    }
    return name.strip();
  }
}
