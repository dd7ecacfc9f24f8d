package bd.gov.followup.notify;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Production's public address ({@value #ENV}): the links in every mail lead there (followup.mail.base-url in
 * application-prod.yaml) and the webapps' CSRF check compares origins with it. Left unset, the mails link to
 * {@code http://localhost:8080}, which no official can open, and nothing else fails: so the start says so, as a
 * warning, rather than a mail reader finding out.
 */
@Component
@Profile("prod")
public class PublicAddressCheck {

  private static final Logger log = LoggerFactory.getLogger(PublicAddressCheck.class);

  public static final String ENV = "FOLLOWUP_PUBLIC_ORIGIN";

  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0");

  private final String publicOrigin;
  private final MailProperties mail;

  public PublicAddressCheck(@Value("${" + ENV + ":}") String publicOrigin, MailProperties mail) {
    this.publicOrigin = publicOrigin;
    this.mail = mail;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void warnIfUnset() {
    String problem = problem();
    if (problem != null) {
      log.warn(problem);
    }
  }

  /** What is wrong with the public address, or null when it is set to an address others can reach. */
  public String problem() {
    String example = "Set it to the address officials use, e.g. " + ENV + "=https://followup.<district>.gov.bd";
    if (publicOrigin == null || publicOrigin.isBlank()) {
      return ENV + " is not set: the links in mails lead to " + mail.baseUrl() + ", which officials cannot open, and"
          + " the webapps' CSRF check has no public origin. " + example;
    }
    String host = host(publicOrigin);
    if (host == null) {
      return ENV + "=" + publicOrigin + " is not an address like https://host: the links in mails lead to "
          + mail.baseUrl() + ". " + example;
    }
    if (LOOPBACK.contains(host)) {
      return ENV + "=" + publicOrigin + " points at this machine: the links in mails lead to " + mail.baseUrl()
          + ", which officials cannot open. " + example;
    }
    String mailHost = host(mail.baseUrl());
    if (mailHost == null || LOOPBACK.contains(mailHost)) {
      return "followup.mail.base-url=" + mail.baseUrl() + " is not the public address " + publicOrigin
          + ": the links in mails lead there, which officials cannot open. Remove the setting (the mails then link"
          + " to " + ENV + ") or set it to the public address";
    }
    return null;
  }

  /** The host of an absolute URL, lower case, or null when it is none. */
  static String host(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
