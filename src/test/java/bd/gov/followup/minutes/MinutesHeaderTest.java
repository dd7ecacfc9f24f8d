package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The header as minutes other than the seed write it: the date in the title, the chair in other shapes. */
class MinutesHeaderTest {

  private static final String SEED_TITLE =
      "জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির সভার নভেম্বর ২০২৩ মাসে অনুষ্ঠিত সভার কার্যবিবরণী:";
  private static final String SEED_DATE_ROW = "সভার সময়\t১৯.১১.২০২৩ খ্রি.";

  private final TextMinutesReader reader = new TextMinutesReader();

  @Test
  void aDateWrittenOnlyInTheTitleIsTheMeetingsDateSayingWhereItWasRead() {
    String minutes = SeedMinutes.replacing(SEED_DATE_ROW, "সভার সময়\t")
        .replace(SEED_TITLE, "গত ১৯ নভেম্বর ২০২৩ খ্রিঃ তারিখে অনুষ্ঠিত জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির সভার"
            + " কার্যবিবরণী");

    ExtractedMinutes read = reader.read(minutes);

    assertThat(read.meeting().date()).isEqualTo(LocalDate.of(2023, 11, 19));
    assertThat(read.meeting().committee()).isEqualTo("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি");
    assertThat(read.warnings())
        .filteredOn(w -> w.field().equals("date"))
        .extracting(MinutesWarning::location, w -> w.message().contains("শিরোনাম থেকে"))
        .containsExactly(tuple("line 8", true));
  }

  @Test
  void aDateLineStillComesBeforeTheTitlesDate() {
    String minutes = SeedMinutes.replacing(SEED_TITLE, "গত ২০ নভেম্বর ২০২৩ তারিখে অনুষ্ঠিত জেলা ওয়েব পোর্টাল হালনাগাদ"
        + " সংক্রান্ত কমিটির সভার কার্যবিবরণী");

    ExtractedMinutes read = reader.read(minutes);

    assertThat(read.meeting().date()).isEqualTo(LocalDate.of(2023, 11, 19));
    assertThat(read.warnings()).noneMatch(w -> w.message().contains("শিরোনাম থেকে"));
  }
}
