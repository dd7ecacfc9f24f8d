package bd.gov.followup.directory;

import java.util.List;

/**
 * One office of the district. Its id is also its Camunda group id (uno-kaliganj, ap-kaliganj, programmer-ict, …).
 *
 * @param upazila the slug of the office's upazila (sadar, kaliganj, …) for upazila and union offices, else null
 * @param phrases the Bengali phrases of minutes that name exactly this office
 * @param sets the ids of the office sets it belongs to (set-unos, set-office-heads, …)
 */
public record Office(
    String id,
    String nameBn,
    String nameEn,
    OfficeLevel level,
    String upazila,
    String email,
    List<String> phrases,
    List<String> sets) {

  public Office {
    phrases = phrases == null ? List.of() : List.copyOf(phrases);
    sets = sets == null ? List.of() : List.copyOf(sets);
  }
}
