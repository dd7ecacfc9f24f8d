package bd.gov.followup.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/** The reminder-days field as officials type it, in the forms' own example ("৭ ও ১") among other ways. */
class ReminderDaysTextTest {

  @Test
  void daysAreReadWithCommasOrWords_inBengaliOrLatinDigits() {
    for (String typed : new String[] {"৭, ১", "৭ ও ১", "৭ এবং ১", "7 and 1", "7,1", " ৭ ; ১ "}) {
      assertThat(ReminderDaysText.parse(typed, "reminderDays")).as(typed).containsExactly(7, 1);
    }
    assertThat(ReminderDaysText.parse("  ", "reminderDays")).as("blank: the default").isNull();
    assertThat(ReminderDaysText.text(ReminderDaysText.parse("৫ ও ২", "reminderDays"))).isEqualTo("৫, ২");
  }

  @Test
  void anythingElse_isRefusedNamingTheField() {
    for (String typed : new String[] {"৭, শূন্য", "০", "৬১", "৭ অথবা ১"}) {
      assertThatThrownBy(() -> ReminderDaysText.parse(typed, "reminderDays")).as(typed)
          .isInstanceOf(BadUserRequestException.class).hasMessageContaining("reminderDays");
    }
  }
}
