package bd.gov.followup.directory;

import java.util.List;

/** What a known phrase points to. */
sealed interface PhraseTarget {

  /** A short description for error messages: "office 'uno-sadar'". */
  String describe();

  /** Whether both name the same office, set, role or non-office; a set limited to an upazila is still its set. */
  default boolean namesSameAs(PhraseTarget other) {
    return equals(other);
  }

  /** A phrase that names exactly one office. */
  record Single(Office office) implements PhraseTarget {
    @Override
    public String describe() {
      return "office '" + office.id() + "'";
    }
  }

  /** A phrase that names every office of a set ("উপজেলা নির্বাহী অফিসার (সকল)"). */
  record Every(OfficeSet set, List<Office> members) implements PhraseTarget {
    @Override
    public String describe() {
      return "set '" + set.id() + "'";
    }

    @Override
    public boolean namesSameAs(PhraseTarget other) {
      return other instanceof Every every && every.set().id().equals(set.id());
    }
  }

  /** The meeting's committee's member-secretary («সদস্য সচিব»): which office depends on the committee. */
  record CommitteeSecretary() implements PhraseTarget {
    @Override
    public String describe() {
      return "the committee's member-secretary";
    }
  }

  /** A phrase that minutes use in their lists but that names no office ("অফিস কপি"): it asks nothing of anyone. */
  record NoOffice(String phrase) implements PhraseTarget {
    @Override
    public String describe() {
      return "non-office phrase '" + phrase + "'";
    }
  }
}
