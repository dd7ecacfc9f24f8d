package bd.gov.followup.directory;

import java.util.Objects;

/**
 * Which offices hold a committee's roles: its member-secretary registers the minutes, decides what the directory
 * cannot resolve and verifies reports; its chair decides late decisions.
 *
 * @param committee the committee's name as the directory lists it; null for the directory's first committee, which
 *     also serves a committee the directory does not list
 */
public record CommitteeRoles(String committee, Office secretary, Office chair) {

  public CommitteeRoles {
    Objects.requireNonNull(secretary, "secretary");
    Objects.requireNonNull(chair, "chair");
  }

  /** Whether the directory lists the committee by name (false: the first committee's roles stand in). */
  public boolean listed() {
    return committee != null;
  }
}
