package bd.gov.followup.ops;

import java.time.Instant;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The server's time zone: deadlines are computed in Asia/Dhaka whatever it is, but Camunda stores a timer's due date
 * in the JVM's zone and the nightly history cleanup window (22:00–06:00, application.yaml) is the JVM's local time.
 * A server left in UTC cleans up from 04:00 to 12:00 in Dhaka, across the 09:00 reminders, and cluster nodes in
 * different zones fire each other's timers hours off: the start says so, rather than an operator finding out.
 */
@Component
public class ServerTimeZoneCheck {

  private static final Logger log = LoggerFactory.getLogger(ServerTimeZoneCheck.class);
  static final ZoneId OFFICES = ZoneId.of("Asia/Dhaka");

  @EventListener(ApplicationReadyEvent.class)
  public void warnIfNotDhaka() {
    String problem = problem(ZoneId.systemDefault(), Instant.now());
    if (problem != null) {
      log.warn(problem);
    }
  }

  /** What is wrong with the server's zone, or null when its clock reads as Dhaka's. */
  static String problem(ZoneId server, Instant now) {
    if (server.getRules().getOffset(now).equals(OFFICES.getRules().getOffset(now))) {
      return null;
    }
    return "The server's time zone is " + server.getId() + ", not the offices' (Asia/Dhaka): the nightly history"
        + " cleanup (22:00-06:00) runs in " + server.getId() + " time, and every node of a cluster must share one zone."
        + " Start the JVM with TZ=Asia/Dhaka (or -Duser.timezone=Asia/Dhaka). Deadlines are computed in Asia/Dhaka"
        + " either way.";
  }
}
