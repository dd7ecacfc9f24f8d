package bd.gov.followup.directory;

import java.util.List;

/**
 * What a decision's implementer phrases point to.
 *
 * @param offices every office that must report, in the order the phrases name them, without repeats
 * @param lead the first office named on its own (not as part of a set), or null: then the secretary leads
 * @param unresolved the parts of phrases that name no known office or set, as written; never silently dropped
 */
public record Resolution(List<Office> offices, Office lead, List<String> unresolved) {

  public Resolution {
    offices = List.copyOf(offices);
    unresolved = List.copyOf(unresolved);
  }

  public boolean complete() {
    return unresolved.isEmpty();
  }
}
