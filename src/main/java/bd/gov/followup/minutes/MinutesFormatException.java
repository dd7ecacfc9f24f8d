package bd.gov.followup.minutes;

import java.util.List;
import java.util.stream.Collectors;

/** The minutes could not be read into a meeting; every problem found is listed, not only the first. */
public class MinutesFormatException extends RuntimeException {

  private final transient List<MinutesProblem> problems;

  public MinutesFormatException(List<MinutesProblem> problems) {
    super(describe(problems));
    if (problems == null || problems.isEmpty()) {
      throw new IllegalArgumentException("a format exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public MinutesFormatException(MinutesProblem problem) {
    this(List.of(problem));
  }

  public List<MinutesProblem> problems() {
    return problems;
  }

  private static String describe(List<MinutesProblem> problems) {
    return problems == null
        ? ""
        : problems.stream()
            .map(p -> p.field() + " (" + p.location() + "): " + p.message())
            .collect(Collectors.joining("; "));
  }
}
