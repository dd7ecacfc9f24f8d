package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

/**
 * The workflow keeps the extracted meeting as one JSON variable: Decision's added component and its second
 * constructor must not change how Jackson writes and reads it.
 */
class MeetingJsonTest {

  private final ObjectMapper json =
      new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Test
  void theExtractedSeedSurvivesTheJsonRoundTrip() throws Exception {
    Meeting meeting = new TextMinutesReader().read(SeedMinutes.text()).meeting();

    Meeting back = json.readValue(json.writeValueAsString(meeting), Meeting.class);

    assertThat(back).isEqualTo(meeting);
  }

  @Test
  void jsonWrittenBeforeWorkingDaySpansStillReads() throws Exception {
    String decision =
        """
        {"number":5,"topic":"সময়সীমা","discussion":"","text":"…","implementers":["প্রোগ্রামার"],"deadline":"2024-01-30"}
        """;

    Decision read = json.readValue(decision, Decision.class);

    assertThat(read.deadline()).hasToString("2024-01-30");
    assertThat(read.deadlineWorkingDays()).isNull();
  }

  @Test
  void aWorkingDaySpanIsWrittenAndRead() throws Exception {
    Decision decision = new Decision(1, null, "", "১৫ কর্মদিবসের মধ্যে", java.util.List.of("প্রোগ্রামার"), null, 15);

    assertThat(json.readValue(json.writeValueAsString(decision), Decision.class)).isEqualTo(decision);
  }
}
