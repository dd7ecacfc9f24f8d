package bd.gov.followup.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultDeadlineDays the deadline of a decision for which neither it nor its meeting sets one, counted from
 *     registration; the lead confirms or changes it
 */
@ConfigurationProperties("followup")
public record FollowupProperties(@DefaultValue("30") int defaultDeadlineDays) {}
