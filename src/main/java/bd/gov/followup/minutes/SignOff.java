package bd.gov.followup.minutes;

import java.time.LocalDate;
import java.util.List;

/** What the lines around the signatures say: memo number, issue dates, signatories, distribution list. */
record SignOff(
    String memoNumber,
    LocalDate issueDate,
    String issueDateBangla,
    List<Person> signatories,
    List<Recipient> distribution) {}
