package bd.gov.followup.workflow;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** DecisionFollowupProcessTest must cover every flow node and sequence flow of DecisionFollowup. */
@TestConfiguration
class DecisionCoverageConfiguration {

  @Bean
  @Primary // the library also defines a default bean; it reads the one bean of this type
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.builder()
        .excludeProcessDefinitionKeys("MeetingFollowup", "Notice")
        .assertClassCoverageAtLeast(1.0)
        .build();
  }
}
