package bd.gov.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderLetterHtmlTest {

  static ReminderLetter letter(List<String> addressees, String remarks) {
    return letter(addressees, remarks, "");
  }

  static ReminderLetter letter(List<String> addressees, String remarks, String deadlineMoved) {
    return new ReminderLetter("জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ", "56.04.4400.000.34.002.19.69/03-2",
        LocalDate.of(2023, 12, 6), "সিদ্ধান্ত ০৩ বাস্তবায়নের হালনাগাদ তথ্য প্রেরণে তাগিদ।", "56.04.4400.000.34.002.19.69",
        "জেলা ওয়েব পোর্টাল কমিটির সভা", "সিদ্ধান্ত ০৩: ওয়েব পোর্টাল", "তথ্য <হালনাগাদ> & যাচাই", LocalDate.of(2024, 1, 30),
        deadlineMoved, addressees, remarks, List.of("অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি)", "ঝিনাইদহ"), false,
        List.of("প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, জেলা কার্যালয়, ঝিনাইদহ"));
  }

  @Test
  void officialForm_memoBothCalendarsReferenceAddresseesSignature() {
    String html = ReminderLetterHtml.render(letter(List.of("উপজেলা নির্বাহী অফিসার, কালীগঞ্জ", "সহকারী প্রোগ্রামার, শৈলকুপা"), ""));

    assertThat(html)
        .contains("<html lang=\"bn\">", "<meta charset=\"UTF-8\">", "@page { size: A4;")
        .contains("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ")
        .contains("<span id=\"memo\">৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯/০৩-২</span>")
        // the oracle: 6 December 2023 = ২১ অগ্রহায়ণ ১৪৩০
        .contains("<span id=\"date-bangla\">২১ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ</span>")
        .contains("<span id=\"date-gregorian\">০৬ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ</span>")
        .contains("<span id=\"reference-memo\">৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯</span>")
        .contains("বিষয়: সিদ্ধান্ত ০৩ বাস্তবায়নের হালনাগাদ তথ্য প্রেরণে তাগিদ।")
        .contains("৩০/০১/২০২৪")
        .contains("<li>১। উপজেলা নির্বাহী অফিসার, কালীগঞ্জ</li>", "<li>২। সহকারী প্রোগ্রামার, শৈলকুপা</li>")
        .as("copies for information, then the office copy").contains("অনুলিপি (সদয় অবগতির জন্য):",
            "<li>১। প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, জেলা কার্যালয়, ঝিনাইদহ</li>", "<li>২। অফিস কপি।</li>")
        .contains("<div>অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি)</div>")
        .doesNotContain("class=\"remarks\"");
    assertThat(html.indexOf("গণপ্রজাতন্ত্রী")).isLessThan(html.indexOf("স্মারক নম্বর"));
    assertThat(html.indexOf("স্মারক নম্বর")).isLessThan(html.indexOf("বিষয়:"));
    assertThat(html.indexOf("(স্বাক্ষরিত)")).isLessThan(html.indexOf("বিতরণ"));
  }

  @Test
  void textIsEscaped_andRemarksBecomeAParagraph() {
    String html = ReminderLetterHtml.render(letter(List.of("<script>x</script>"), "তিন দিনের মধ্যে"));
    assertThat(html).contains("তথ্য &lt;হালনাগাদ&gt; &amp; যাচাই", "&lt;script&gt;x&lt;/script&gt;")
        .doesNotContain("<script>").contains("<p class=\"remarks\">০৩। তিন দিনের মধ্যে</p>");
  }

  @Test
  void aDeadlineMovedOffAHoliday_isExplainedRightAfterTheDeadline() {
    String moved = "নির্ধারিত সময়সীমা ২১/০২/২০২৪ (বুধবার) ছুটির দিন (শহীদ দিবস ও আন্তর্জাতিক মাতৃভাষা দিবস); "
        + "তাই সময়সীমা পরবর্তী কর্মদিবস ২২/০২/২০২৪ (বৃহস্পতিবার) পর্যন্ত।";
    String html = ReminderLetterHtml.render(letter(List.of("সহকারী কমিশনার (আইসিটি)"), "", moved));
    assertThat(html).contains("<p class=\"deadline-moved\">" + moved + "</p>");
    assertThat(html.indexOf("অতিক্রান্ত হলেও")).isLessThan(html.indexOf("deadline-moved"));
    assertThat(html.indexOf("deadline-moved")).isLessThan(html.indexOf("০২। এমতাবস্থায়"));

    assertThat(ReminderLetterHtml.render(letter(List.of("সহকারী কমিশনার (আইসিটি)"), "", " ")))
        .as("no holiday, no sentence").doesNotContain("deadline-moved");
  }

  @Test
  void aLetterToNobody_isRefused() {
    assertThatThrownBy(() -> letter(List.of(), "")).isInstanceOf(IllegalArgumentException.class);
  }
}
