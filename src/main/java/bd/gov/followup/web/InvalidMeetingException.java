package bd.gov.followup.web;

import bd.gov.followup.minutes.MinutesProblem;
import java.util.List;

/** A meeting sent as JSON that cannot be registered; each problem names the field and its JSON pointer. */
class InvalidMeetingException extends RuntimeException {

  private final transient List<MinutesProblem> problems;

  InvalidMeetingException(List<MinutesProblem> problems) {
    super(problems.size() + " problem(s) in the meeting");
    this.problems = List.copyOf(problems);
  }

  List<MinutesProblem> problems() {
    return problems;
  }
}
