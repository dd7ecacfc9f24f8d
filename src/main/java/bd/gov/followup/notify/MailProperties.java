package bd.gov.followup.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender of every notification
 * @param baseUrl where officials reach the application, for links in messages
 */
@ConfigurationProperties("followup.mail")
public record MailProperties(
    @DefaultValue("followup@localhost") String from, @DefaultValue("http://localhost:8080") String baseUrl) {}
