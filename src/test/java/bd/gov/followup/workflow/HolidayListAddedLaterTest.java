package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A decision registered in December 2026 with the deadline Sunday 21/02/2027, while no 2027 list shipped (the
 * deadline is kept as a working day, with the note that only Fridays and Saturdays were considered). In January the
 * district puts holidays-2027.yaml (21 February, Shaheed Day) in followup.calendar.location and restarts, as the README
 * asks. The decision's stored state is the one the December run left: deadline 2027-02-21 and its text; the restart is
 * emulated by starting it with exactly those variables in a context that has the 2027 list.
 *
 * <p>README: "Deadlines already set keep the day they were given." The stored deadline is the effective day: the
 * tasks, the mails, the watch and the report all keep 21/02, and none of them re-adjusts it with the new list.
 */
@SpringBootTest(properties = "followup.calendar.location=src/test/calendar-2027-added-later")
@ActiveProfiles("processtest")
class HolidayListAddedLaterTest extends ProcessTestSupport {

  @Test
  void aDeadlineSetBeforeItsYearsListWasAdded_isWatchedOnTheDayItWasGiven_theChairHearsTheDayTheOfficesAreToldTheyAreLate() {
    at(LocalDateTime.of(2026, 12, 20, 10, 0));
    LocalDate given = LocalDate.of(2027, 2, 21);
    ProcessInstance decision = startDecision(
        Map.of(DEADLINE_TEXT, DecisionTexts.day(given)), given.toString(), "সহকারী কমিশনার (আইসিটি)");
    accept(decision, given.toString());
    assertThat(variable(decision, DEADLINE)).as("the day it was given is kept").isEqualTo("2027-02-21");
    Task office = task(decision, TASK_REPORT_UPDATE);
    assertThat(DeadlineClock.fromDate(office.getDueDate()).toLocalDate()).isEqualTo(given);

    at(LocalDateTime.of(2027, 2, 18, 9, 0));
    runJobsNotAfterNow(decision);
    at(LocalDateTime.of(2027, 2, 22, 9, 0));
    runJobsNotAfterNow(decision);

    long overdueNotices = engine.getTaskService().getTaskComments(office.getId()).stream()
        .map(Comment::getFullMessage).filter(c -> c.startsWith("মেয়াদোত্তীর্ণ")).count();
    String watch = variable(decision, CHECKPOINT_KIND) + " at " + timerDue(decision);
    assertThat(overdueNotices).as("on 22/02 the office is mailed that its deadline (21/02) passed").isPositive();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(decision.getId())
        .taskDefinitionKey(TASK_REVIEW_OVERDUE_DECISION).count())
        .as("…so the chair has the late decision too (the watch plans " + watch + ")").isEqualTo(1);
  }
}
