package bd.gov.followup.directory;

import bd.gov.followup.directory.DirectoryFile.OfficeEntry;
import bd.gov.followup.minutes.CommitteeKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a directory file before anything uses it. People edit the file by hand; a mistake must stop the application
 * with a message that names the office and field, not surface later as a task nobody can see.
 */
final class DirectoryValidator {

  /** Ids are Camunda group and user ids and appear in URLs: lowercase ASCII words joined by hyphens. */
  static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");

  /** The office id of an upazila's UNO, by convention: every upazila has one, and a union's lateness goes to it. */
  static String unoId(String upazilaSlug) {
    return "uno-" + upazilaSlug;
  }

  void validate(DirectoryFile file) {
    checkId("district", file.id(), "id");
    required("district '" + file.id() + "'", "nameBn", file.nameBn());
    Set<String> upazilas = checkUpazilas(file.upazilas());
    Set<String> groupIds = new HashSet<>();
    Set<String> setIds = checkSets(file.sets(), groupIds);
    Map<String, OfficeEntry> offices = checkOffices(file.offices(), upazilas, setIds, groupIds);
    checkUnos(upazilas, offices);
    checkSetsHaveMembers(file, setIds);
    checkRoles(file.roles(), offices);
    checkSpellings(file.spellings());
    checkFirstCommitteeNamed(file);
    checkCommittees(file, offices);
  }

  private Set<String> checkUpazilas(List<Upazila> upazilas) {
    Set<String> slugs = new HashSet<>();
    for (Upazila upazila : upazilas) {
      checkId("upazila", upazila.slug(), "slug");
      required("upazila '" + upazila.slug() + "'", "nameBn", upazila.nameBn());
      if (!slugs.add(upazila.slug())) {
        throw new InvalidDirectoryException("upazila '" + upazila.slug() + "': field 'slug' is used twice");
      }
    }
    return slugs;
  }

  private Set<String> checkSets(List<OfficeSet> sets, Set<String> groupIds) {
    Set<String> ids = new HashSet<>();
    for (OfficeSet set : sets) {
      checkId("set", set.id(), "id");
      String where = "set '" + set.id() + "'";
      required(where, "nameBn", set.nameBn());
      unique(where, set.id(), groupIds);
      ids.add(set.id());
    }
    return ids;
  }

  private Map<String, OfficeEntry> checkOffices(
      List<OfficeEntry> entries, Set<String> upazilas, Set<String> setIds, Set<String> groupIds) {
    Map<String, OfficeEntry> offices = new HashMap<>();
    Set<String> demoUsers = new HashSet<>();
    for (OfficeEntry office : entries) {
      checkId("office", office.id(), "id");
      String where = "office '" + office.id() + "'";
      unique(where, office.id(), groupIds);
      required(where, "nameBn", office.nameBn());
      if (office.level() == null) {
        throw new InvalidDirectoryException(where + ": field 'level' is missing (DISTRICT, UPAZILA or UNION)");
      }
      checkUpazilaOf(where, office, upazilas);
      noBlankEntry(where, "phrases", office.phrases());
      noBlankEntry(where, "sets", office.sets());
      for (String set : office.sets() == null ? List.<String>of() : office.sets()) {
        if (!setIds.contains(set)) {
          throw new InvalidDirectoryException(where + ": field 'sets' names unknown set '" + set + "'");
        }
      }
      if (office.email() != null && !office.email().isBlank() && !EMAIL.matcher(office.email().trim()).matches()) {
        throw new InvalidDirectoryException(
            where + ": field 'email' is not an email address: '" + office.email() + "'");
      }
      if (office.demoUser() != null) {
        if (!ID.matcher(office.demoUser()).matches()) {
          throw new InvalidDirectoryException(where + ": field 'demoUser' must be lowercase ASCII words joined by"
              + " hyphens, not '" + office.demoUser() + "'");
        }
        if (!demoUsers.add(office.demoUser())) {
          throw new InvalidDirectoryException(where + ": field 'demoUser' '" + office.demoUser() + "' is used twice");
        }
      }
      offices.put(office.id(), office);
    }
    return offices;
  }

  private void checkUpazilaOf(String where, OfficeEntry office, Set<String> upazilas) {
    if (office.level() == OfficeLevel.DISTRICT) {
      if (office.upazila() != null) {
        throw new InvalidDirectoryException(where + ": field 'upazila' must be empty for a DISTRICT office");
      }
    } else if (office.upazila() == null) {
      throw new InvalidDirectoryException(where + ": field 'upazila' is missing for a " + office.level() + " office");
    } else if (!upazilas.contains(office.upazila())) {
      throw new InvalidDirectoryException(where + ": field 'upazila' names unknown upazila '" + office.upazila() + "'");
    }
  }

