package bd.gov.followup.cluster;

import bd.gov.followup.workflow.JsonVariables;
import bd.gov.followup.workflow.ProcessVariables;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Decisions whose deadline has passed, started as {@code DecisionFollowup} directly (the variables MeetingFollowup
 * passes, as in the process tests): each waits at the lead's acceptance task and holds one due escalation timer.
 */
public final class PastDeadlineDecisions {

  public static final String MEMO = "56.04.4400.000.34.002.19.69-LOAD";

  private PastDeadlineDecisions() {}

  /** Starts {@code count} decisions with {@code threads} threads; business keys {@code MEMO/<prefix><i>}. */
  public static void start(ProcessEngine engine, String prefix, int count, int threads) throws Exception {
    String deadline = LocalDate.now().minusDays(30).toString();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            startOne(engine, prefix + i, i, deadline);
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static void startOne(ProcessEngine engine, String key, int number, String deadline) {
    VariableMap variables = Variables.createVariables()
        .putValue(ProcessVariables.MEMO_KEY, MEMO)
        .putValue(ProcessVariables.MEETING_TITLE, "জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির সভা (লোড)")
        .putValue(ProcessVariables.DECISION_NUMBER, number % 99 + 1)
        .putValue(ProcessVariables.DECISION_TITLE, "সিদ্ধান্ত " + key)
        .putValue(ProcessVariables.DECISION_TEXT, "উপজেলা পর্যায়ের ওয়েব পোর্টাল হালনাগাদ করবেন।")
        .putValue(ProcessVariables.IMPLEMENTER_PHRASES,
            JsonVariables.stringList(List.of("সহকারী কমিশনার (আইসিটি)", "ও সহকারী কমিশনার, শিক্ষা")))
        .putValue(ProcessVariables.DEADLINE, deadline)
        .putValue(ProcessVariables.SECRETARY_GROUP, "programmer-ict")
        .putValue(ProcessVariables.CHAIR_GROUP, "adc-edu-ict");
    engine.getRuntimeService()
        .startProcessInstanceByKey(ProcessVariables.DECISION_PROCESS, MEMO + "/" + key, variables);
  }
}
