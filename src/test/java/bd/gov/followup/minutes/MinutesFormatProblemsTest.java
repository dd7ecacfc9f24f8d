package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Minutes that cannot become a meeting: the exception names every problem's field and line. */
class MinutesFormatProblemsTest {

  private final TextMinutesReader reader = new TextMinutesReader();

  /** Bengali typed in Bijoy (SutonnyMJ) is Latin letters: said so, saved as UTF-8 or as Windows' ANSI alike. */
  @Test
  void bengaliTypedInBijoy_isSaidToBeSo_howeverItWasSaved() {
    String bijoy = "†Rjv I‡qe †cvU©vj nvjbvMv` KwgwUi mfvi Kvh©weeiYx\nmfvcwZ: †gvt Lv‡j` nvmvb, AwZwi³ †Rjv cÖkvmK\n"
        + "1| mKj `ßi wbR wbR I‡qe †cvU©vj nvjbvMv` Ki‡e|\n";
    for (byte[] saved : new byte[][] {bijoy.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        bijoy.getBytes(java.nio.charset.Charset.forName("windows-1252"))}) {
      assertThatThrownBy(() -> reader.read(new java.io.ByteArrayInputStream(saved)))
          .isInstanceOf(MinutesFormatException.class)
          .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((MinutesFormatException) e).problems())
              .singleElement().satisfies(p -> org.assertj.core.api.Assertions.assertThat(p.message())
                  .contains("বিজয় (সুতনিএমজে)", "Bijoy")));
    }
  }

  /**
   * UTF-8 minutes opened as Windows' ANSI and saved again ("à¦¸à¦­à¦¾" for "সভা"): said to be that, not Bijoy, whose
   * converter would not mend it. Windows keeps the five bytes Windows-1252 has no letter for as control characters,
   * another editor as "�": either way.
   */
  @Test
  void utf8OpenedAsAnsiAndSavedAgain_isSaidToBeSo_notBijoy() {
    byte[] utf8 = SeedMinutes.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    StringBuilder asWindows = new StringBuilder();
    for (byte b : utf8) {
      String c = new String(new byte[] {b}, java.nio.charset.Charset.forName("windows-1252"));
      asWindows.append(c.equals("\ufffd") ? (char) (b & 0xff) : c);
    }
    String asAnotherEditor = new String(utf8, java.nio.charset.Charset.forName("windows-1252"));

    for (String garbled : new String[] {asWindows.toString(), asAnotherEditor}) {
      byte[] saved = garbled.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertThatThrownBy(() -> reader.read(new java.io.ByteArrayInputStream(saved)))
          .isInstanceOfSatisfying(MinutesFormatException.class, e -> org.assertj.core.api.Assertions
              .assertThat(e.problems()).singleElement().satisfies(p -> {
                org.assertj.core.api.Assertions.assertThat(p.message())
                    .contains("Windows-1252 (ANSI)", "UTF-8", "original file").doesNotContain("বিজয়", "Bijoy");
                org.assertj.core.api.Assertions.assertThat(p.location()).isEqualTo("document");
              }));
    }
  }

  /** Text in another encoding than UTF-8, not Bijoy: told to save it as UTF-8, in Bengali and English. */
  @Test
  void textThatIsNotUtf8_isToldToBeSavedSo() {
    byte[] latin1 = "Sitzung: Beschl\u00fcsse".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> reader.read(new java.io.ByteArrayInputStream(latin1)))
        .isInstanceOf(MinutesFormatException.class)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((MinutesFormatException) e).problems())
            .singleElement().satisfies(p -> org.assertj.core.api.Assertions.assertThat(p.message())
                .startsWith("ফাইলটি UTF-8 লেখা নয়").contains("save it as Unicode (UTF-8)")));
  }

  @Test
  void noDecisionTable() {
    assertProblems(
        () -> reader.read(SeedMinutes.withoutLines(18, 25)), tuple("decisions", "document"));
  }

  @Test
  void aDecisionTableWithoutRows() {
    assertProblems(() -> reader.read(SeedMinutes.withoutLines(19, 24)), tuple("decisions", "line 18"));
  }

  @Test
  void aDecisionWithoutImplementers() {
    String line22 = SeedMinutes.lines().get(21);
    String withoutImplementers = line22.substring(0, line22.lastIndexOf('\t') + 1);

    assertProblems(
        () -> reader.read(SeedMinutes.withLine(22, withoutImplementers)),
        tuple("decisions[3].implementers", "line 22"));
  }

  @Test
  void aDecisionRowCutShortHasNoImplementers() {
    assertProblems(
        () -> reader.read(SeedMinutes.withLine(21, "০৩\tউপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ")),
        tuple("decisions[2].text", "line 21"),
        tuple("decisions[2].implementers", "line 21"));
  }

  @Test
  void aDeadlineThatIsNoRealDate() {
    assertProblems(
        () -> reader.read(SeedMinutes.replacing("৩০/০১/২০২৪", "৩২/০১/২০২৪")), tuple("deadline", "line 24"));
  }

  @Test
  void aDeadlineWithoutItsYear() {
    assertProblems(() -> reader.read(SeedMinutes.replacing("৩০/০১/২০২৪ খ্রি.", "৩০/০১")), tuple("deadline", "line 24"));
  }

  @Test
  void aDecisionsOwnDeadlineThatIsNoRealDate() {
    String text =
        SeedMinutes.replacing(
            "সংশ্লিষ্ট সরকারি দপ্তরসমূহ তথ্য সরবরাহ করবে।", "সংশ্লিষ্ট সরকারি দপ্তরসমূহ আগামী ৩১ ফেব্রুয়ারি ২০২৪ তারিখের মধ্যে তথ্য দেবে।");

    assertProblems(() -> reader.read(text), tuple("decisions[0].deadline", "line 19"));
  }

  @Test
  void aMeetingDateInTheBanglaCalendarThatIsNoDay() {
    assertProblems(
        () -> reader.read(SeedMinutes.withLine(12, "সভার সময়\t৩২ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ")), tuple("date", "line 12"));
  }

  /** Bengali typed in Bijoy's SutonnyMJ arrives as Latin letters: one problem that says so, not three unrelated. */
  @Test
  void minutesInALegacyBijoyFont() {
    String bijoy = """
        MYcÖRvZšÎx evsjv‡`k miKvi
        Z_¨ I ‡hvMv‡hvM cÖhyw³ Awa`ßi
        ‡Rjv Iqve ‡cvU©vj nvjbvMv` msµvšÍ KwgwUi mfvi Kvh©weeiYx
        mfvcwZ	Rbve ‡gvt Lvwj` nvmvb
        mfvi ZvwiL	19.11.2023
        """;
    assertProblems(() -> reader.read(bijoy), tuple("document", "document"));
    assertThatThrownBy(() -> reader.read(bijoy)).hasMessageContaining("বিজয়").hasMessageContaining("Unicode");
  }

  @Test
  void noMemoNumber() {
    assertProblems(() -> reader.read(SeedMinutes.withLine(43, "")), tuple("memoNumber", "document"));
    // what to write and where, in both languages, as the missing date's problem says
    assertThatThrownBy(() -> reader.read(SeedMinutes.withLine(43, ""))).hasMessageContaining("«নম্বর: ")
        .hasMessageContaining("the memo number is missing");
  }

  @Test
  void aMemoNumberThatIsNoNumber() {
    assertProblems(() -> reader.read(SeedMinutes.withLine(43, "নম্বর: ……")), tuple("memoNumber", "line 43"));
  }

  @Test
  void reportsEveryProblemAtOnce() {
    String text = SeedMinutes.replacing("৩০/০১/২০২৪", "৩২/০১/২০২৪").replace("নম্বর: ", "নম্বর: ?");

    assertProblems(() -> reader.read(text), tuple("memoNumber", "line 43"), tuple("deadline", "line 24"));
  }

  @Test
  void emptyText() {
    assertProblems(() -> reader.read(""), tuple("memoNumber", "document"), tuple("date", "document"),
        tuple("decisions", "document"));
  }

  @Test
  void aDecisionRowWithANumberThatIsNoNumber() {
    String line22 = SeedMinutes.lines().get(21);
    assertProblems(() -> reader.read(SeedMinutes.withLine(22, "(ক)" + line22.substring(line22.indexOf('\t')))),
        tuple("decisions", "line 22"));
  }

  @Test
  void aNumberedRowWhoseCellsAreNotTabbed() {
    assertProblems(() -> reader.read(SeedMinutes.withLine(22, "০৪  সিটিজেন চার্টার হালনাগাদ  সকল দপ্তর প্রধান")),
        tuple("decisions", "line 22"));
  }

  /**
   * Every refusal says what is wrong and what to do in Bengali, for the secretary, and in English, as the problem's
   * other messages do (a missing memo number, an empty decision cell, a table without rows said it in Bengali only).
   */
  private static void assertProblems(ThrowingCallable read, org.assertj.core.groups.Tuple... expected) {
    assertThatThrownBy(read)
        .isInstanceOfSatisfying(
            MinutesFormatException.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.problems())
                  .extracting(MinutesProblem::field, MinutesProblem::location)
                  .containsExactlyInAnyOrder(expected);
              org.assertj.core.api.Assertions.assertThat(e.problems()).extracting(MinutesProblem::message)
                  .allSatisfy(m -> org.assertj.core.api.Assertions.assertThat(m)
                      .as("in Bengali and in English").containsPattern("[\u0980-\u09FF]")
                      .containsPattern("[A-Za-z]{3,} [A-Za-z]{2,} [A-Za-z]{2,}"));
            });
  }
}
