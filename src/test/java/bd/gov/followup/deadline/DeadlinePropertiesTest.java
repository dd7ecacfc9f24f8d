package bd.gov.followup.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Binds the properties the way Spring Boot does, without starting a context. */
class DeadlinePropertiesTest {

  private static DeadlineProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("followup.deadline", Bindable.of(DeadlineProperties.class));
  }

  @Test
  void defaultsWithoutConfiguration() {
    DeadlineProperties properties = bind(Map.of());
    assertThat(properties.reminderOffsets()).containsExactly(7, 1);
    assertThat(properties.timeOfDay()).isEqualTo(LocalTime.of(9, 0));
    assertThat(DeadlineProperties.defaults()).isEqualTo(properties);
  }

  @Test
  void bindsConfiguredValues() {
    DeadlineProperties properties =
        bind(
            Map.of(
                "followup.deadline.reminder-offsets", "5,2,1",
                "followup.deadline.time-of-day", "10:30"));
    assertThat(properties.reminderOffsets()).isEqualTo(List.of(5, 2, 1));
    assertThat(properties.timeOfDay()).isEqualTo(LocalTime.of(10, 30));
  }
}
