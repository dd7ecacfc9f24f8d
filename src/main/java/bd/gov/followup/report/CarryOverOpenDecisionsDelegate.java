package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.security.DecisionReadAccess;
import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.workflow.MinutesVariable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * A new meeting of a committee takes over the decisions of its earlier meetings that are still open, so that nothing
 * falls off the agenda: the snapshot {@code carriedOverDecisions} for the progress report and, when the secretary
 * reviews the minutes, the review form's checklist {@code carriedOverOptions} (the ticked ones are closed with the
 * reason given) and a Bengali summary {@code carriedOverText}.
 *
 * <p>Earlier means held before this meeting's date; a meeting without a date takes over every other meeting's open
 * decisions. The decisions of an earlier meeting whose minutes are still under review have not started, and its
 * review may still add or remove some: the snapshot names that meeting, after the running decisions, and the report
 * reads its decisions as its review started them (ProgressReports); the review's checklist, which closes running
 * decisions, has none of them.
 */
@Component("carryOverOpenDecisions")
public class CarryOverOpenDecisionsDelegate implements JavaDelegate {

  private final OpenDecisions openDecisions;
  private final MinutesVariable minutesVariable;
  private final ObjectMapper objectMapper;
  private final DecisionReadAccess readAccess;

  public CarryOverOpenDecisionsDelegate(OpenDecisions openDecisions, MinutesVariable minutesVariable,
      ObjectMapper objectMapper, DecisionReadAccess readAccess) {
    this.readAccess = readAccess;
    this.openDecisions = openDecisions;
    this.minutesVariable = minutesVariable;
    this.objectMapper = objectMapper;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String memoKey = (String) execution.getVariable(MEMO_KEY);
    Meeting minutes = minutesVariable.fromVariable(execution.getVariable(MINUTES));
    List<OpenDecision> earlier =
        earlierOpen((String) execution.getVariable(COMMITTEE), minutes.office(), memoKey, minutes.date());
    List<OpenDecision> carried = earlier.stream().filter(d -> d.processInstanceId() != null).toList();
    // last: the checklist numbers the running ones as the snapshot does (CarriedOverClosingListener)
    Map<String, CarryOverSnapshot.Entry> underReview = new java.util.LinkedHashMap<>();
    earlier.stream().filter(d -> d.processInstanceId() == null).forEach(d -> underReview.putIfAbsent(d.memoKey(),
        CarryOverSnapshot.Entry.wholeMeeting(d.memoKey(), d.meetingTitle(), d.meetingDate(), d.memoNumber())));
    execution.setVariable(CARRIED_OVER_DECISIONS, CarryOverSnapshot.write(java.util.stream.Stream.concat(
        carried.stream().map(d -> new CarryOverSnapshot.Entry(
            d.processInstanceId(), d.memoKey(), d.meetingTitle(), d.meetingDate(), d.number(), d.memoNumber())),
        underReview.values().stream()).toList(), objectMapper));
    if (!Boolean.TRUE.equals(execution.getVariable(REVIEW_REQUIRED))) {
      readAccess.grantCarriedOver(carried.stream().map(OpenDecision::processInstanceId).toList(), execution);
    } else {
      // minutes to review are a draft: their offices read them once the review keeps them (CarriedOverClosingListener)
      Set<String> twice = titlesOfTwoMeetings(carried);
      execution.setVariable(CARRIED_OVER_OPTIONS, options(carried, twice));
      execution.setVariable(CARRIED_OVER_TEXT, text(carried, twice));
    }
  }

  List<OpenDecision> earlierOpen(String committee, String office, String memoKey, LocalDate date) {
    return openDecisions.ofMeetingsUnderWay(committee, office).stream()
        .filter(d -> !d.memoKey().equals(memoKey))
        .filter(d -> date == null || d.meetingDate() == null || d.meetingDate().isBefore(date))
        .toList();
  }

  /**
   * The review form's checklist: one line per decision, its value the decision's instance. A checklist, not a
   * dynamic list of boxes: Tasklist 7.24 cannot complete a form holding a dynamic list (workflow.DecisionBlocks).
   */
  private Object options(List<OpenDecision> carried, Set<String> twice) {
    ArrayNode list = objectMapper.createArrayNode();
    int serial = 0;
    for (OpenDecision d : carried) {
      // numbered as the list above it: a reason of its own starts with this number (CloseReasons)
      list.addObject().put("label", ReportTexts.number(++serial) + ". " + line(d, twice))
          .put("value", d.processInstanceId());
    }
    try {
      return SpinValues.jsonValue(objectMapper.writeValueAsString(list)).create();
    } catch (JsonProcessingException e) {
      throw new ProcessEngineException("Cannot write the carried-over decisions", e);
    }
  }

  private static String text(List<OpenDecision> carried, Set<String> twice) {
    if (carried.isEmpty()) {
      return "পূর্ববর্তী সভার কোনো সিদ্ধান্ত খোলা নেই। / No decision of an earlier meeting is open.";
    }
    StringBuilder text = new StringBuilder();
    int serial = 0;
    for (OpenDecision d : carried) {
      text.append(ReportTexts.number(++serial)).append(". ").append(line(d, twice)).append("\n");
    }
    return text.toString();
  }

  /**
   * "{meeting} — সিদ্ধান্ত ০৩: {title}; সময়সীমা: …; অবস্থা: মেয়াদোত্তীর্ণ"; the meeting's memo number too when another
   * meeting reads the same (two meetings of a day, or one registered again under a corrected memo number), or the
   * secretary could not tell which line to settle.
   */
  static String line(OpenDecision d, Set<String> titlesOfTwoMeetings) {
    return d.meetingTitle() + (titlesOfTwoMeetings.contains(d.meetingTitle()) ? " (স্মারক "
        + BengaliDigits.toBengali(d.memoNumber() == null ? d.memoKey() : d.memoNumber()) + ")" : "") + " — " + d.title() + "; সময়সীমা: "
        + ReportTexts.day(d.deadline()) + "; অবস্থা: " + d.state().bengali();
  }

  private static Set<String> titlesOfTwoMeetings(List<OpenDecision> carried) {
    Map<String, Set<String>> meetingsByTitle = new HashMap<>();
    carried.forEach(d -> meetingsByTitle.computeIfAbsent(d.meetingTitle(), t -> new HashSet<>()).add(d.memoKey()));
    Set<String> twice = new HashSet<>();
    meetingsByTitle.forEach((title, meetings) -> {
      if (meetings.size() > 1) {
        twice.add(title);
      }
    });
    return twice;
  }
}
