package bd.gov.followup.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * "পূর্ববর্তী সভার সিদ্ধান্ত বাস্তবায়ন অগ্রগতি": every decision of one meeting and how far it got, read from Camunda.
 *
 * @param memoKey the business key (ASCII digits); memoNumber is the memo number as the minutes write it
 * @param issueDateBangla the Bangabda issue date as the minutes write it, or null
 * @param asOf when the report was drawn up (engine clock), at Dhaka's offset: the JSON says "+06:00", as a client
 *     reading it as an instant needs; the page and the spreadsheet print its Dhaka time
 * @param partial true when the reader may see only some of the meeting's decisions (an office sees those it takes
 *     part in); the rates then count those only
 * @param previousDecisions "আগের সভার অনিষ্পন্ন সিদ্ধান্ত": the earlier meetings' decisions that were still open when this
 *     meeting was registered, as they stand now
 */
public record ProgressReport(
    String memoKey,
    String memoNumber,
    String committee,
    String office,
    String meetingTitle,
    LocalDate meetingDate,
    LocalDate issueDate,
    String issueDateBangla,
    String chairName,
    String chairDesignation,
    boolean settled,
    OffsetDateTime asOf,
    List<DecisionProgress> decisions,
    Rates rates,
    boolean partial,
    List<CarriedOverDecision> previousDecisions) {

  public ProgressReport {
    decisions = decisions == null ? List.of() : List.copyOf(decisions);
    previousDecisions = previousDecisions == null ? List.of() : List.copyOf(previousDecisions);
  }

  /**
   * The report as it reads once the meeting has ended: drawn up at the meeting's end event (the final report's mail),
   * the instance has not ended yet, but every decision is settled.
   */
  public ProgressReport asSettled() {
    return new ProgressReport(memoKey, memoNumber, committee, office, meetingTitle, meetingDate, issueDate,
        issueDateBangla, chairName, chairDesignation, true, asOf, decisions, rates, partial, previousDecisions);
  }

  /**
   * The meeting's implementation rates, in percent rounded to one decimal; null where there is nothing to count (the
   * page's "—"): 0 % would read as nothing done.
   *
   * @param decisionRate decisions implemented ÷ decisions not continued (a decision continued by a later meeting's
   *     own is counted there); null when every decision was continued, or none is shown
   * @param officeRate offices done (update verified) ÷ offices asked less those withdrawn (the work was not theirs),
   *     of the decisions not continued; null while no office was asked, or every office asked was withdrawn
   * @param officesWithdrawn of officesAsked, those withdrawn: out of the office rate, as neither done nor missing
   */
  public record Rates(
      int decisions, int decisionsImplemented, Double decisionRate, int officesAsked, int officesDone,
      Double officeRate, int decisionsClosed, int decisionsOpen, int decisionsContinued,
      int decisionsDeclaredImplemented, int officesWithdrawn) {

    static Rates of(List<DecisionProgress> decisions) {
      int implemented = (int) decisions.stream().filter(d -> d.state() == DecisionState.IMPLEMENTED).count();
      int closed = (int) decisions.stream().filter(d -> d.state() == DecisionState.CLOSED_NOT_IMPLEMENTED).count();
      int continued = (int) decisions.stream().filter(d -> d.state() == DecisionState.CONTINUED).count();
      int declared = (int) decisions.stream().filter(Rates::declaredImplemented).count();
      // a continued decision's offices are counted under the decision that continues it, as the decision is; those
      // of one a later meeting declared implemented are not counted at all: their reports did not decide it, and
      // counting them undone would set a 0 % for offices beside a decision done
      List<DecisionProgress> byOffices = decisions.stream()
          .filter(d -> d.state() != DecisionState.CONTINUED && !declaredImplemented(d)).toList();
      int asked = byOffices.stream().mapToInt(DecisionProgress::officesAsked).sum();
      int done = byOffices.stream().mapToInt(DecisionProgress::officesDone).sum();
      // an office whose part was withdrawn (the work was not its own) was asked by mistake: neither done nor missing
      int withdrawn = byOffices.stream().mapToInt(DecisionProgress::officesWithdrawn).sum();
      return new Rates(decisions.size(), implemented, percent(implemented, decisions.size() - continued), asked, done,
          percent(done, asked - withdrawn), closed, decisions.size() - implemented - closed - continued, continued,
          declared, withdrawn);
    }

    /** Implemented as a later meeting declared, whatever its offices reported (DecisionClosing.Kind.IMPLEMENTED). */
    static boolean declaredImplemented(DecisionProgress d) {
      return d.state() == DecisionState.IMPLEMENTED && !d.closeReason().isBlank();
    }

    /** The offices the office rate counts: those asked, less those withdrawn. */
    public int officesCounted() {
      return officesAsked - officesWithdrawn;
    }

    /** The decisions the rate counts: all but those continued by a later meeting's decision. */
    public int decisionsCounted() {
      return decisions - decisionsContinued;
    }

    /** null of nothing: no rate, not 0 %. */
    static Double percent(int part, int whole) {
      return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
  }
}