  private void checkUnos(Set<String> upazilas, Map<String, OfficeEntry> offices) {
    for (String upazila : upazilas) {
      OfficeEntry uno = offices.get(unoId(upazila));
      if (uno == null) {
        throw new InvalidDirectoryException("upazila '" + upazila + "': no UNO office '" + unoId(upazila) + "'");
      }
      if (uno.level() != OfficeLevel.UPAZILA || !upazila.equals(uno.upazila())) {
        throw new InvalidDirectoryException("office '" + uno.id() + "': field 'upazila' must be '" + upazila
            + "' and field 'level' UPAZILA");
      }
    }
  }

  private void checkSetsHaveMembers(DirectoryFile file, Set<String> setIds) {
    Set<String> used = new HashSet<>();
    file.offices().forEach(office -> used.addAll(office.sets() == null ? List.of() : office.sets()));
    for (String set : setIds) {
      if (!used.contains(set)) {
        throw new InvalidDirectoryException("set '" + set + "': no office names it in field 'sets'");
      }
    }
  }

  private void checkRoles(DirectoryFile.Roles roles, Map<String, OfficeEntry> offices) {
    if (roles == null) {
      throw new InvalidDirectoryException("district: field 'roles' is missing (secretary and chair)");
    }
    role("secretary", roles.secretary(), offices);
    role("chair", roles.chair(), offices);
  }

  private void checkFirstCommitteeNamed(DirectoryFile file) {
    if (!file.committees().isEmpty() && CommitteeKey.of(file.roles().committee()).isEmpty()) {
      throw new InvalidDirectoryException("roles: field 'committee' is missing: with 'committees' listed, the first"
          + " committee's name tells its meetings from those of a committee the file does not list");
    }
  }

  private void role(String role, String officeId, Map<String, OfficeEntry> offices) {
    role("roles", role, officeId, offices);
  }

  private void role(String where, String role, String officeId, Map<String, OfficeEntry> offices) {
    if (officeId == null || !offices.containsKey(officeId)) {
      throw new InvalidDirectoryException(where + ": field '" + role + "' names unknown office '" + officeId + "'");
    }
  }

  // two entries whose names minutes cannot tell apart would make a meeting's chair depend on the file's order
  private void checkCommittees(DirectoryFile file, Map<String, OfficeEntry> offices) {
    if (file.committees().isEmpty()) {
      return;
    }
    PhraseTokenizer tokenizer = new PhraseTokenizer(file.spellings());
    CommitteeMatchKey match = new CommitteeMatchKey(tokenizer, new DistrictName(tokenizer, file.nameBn()));
    Set<String> keys = new HashSet<>();
    names("roles", file.roles().committee(), file.roles().otherNames(), match, keys);
    for (int i = 0; i < file.committees().size(); i++) {
      DirectoryFile.Committee committee = file.committees().get(i);
      String where = "committees[" + i + "]";
      if (committee == null || match.of(committee.name()).isEmpty()) {
        throw new InvalidDirectoryException(where + ": field 'name' is missing (the committee's name in its minutes)");
      }
      where += " ('" + committee.name() + "')";
      names(where, committee.name(), committee.otherNames(), match, keys);
      role(where, "secretary", committee.secretary(), offices);
      role(where, "chair", committee.chair(), offices);
    }
  }

  private static void names(String where, String name, List<String> otherNames, CommitteeMatchKey match,
      Set<String> keys) {
    noBlankEntry(where, "otherNames", otherNames);
    for (String each : java.util.stream.Stream.concat(java.util.stream.Stream.of(name), otherNames.stream()).toList()) {
      if (match.of(each).isEmpty()) {
        throw new InvalidDirectoryException(where + ": '" + each + "' names no committee (only the district's name or"
            + " joining words)");
      }
      if (!keys.add(match.of(each))) {
        throw new InvalidDirectoryException(where + ": '" + each + "' names a committee listed already (names that"
            + " differ only in the district's name, spacing, punctuation or a word like «ও», «সংক্রান্ত» or «পর্যায়ের»"
            + " are one committee)");
      }
    }
  }

  private void checkSpellings(Map<String, String> spellings) {
    spellings.forEach((variant, usual) -> {
      if (variant.isBlank() || variant.trim().contains(" ") || usual == null || usual.isBlank()) {
        throw new InvalidDirectoryException("spellings: '" + variant + "' must be one word with a spelling to use");
      }
    });
  }

  // "phrases: [a, , b]" or a stray "-" gives an empty entry: an easy slip when editing by hand
  private static void noBlankEntry(String where, String field, List<String> entries) {
    if (entries != null && entries.stream().anyMatch(entry -> entry == null || entry.isBlank())) {
      throw new InvalidDirectoryException(where + ": field '" + field + "' has an empty entry");
    }
  }

  private static void checkId(String kind, String id, String field) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidDirectoryException(kind + " '" + id + "': field '" + field
          + "' must be lowercase ASCII words joined by hyphens");
    }
  }

  private static void required(String where, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidDirectoryException(where + ": field '" + field + "' is missing");
    }
  }

  // offices and sets are both Camunda groups: one id space
  private static void unique(String where, String id, Set<String> groupIds) {
    if (!groupIds.add(id)) {
      throw new InvalidDirectoryException(where + ": field 'id' is used twice (office and set ids must all differ)");
    }
  }
}
