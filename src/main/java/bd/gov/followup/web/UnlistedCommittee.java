package bd.gov.followup.web;

import bd.gov.followup.directory.CommitteeRoles;
import bd.gov.followup.directory.OfficeDirectory;
import bd.gov.followup.directory.Office;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.minutes.MinutesWarning;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A meeting of a committee the directory does not list, in a directory that lists committees: its late decisions
 * would go to the first committee's chair. Said when the minutes come in, first in the import's preview: once the
 * administrator adds the committee, the next start hands its meetings over (workflow.CommitteeHandover).
 */
@Component
class UnlistedCommittee {

  private final OfficeDirectory directory;

  UnlistedCommittee(OfficeDirectory directory) {
    this.directory = directory;
  }

  /** @param location where the committee's name was read ("/committee" for JSON) */
  Optional<MinutesWarning> warning(Meeting meeting, String location) {
    String committee = meeting.committee();
    if (!directory.listsCommittees() || committee == null || committee.isBlank()) {
      return Optional.empty();
    }
    CommitteeRoles roles = directory.rolesFor(committee);
    if (roles.listed()) {
      return Optional.empty();
    }
    // the minutes' own chair, when the directory knows the office and it is not the one assumed: the likeliest slip
    Optional<Office> named = meeting.chair() == null || meeting.chair().designation() == null ? Optional.empty()
        : directory.resolve(meeting.chair().designation()).offices().stream().findFirst()
            .filter(office -> !office.id().equals(roles.chair().id()));
    return Optional.of(new MinutesWarning("committee", location, "কমিটি «" + committee.strip()
        + "» নির্দেশিকার কমিটির তালিকায় নেই: এর সভাপতি ধরা হবে " + roles.chair().nameBn() + " এবং সদস্য-সচিব "
        + roles.secretary().nameBn()
        + named.map(office -> ", যদিও কার্যবিবরণীর সভাপতি " + office.nameBn()).orElse("")
        + "; ভিন্ন হলে প্রশাসককে কমিটিটি এই নামে নির্দেশিকায় যোগ করতে বলুন (যোগ করে অ্যাপ্লিকেশন আবার চালু করলে সভাটি এর"
        + " নিজের সভাপতি ও সদস্য-সচিবের কাছে যাবে) / the committee is not in the directory: its late decisions go to '"
        + roles.chair().id() + "'" + named.map(office -> ", though the minutes' chair is '" + office.id() + "'")
            .orElse("") + "; have the administrator add it, and restart"));
  }
}
