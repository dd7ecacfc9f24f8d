package bd.gov.followup.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code followup.calendar.*}: where the district keeps holiday lists of its own.
 *
 * @param location a folder of {@code holidays-<year>.yaml} files, read at startup after the lists shipped with the
 *     application: a year found there (next year's list once the ministry publishes it, or a year corrected by
 *     gazette) replaces the shipped one. Empty: the shipped lists only.
 */
@ConfigurationProperties("followup.calendar")
public record CalendarProperties(String location) {}
