package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.deadline.DeadlineAdjustment;
import bd.gov.followup.deadline.WorkingDayCalendar;
import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.Decision;
import bd.gov.followup.minutes.Meeting;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * A decision's deadline as the workflow keeps it: the working day it falls due, and (when a weekend or holiday moved
 * it) the Bengali sentence that says from which date and why. Every place that sets a deadline (the minutes, the
 * lead's acceptance, the chair's extension) goes through here, so the forms, due dates and reminders agree.
 */
@Component
public class DecisionDeadlines {

  private final WorkingDayCalendar calendar;
  private final FollowupProperties properties;

  public DecisionDeadlines(WorkingDayCalendar calendar, FollowupProperties properties) {
    this.calendar = calendar;
    this.properties = properties;
  }

  /**
   * The deadline the minutes set for a decision, before any weekend or holiday moves it: its own date; else its own
   * span of working days ("৭ কর্মদিবসের মধ্যে"); else the meeting's general deadline; else the default span from
   * {@code today}.
   *
   * <p>A span counts from the minutes' issue date (the date on the memo), not from the meeting or the registration:
   * offices learn of the decision from the issued minutes, so the meeting day is before anyone was told, and the day
   * the secretary happens to register them is unknown to the offices and would give each meeting a different,
   * invisible extension. The memo date is also what the next meeting and an auditor count from. Without an issue
   * date the meeting's date is the best written date left, and only without both does registration count.
   */
  public LocalDate asSet(Meeting meeting, Decision decision, LocalDate today) {
    LocalDate written = written(calendar, meeting, decision, today);
    return written != null ? written : today.plusDays(properties.defaultDeadlineDays());
  }

  /** The working day the decision falls due, as its minutes set it (a weekend or holiday moved past). */
  public LocalDate effective(Meeting meeting, Decision decision, LocalDate today) {
    return calendar.adjust(asSet(meeting, decision, today)).effective();
  }

  /**
   * A year without a holiday list that the decision's deadline depends on — the year it falls due in, or one its
   * span of working days is counted through — or empty: whether the day is a government holiday cannot be checked.
   */
  public java.util.OptionalInt yearWithoutHolidayList(Meeting meeting, Decision decision, LocalDate today) {
    LocalDate effective = calendar.adjust(asSet(meeting, decision, today)).effective();
    int from = effective.getYear();
    if (decision.deadline() == null && decision.deadlineWorkingDays() != null && decision.deadlineWorkingDays() > 0) {
      from = Math.min(from, (meeting.issueDate() != null ? meeting.issueDate()
          : meeting.date() != null ? meeting.date() : today).getYear());
    }
    return java.util.stream.IntStream.rangeClosed(from, effective.getYear())
        .filter(year -> !calendar.knowsYear(year)).findFirst();
  }

  /**
   * The deadline the minutes write for a decision (see {@link #asSet}), or null when they write none; for the
   * progress of decisions not started yet (the distribution mail names the deadline as set, default included).
   */
  public static LocalDate written(WorkingDayCalendar calendar, Meeting meeting, Decision decision, LocalDate today) {
    if (decision.deadline() != null) {
      return decision.deadline();
    }
    if (decision.deadlineWorkingDays() != null && decision.deadlineWorkingDays() > 0) {
      LocalDate from = meeting.issueDate() != null ? meeting.issueDate()
          : meeting.date() != null ? meeting.date() : today;
      return calendar.plusWorkingDays(from, decision.deadlineWorkingDays());
    }
    return meeting.deadline();
  }

  /**
   * Sets {@code deadline} (the working day it falls due, ISO), {@code deadlineText} and {@code deadlineMovedText}.
   *
   * @param set how to set a variable: a call's variable map, an execution's or a task's setVariable
   * @return the working day on which the deadline falls due
   */
  public LocalDate apply(LocalDate requested, BiConsumer<String, Object> set) {
    DeadlineAdjustment adjustment = calendar.adjust(requested);
    set.accept(DEADLINE, adjustment.effective().toString());
    set.accept(DEADLINE_TEXT, DecisionTexts.day(adjustment.effective()));
    set.accept(DEADLINE_MOVED_TEXT, withoutHolidayList(adjustment.notice(), adjustment.effective()));
    return adjustment.effective();
  }

  /** The notice, and a word when the deadline's year has no holiday list: it may be a holiday nobody knows of yet. */
  private String withoutHolidayList(String notice, LocalDate effective) {
    if (calendar.knowsYear(effective.getYear())) {
      return notice;
    }
    String unknown = BengaliDigits.toBengali(String.valueOf(effective.getYear()))
        + " সালের সরকারি ছুটির তালিকা যুক্ত নেই; সময়সীমা গণনা ও যাচাইয়ে কেবল সাপ্তাহিক ছুটি (শুক্র ও শনিবার)"
        + " বিবেচনা করা হয়েছে, সরকারি ছুটি নয়।";
    return notice.isEmpty() ? unknown : notice + " " + unknown;
  }

  /**
   * Adds a change of the deadline to the decision's record of them, which the progress report shows the next meeting:
   * "৩০/০১/২০২৪ থেকে ১০/১২/২০২৬ (মূল বাস্তবায়নকারী, ০৫/১২/২০২৬)". Written only when a deadline changes.
   */
  public static void recordChange(VariableScope decision, LocalDate from, LocalDate to, String by) {
    if (from == null || from.equals(to)) {
      return;
    }
    Object before = decision.getVariable(DEADLINE_CHANGES);
    String line = DecisionTexts.day(from) + " থেকে " + DecisionTexts.day(to) + " (" + by + ", "
        + DecisionTexts.day(DeadlineClock.today()) + ")";
    decision.setVariable(DEADLINE_CHANGES, before == null || before.toString().isBlank() ? line : before + "\n" + line);
  }
}
