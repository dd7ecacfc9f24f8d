package bd.gov.followup.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.followup.minutes.Decision;
import bd.gov.followup.minutes.TextMinutesReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/** The decisions as the Tasklist forms show and take them: written from the minutes, read back unchanged. */
class DecisionBlocksTest {

  final ObjectMapper objectMapper = new ObjectMapper();

  List<Decision> seedDecisions() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/minutes/jhenaidah-web-portal-committee-2023-11.txt")) {
      return new TextMinutesReader().read(in).meeting().decisions();
    }
  }

  @Test
  void theSeedsDecisions_writtenAndReadBack_areTheSame() throws Exception {
    List<Decision> seed = seedDecisions();
    String text = DecisionBlocks.write(seed);
    assertThat(text).startsWith("সিদ্ধান্ত ০১:").contains("\nসিদ্ধান্ত ০৫:");

    ArrayNode read = DecisionBlocks.parse(text, objectMapper);
    assertThat(read).hasSize(seed.size());
    for (int i = 0; i < seed.size(); i++) {
      Decision decision = seed.get(i);
      JsonNode item = read.get(i);
      assertThat(item.get("number").asInt()).isEqualTo(decision.number());
      assertThat(item.get("topic").asText(null)).isEqualTo(decision.topic());
      assertThat(item.path("text").asText(null)).isEqualTo(decision.text() == null ? null : decision.text().strip());
      List<String> implementers = new ArrayList<>();
      item.get("implementers").forEach(n -> implementers.add(n.asText()));
      assertThat(implementers).isEqualTo(decision.implementers());
      assertThat(item.path("deadline").asText(null))
          .isEqualTo(decision.deadline() == null ? null : decision.deadline().toString());
    }
  }

  /** A JSON registration or a table's empty cell gives "" rather than null: no empty label for the secretary to read. */
  @Test
  void anEmptyTopicOrDiscussion_writesNoEmptyLabel() {
    String text = DecisionBlocks.write(List.of(
        new Decision(1, " ", "", "পোর্টাল হালনাগাদ করতে হবে", List.of("সকল ইউএনও"), null),
        new Decision(2, "", "  \n ", "প্রশিক্ষণ দিতে হবে", List.of("প্রোগ্রামার"), null)));
    assertThat(text).isEqualTo("""
        সিদ্ধান্ত ০১:
        সিদ্ধান্ত: পোর্টাল হালনাগাদ করতে হবে
        বাস্তবায়নকারী: সকল ইউএনও

        সিদ্ধান্ত ০২:
        সিদ্ধান্ত: প্রশিক্ষণ দিতে হবে
        বাস্তবায়নকারী: প্রোগ্রামার
        """);
    assertThat(DecisionBlocks.parse(text, objectMapper)).hasSize(2);
  }

  @Test
  void typedBlocks_withContinuationLines_asciiDigits_andAWorkingDaySpan() {
    ArrayNode read = DecisionBlocks.parse("""
        সিদ্ধান্ত 3 - পোর্টাল
        আলোচনা: প্রথম লাইন
        দ্বিতীয় লাইন
        সিদ্ধান্ত: হালনাগাদ করবেন
        বাস্তবায়নকারী:
        উপজেলা নির্বাহী অফিসার (সকল)
        সহকারী প্রোগ্রামার (সকল)
        সময়সীমা: ৭ কর্মদিবসের মধ্যে

        Decision 4: অন্য
        সব দপ্তর জানাবে
        বাস্তবায়নকারী: সকল দপ্তর প্রধান
        সময়সীমা: 15-02-2024
        """, objectMapper);
    assertThat(read).hasSize(2);
    assertThat(read.get(0).get("number").asInt()).isEqualTo(3);
    assertThat(read.get(0).get("topic").asText()).isEqualTo("পোর্টাল");
    assertThat(read.get(0).get("discussion").asText()).isEqualTo("প্রথম লাইন\nদ্বিতীয় লাইন");
    assertThat(read.get(0).get("implementers")).hasSize(2);
    assertThat(read.get(0).get("deadlineWorkingDays").asInt()).isEqualTo(7);
    assertThat(read.get(1).get("text").asText()).isEqualTo("সব দপ্তর জানাবে");
    assertThat(read.get(1).get("deadline").asText()).isEqualTo(LocalDate.of(2024, 2, 15).toString());
  }

  @Test
  void mistakes_areRefusedWithTheirLines_allOfThem() {
    assertThatThrownBy(() -> DecisionBlocks.parse("""
        ভূমিকা ছাড়া লেখা
        সিদ্ধান্ত ০১: পোর্টাল
        সিদ্ধান্ত: হালনাগাদ
        সময়সীমা: ৩১/০২/২০২৪
        সিদ্ধান্ত ০২: দ্বিতীয়
        বাস্তবায়নকারী: সকল দপ্তর প্রধান
        """, objectMapper))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("decisionsText line 1: ")
        .hasMessageContaining("decisionsText line 4: সময়সীমা «৩১/০২/২০২৪» কোনো সঠিক তারিখ নয় / not a real date")
        .hasMessageContaining("decisionsText line 2: সিদ্ধান্ত ০১-এর বাস্তবায়নকারী দিন")
        .hasMessageNotContaining("line 5");
    assertThatThrownBy(() -> DecisionBlocks.parse("  \n", objectMapper))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("অন্তত একটি সিদ্ধান্ত");
  }

  /** What a secretary types differently must not merge two decisions or lose one without a word. */
  @Test
  void headersWrittenOtherwise_areHeaders_andAmbiguousLinesAreRefused() {
    String ya = "\u09DF"; // য় as one character, as some keyboards type it
    ArrayNode read = DecisionBlocks.parse("""
        সিদ্ধান্ত নং ০১: পোর্টাল
        সিদ্ধান্ত: হালনাগাদ করবেন
        বাস্তবায়নকারী: সকল দপ্তর প্রধান
        সিদ্ধান্ত-০২: প্রশিক্ষণ
        সিদ্ধান্ত: প্রশিক্ষণ দেবেন
        বাস্তবায়নকারী: উপজেলা নির্বাহী অফিসার (সকল)
        সম%sসীমা: ৩০/০৪/২০২৪
        """.formatted(ya), objectMapper);
    assertThat(read).extracting(n -> n.get("number").asInt()).containsExactly(1, 2);
    assertThat(read.get(1).get("implementers")).hasSize(1);
    // sentences that begin with a label's word are text, as before
    assertThat(DecisionBlocks.parse("""
        সিদ্ধান্ত ০১: পোর্টাল
        আলোচনা শেষে সিদ্ধান্ত হয় যে সকল দপ্তর পোর্টাল হালনাগাদ করবে
        সময়সীমা বাড়ানোর প্রয়োজন হলে সভাপতিকে জানাবে
        বাস্তবায়নকারী: সকল দপ্তর প্রধান
        """, objectMapper).get(0).get("text").asText()).startsWith("আলোচনা শেষে").contains("\nসময়সীমা বাড়ানোর");
    assertThat(read.get(1).get("deadline").asText()).isEqualTo("2024-04-30");

    assertThatThrownBy(() -> DecisionBlocks.parse("""
        সিদ্ধান্ত ০১: পোর্টাল
        সিদ্ধান্ত: হালনাগাদ করবেন
        বাস্তবায়নকারী: সকল দপ্তর প্রধান
        সময়সীমা-৩০/০৪/২০২৪
        সিদ্ধান্ত ০২: প্রশিক্ষণ
        সিদ্ধান্ত: প্রশিক্ষণ দেবেন
        সিদ্ধান্ত: আবার
        বাস্তবায়নকারী: সকল দপ্তর প্রধান
        """, objectMapper))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("decisionsText line 4: ")
        .hasMessageContaining("decisionsText line 7: ");
  }

  /**
   * The commonest slip, ি for ী, still names the label; a line starting with the implementer's label but missing its
   * colon is refused at its line, not joined to the decision's text.
   */
  @Test
  void aLabelTypedWithTheShortI_isTheLabel_andOneWithoutItsColonIsRefused() {
    ArrayNode read = DecisionBlocks.parse("""
        সিদ্ধান্ত ০১: পোর্টাল
        সিদ্ধান্ত: হালনাগাদ করবেন
        বাস্তবায়নকারি: সহকারী কমিশনার, শিক্ষা
        সময়সিমা: ৩০/০৪/২০২৪
        """, objectMapper);
    assertThat(read.get(0).get("implementers")).extracting(JsonNode::asText).containsExactly("সহকারী কমিশনার, শিক্ষা");
    assertThat(read.get(0).get("deadline").asText()).isEqualTo("2024-04-30");
    assertThat(read.get(0).get("text").asText()).isEqualTo("হালনাগাদ করবেন");

    assertThatThrownBy(() -> DecisionBlocks.parse("""
        সিদ্ধান্ত ০১: পোর্টাল
        সিদ্ধান্ত: হালনাগাদ করবেন
        বাস্তবায়নকারী সকল দপ্তর প্রধান
        """, objectMapper))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("decisionsText line 3: ")
        .hasMessageContaining("কোলন");
  }

  /** Lines inside a decision's text are written as one line: one starting "সিদ্ধান্ত ২" is no new decision. */
  /**
   * A discussion whose label lost its colon ("আলোচনা পোর্টাল নিয়ে…") is an unlabelled line, the decision's text; a
   * "সিদ্ধান্ত:" after it gives the text a second time: refused, naming the line, rather than the discussion becoming
   * part of the decision every office reads.
   */
  @Test
  void anUnlabelledLineBeforeTheDecisionsLabel_isRefusedNamingIt() {
    assertThatThrownBy(() -> DecisionBlocks.parse("""
        সিদ্ধান্ত ০১: ক
        আলোচনা পোর্টাল নিয়ে আলোচনা
        সিদ্ধান্ত: খ
        বাস্তবায়নকারী: উপজেলা নির্বাহী অফিসার, মহেশপুর
        """, objectMapper))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("decisionsText line 3: সিদ্ধান্তের লেখা দুইবার: লাইন ২-এর লেবেলহীন লেখা")
        .hasMessageContaining("if line 2 is the discussion, start it with \"আলোচনা:\"");
    // with its colon, the same block reads
    ArrayNode read = DecisionBlocks.parse("""
        সিদ্ধান্ত ০১: ক
        আলোচনা: পোর্টাল নিয়ে আলোচনা
        সিদ্ধান্ত: খ
        বাস্তবায়নকারী: উপজেলা নির্বাহী অফিসার, মহেশপুর
        """, objectMapper);
    assertThat(read.get(0).get("text").asText()).isEqualTo("খ");
    assertThat(read.get(0).get("discussion").asText()).isEqualTo("পোর্টাল নিয়ে আলোচনা");
  }

  @Test
  void aDecisionsTextOfSeveralLines_readsBackAsOneDecision() {
    Decision decision = new Decision(1, "পোর্টাল", "প্রথম অনুচ্ছেদ\nসিদ্ধান্ত: আগের সভার",
        "হালনাগাদ করবেন\nসিদ্ধান্ত ২ অনুযায়ী প্রশিক্ষণ", List.of("সকল দপ্তর প্রধান"), LocalDate.of(2024, 1, 30));
    ArrayNode read = DecisionBlocks.parse(DecisionBlocks.write(List.of(decision)), objectMapper);
    assertThat(read).hasSize(1);
    assertThat(read.get(0).get("text").asText()).isEqualTo("হালনাগাদ করবেন সিদ্ধান্ত ২ অনুযায়ী প্রশিক্ষণ");
    assertThat(read.get(0).get("discussion").asText()).isEqualTo("প্রথম অনুচ্ছেদ সিদ্ধান্ত: আগের সভার");
    assertThat(read.get(0).get("implementers")).hasSize(1);
  }

  // --- numbers and spans are checked here, so the refusal names the typed line, not a position in a list

  static String block(String number) {
    return "সিদ্ধান্ত " + number + ": পোর্টাল\nসিদ্ধান্ত: হালনাগাদ করা হবে।\nবাস্তবায়নকারী: সকল দপ্তর প্রধান, ঝিনাইদহ।\n";
  }

  @Test
  void numbersAreReadWithLeadingZerosInEitherScript() {
    assertThat(DecisionBlocks.parse(block("০১") + block("02") + block("১২"), objectMapper))
        .extracting(d -> d.get("number").asInt()).containsExactly(1, 2, 12);
  }

  @Test
  void aNumberTooLargeZeroOrTwice_isRefusedWithItsLine() {
    assertThatThrownBy(() -> DecisionBlocks.parse(block("৯৯৯৯৯৯৯৯৯৯৯৯") + block("০০") + block("০২") + block("২"), objectMapper))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("decisionsText line 1: সিদ্ধান্তের ক্রমিক নম্বর ১ থেকে ৯৯৯ দিন")
        .hasMessageContaining("decisionsText line 4: সিদ্ধান্তের ক্রমিক নম্বর ১ থেকে ৯৯৯ দিন")
        .hasMessageContaining("decisionsText line 10: ক্রমিক নম্বর ২ লাইন ৭-এও আছে / decision number 2 is used on line 7")
        .hasMessageNotContaining("decisions[");
  }

  @Test
  void aWorkingDaySpanBeyondSixty_isRefusedWithItsLine() {
    assertThatThrownBy(() -> DecisionBlocks.parse(block("০১") + "সময়সীমা: ৬১ কর্মদিবস\n", objectMapper))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("decisionsText line 4: কর্মদিবসে সময়সীমা ১–৬০");
    assertThat(DecisionBlocks.parse(block("০১") + "সময়সীমা: ৬০ কর্মদিবস\n", objectMapper).get(0).get("deadlineWorkingDays")
        .asInt()).isEqualTo(60);
  }
}
