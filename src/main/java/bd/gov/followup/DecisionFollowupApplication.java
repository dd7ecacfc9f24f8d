package bd.gov.followup;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Decision Follow-up: every decision of a committee meeting becomes a Camunda workflow. */
@SpringBootApplication
@EnableProcessApplication
@ConfigurationPropertiesScan
public class DecisionFollowupApplication {

  public static void main(String[] args) {
    SpringApplication.run(DecisionFollowupApplication.class, args);
  }
}
