package bd.gov.followup.directory;

import java.util.List;

/**
 * A set of offices that minutes name as a whole ("উপজেলা নির্বাহী অফিসার (সকল)", "সকল দপ্তর প্রধান"). Each member
 * gets its own task. The id is also a Camunda group id (set-unos, …).
 */
public record OfficeSet(String id, String nameBn, String nameEn, List<String> phrases) {

  public OfficeSet {
    phrases = phrases == null ? List.of() : List.copyOf(phrases);
  }
}
