package bd.gov.followup.web;

import static bd.gov.followup.workflow.ProcessVariables.MEETING_PROCESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The same minutes sent by several clients at once, each over its own HTTP connection to Tomcat's request threads:
 * one registration, the others answered with it. Business keys
 * are not unique in Camunda; the memo number's row in followup_meeting_key is what keeps the second start out.
 */
class ConcurrentRegistrationTest extends ApiTestSupport {

  static final int CLIENTS = 6;

  @org.springframework.beans.factory.annotation.Autowired bd.gov.followup.workflow.MeetingRegistration registration;

  /** What decides a race that both look-ups lose: the second claim of a memo number fails, whoever makes it. */
  @Test
  void aMemoNumberIsClaimedOnce() throws Exception {
    bd.gov.followup.minutes.Meeting meeting =
        objectMapper.treeToValue(seedJson(uniqueSuffix()), bd.gov.followup.minutes.Meeting.class);
    registration.register(meeting, false); // claims the memo number for its meeting
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> registration.claim(meeting, "second-node"))
        .isInstanceOf(bd.gov.followup.workflow.MeetingAlreadyRegisteredException.class)
        .satisfies(e -> assertThat(((bd.gov.followup.workflow.MeetingAlreadyRegisteredException) e).processInstanceId())
            .isNull());
  }

  /**
   * Two officials close the same decision at the same moment: one closes it, the other hears it is not open (409),
   * never a server error — the engine's concurrent change or a message nobody waits for any more mean just that.
   */
  @Test
  void theSameDecisionClosedTwiceAtOnce_closesOnce_andTheOtherIsTold() throws Exception {
    String suffix = uniqueSuffix();
    http.post().uri("/api/meetings").header("Authorization", basic(secretary()))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(objectMapper.writeValueAsString(seedJson(suffix)))
        .exchange().expectStatus().isCreated();
    String chair = user("meetings-chair", "adc-edu-ict");
    List<Integer> statuses = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int number = 1; number <= 5; number++) {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String user : List.of(secretary(), chair)) {
          int decision = number;
          answers.add(pool.submit(() -> {
            together.await(30, TimeUnit.SECONDS);
            return http.post().uri("/api/meetings/{k}/decisions/{n}/close", keyOf(suffix), decision)
                .header("Authorization", basic(user)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\": \"পরবর্তী সভার সিদ্ধান্তে প্রতিস্থাপিত\"}")
                .exchange().expectBody().returnResult().getStatus().value();
          }));
        }
        List<Integer> pair = new ArrayList<>();
        for (Future<Integer> answer : answers) {
          pair.add(answer.get(120, TimeUnit.SECONDS));
        }
        assertThat(pair).as("decision " + number + ": " + pair).containsExactlyInAnyOrder(200, 409);
        statuses.addAll(pair);
      }
    } finally {
      pool.shutdownNow();
    }
    // the decisions' own: the notices their offices were given carry the decision's business key too
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("DecisionFollowup")
        .processInstanceBusinessKeyLike(keyOf(suffix) + "/%").count()).as("every decision closed").isZero();
  }

  @Test
  void theSameMinutesAtOnce_startOneMeeting() throws Exception {
    String suffix = uniqueSuffix();
    String body = objectMapper.writeValueAsString(seedJson(suffix));
    String secretary = secretary();
    CyclicBarrier together = new CyclicBarrier(CLIENTS);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        answers.add(pool.submit(() -> {
          together.await(30, TimeUnit.SECONDS);
          return http.post().uri("/api/meetings").header("Authorization", basic(secretary))
              .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
              .exchange().expectBody().returnResult().getStatus().value();
        }));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get(120, TimeUnit.SECONDS));
      }
      assertThat(statuses).as("statuses " + statuses).containsOnly(201, 200);
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(MEETING_PROCESS).processInstanceBusinessKey(keyOf(suffix)).count()).isEqualTo(1);
  }
}
