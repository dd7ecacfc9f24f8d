package bd.gov.followup.demo;

import bd.gov.followup.minutes.BanglaDate;
import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.Decision;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.minutes.TextMinutesReader;
import bd.gov.followup.workflow.DeadlineClock;
import bd.gov.followup.workflow.MeetingRegistration;
import bd.gov.followup.workflow.ProcessVariables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: registers the Jhenaidah web portal committee's meeting of 19 Nov 2023 twice — as recorded
 * (its deadline, 30 Jan 2024, is long past, so every decision escalates to the ADC at once) and as a copy whose dates
 * move so that the deadline lies weeks ahead (memo key suffixed -DEMO) and whose leads have accepted, so offices
 * find their report tasks at once. A restart registers nothing twice.
 */
@Component
@Profile("demo")
public class DemoMeetings {

  /** what a lead writes to the offices when it accepts: shown on each office's report form */
  static final String LEADS_NOTE = "হালনাগাদের পর পোর্টালের সংশ্লিষ্ট পাতার লিংক দিন।";

  private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);
  /** the minutes as the district office wrote them, read like any uploaded file */
  static final String SEED = "minutes/jhenaidah-web-portal-committee-2023-11.txt";
  static final String DEMO_SUFFIX = "-DEMO";
  /** how far ahead the copy's deadline lies */
  static final int WEEKS_AHEAD = 5;

  private final MeetingRegistration registration;
  private final TaskService taskService;

  public DemoMeetings(MeetingRegistration registration, TaskService taskService) {
    this.registration = registration;
    this.taskService = taskService;
  }

  @EventListener(PostDeployEvent.class)
  @Order(30)
  public void registerDemoMeetings() {
    Meeting recorded = seed();
    registerOnce(recorded);
    Meeting ahead = movedAhead(recorded, DeadlineClock.today());
    if (registerOnce(ahead)) {
      acceptAsTheLeads(ahead);
    }
  }

  /**
   * In the copy, the leads have accepted every decision with the offices the directory found, so each office's
   * report task is waiting in its Tasklist from the first login.
   */
  private void acceptAsTheLeads(Meeting meeting) {
    List<Task> assignments = taskService.createTaskQuery()
        .processInstanceBusinessKeyLike(meeting.memoKey() + "/%")
        .taskDefinitionKey(ProcessVariables.TASK_ASSIGN_IMPLEMENTER)
        .unlimitedList(); // one meeting's decisions
    for (Task task : assignments) {
      Map<String, Object> variables = taskService.getVariables(task.getId(),
          List.of(ProcessVariables.OFFICES, ProcessVariables.DEADLINE));
      variables.put(ProcessVariables.ACCEPTED, true);
      variables.put(ProcessVariables.ASSIGNMENT_NOTE, LEADS_NOTE);
      taskService.complete(task.getId(), variables);
    }
  }

  Meeting seed() {
    try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
      return new TextMinutesReader().read(in).meeting();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the demo minutes " + SEED, e);
    }
  }

  private boolean registerOnce(Meeting meeting) {
    if (registration.find(meeting.memoKey()).isPresent()) {
      return false;
    }
    registration.register(meeting, false);
    log.info("Demo meeting {} registered with {} decisions", meeting.memoKey(), meeting.decisions().size());
    return true;
  }

  /** The same minutes, every date moved by whole weeks (weekdays stay) so the deadline lies weeks after today. */
  public static Meeting movedAhead(Meeting m, LocalDate today) {
    LocalDate target = today.plusWeeks(WEEKS_AHEAD).with(DayOfWeek.TUESDAY);
    long days = ChronoUnit.WEEKS.between(m.deadline(), target) * 7;
    // the decision that sets the deadline writes it in its text too ("আগামী ৩০/০১/২০২৪ খ্রি. তারিখের মধ্যে"): moved
    // with it, or the demo's report reads one date in the text and another in the deadline beside it
    String written = written(m.deadline());
    String moved = written(m.deadline().plusDays(days));
    List<Decision> decisions = m.decisions().stream()
        .map(d -> new Decision(d.number(), d.topic(), d.discussion(),
            d.text() == null ? null : d.text().replace(written, moved), d.implementers(),
            d.deadline() == null ? null : d.deadline().plusDays(days), d.deadlineWorkingDays()))
        .toList();
    return new Meeting(m.committee(), m.office(), m.chair(), m.date().plusDays(days), m.time(), m.place(),
        m.memoNumber() + DEMO_SUFFIX, m.issueDate().plusDays(days), BanglaDate.of(m.issueDate().plusDays(days)).format(),
        m.signatories(), m.distribution(),
        decisions, m.deadline().plusDays(days));
  }

  /** A date as the minutes write it: ৩০/০১/২০২৪. */
  private static String written(LocalDate date) {
    return BengaliDigits.toBengali(date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
  }
}
