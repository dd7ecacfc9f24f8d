package bd.gov.followup.directory;

import java.util.List;
import java.util.Map;

/**
 * The directory file as written (YAML). {@link DirectoryValidator} checks it; {@link OfficeDirectory} is what the
 * application uses.
 *
 * @param spellings variant spellings of single words of this district's names, variant → usual spelling
 *     (কালিগঞ্জ → কালীগঞ্জ); the common Bengali ones are built in
 * @param roles the roles of the committee this directory serves first, and of any committee it does not list
 * @param committees the district's other committees, each with its own secretary and chair (a committee chaired by
 *     the Deputy Commissioner escalates to the DC, not to the ADC of the first)
 * @param nonOffices phrases that lists of minutes contain but that name no office ("অফিস কপি")
 */
record DirectoryFile(
    String id,
    String nameBn,
    String nameEn,
    Roles roles,
    List<Committee> committees,
    Map<String, String> spellings,
    List<Upazila> upazilas,
    List<OfficeSet> sets,
    List<OfficeEntry> offices,
    List<String> nonOffices) {

  DirectoryFile {
    committees = committees == null ? List.of() : List.copyOf(committees);
    spellings = spellings == null ? Map.of() : Map.copyOf(spellings);
    upazilas = upazilas == null ? List.of() : List.copyOf(upazilas);
    sets = sets == null ? List.of() : List.copyOf(sets);
    offices = offices == null ? List.of() : List.copyOf(offices);
    nonOffices = nonOffices == null ? List.of() : List.copyOf(nonOffices);
  }

  /**
   * Which offices hold the first committee's roles.
   *
   * @param committee its name as its minutes give it: needed only when {@code committees} lists others, to tell its
   *     meetings from those of a committee the file does not list
   */
  record Roles(String committee, List<String> otherNames, String secretary, String chair) {
    Roles {
      otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    }
  }

  /**
   * A committee by its name as minutes write it, and which offices hold its roles.
   *
   * @param otherNames other ways its minutes name it, beyond those every name is matched with (a misspelling)
   */
  record Committee(String name, List<String> otherNames, String secretary, String chair) {
    Committee {
      otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    }
  }

  /** One office as written: an {@link Office} and, optionally, the id of its demo user. */
  record OfficeEntry(
      String id,
      String nameBn,
      String nameEn,
      OfficeLevel level,
      String upazila,
      String email,
      List<String> phrases,
      List<String> sets,
      String demoUser) {

    Office toOffice() {
      return new Office(id, nameBn, nameEn, level, upazila, blankToNull(email), phrases, sets);
    }

    private static String blankToNull(String text) {
      return text == null || text.isBlank() ? null : text.trim();
    }
  }
}
