package bd.gov.followup.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayFileReaderTest {

  private final HolidayFileReader reader = new HolidayFileReader();

  private HolidayYear read(String yaml, String name) {
    return reader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), name);
  }

  @Test
  void readsEveryShippedFile() {
    List<HolidayYear> years = reader.readClasspath();
    assertThat(years).extracting(HolidayYear::year).contains(2023, 2024, 2025, 2026);
    for (HolidayYear year : years) {
      // every published list has the national days
      assertThat(year.holidays())
          .extracting(Holiday::date)
          .contains(LocalDate.of(year.year(), 2, 21), LocalDate.of(year.year(), 3, 26), LocalDate.of(year.year(), 12, 16));
      assertThat(year.holidays()).allSatisfy(h -> assertThat(h.nameBn()).isNotBlank());
    }
  }

  /**
   * The district's own folder (followup.calendar.location): next year's list as soon as the ministry publishes it,
   * and a year's corrected list (a moon-dependent holiday moved by gazette) in place of the shipped one, without a
   * new build.
   */
  @Test
  void aFolderOfTheDistrictsOwnAddsAYear_andReplacesAShippedYear(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
      throws Exception {
    java.nio.file.Files.writeString(folder.resolve("holidays-2027.yaml"), """
        year: 2027
        holidays:
          - { date: 2027-02-21, kind: public, nameBn: "শহীদ দিবস ও আন্তর্জাতিক মাতৃভাষা দিবস", nameEn: "Shaheed Day" }
        """);
    java.nio.file.Files.writeString(folder.resolve("holidays-2026.yaml"), """
        year: 2026
        holidays:
          - { date: 2026-03-22, kind: public, moon: true, nameBn: "ঈদুল ফিতর", nameEn: "Eid-ul-Fitr" }
        """);
    java.nio.file.Files.writeString(folder.resolve("README.txt"), "not a holiday list");

    WorkingDayCalendar calendar = new WorkingDayCalendar(reader.readClasspathAndFolder(folder.toString()));
    assertThat(calendar.knownYears()).contains(2023, 2024, 2025, 2026, 2027);
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 21))).as("a Sunday, Shaheed Day").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 22))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 26))).as("the folder's 2026 replaces the shipped one")
        .isTrue();
    assertThat(reader.readClasspathAndFolder("")).extracting(HolidayYear::year).doesNotContain(2027);
    assertThatThrownBy(() -> reader.readClasspathAndFolder(folder.resolve("missing").toString()))
        .hasMessageContaining("missing");
  }

  @Test
  void readsAFileWithHolidaysAndWorkingDays() {
    HolidayYear year =
        read(
            """
            year: 2025
            holidays:
              - { date: 2025-03-31, kind: public, moon: true, nameBn: "ঈদুল ফিতর", nameEn: "Eid-ul-Fitr" }
              - { date: 2025-04-13, kind: optional-ethnic, nameBn: "চৈত্র সংক্রান্তি", nameEn: "Chaitra Sankranti" }
            workingDays:
              - { date: 2025-05-17, nameBn: "কর্মদিবস", nameEn: "Working Saturday" }
            """,
            "holidays-2025.yaml");
    assertThat(year.year()).isEqualTo(2025);
    assertThat(year.holidays())
        .containsExactly(
            new Holiday(LocalDate.of(2025, 3, 31), "ঈদুল ফিতর", "Eid-ul-Fitr", HolidayKind.PUBLIC, true),
            new Holiday(LocalDate.of(2025, 4, 13), "চৈত্র সংক্রান্তি", "Chaitra Sankranti", HolidayKind.OPTIONAL, false));
    assertThat(year.workingDays()).extracting(DeclaredWorkingDay::date).containsExactly(LocalDate.of(2025, 5, 17));
  }

  @Test
  void rejectsADateOutsideTheYear() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    year: 2024
                    holidays:
                      - { date: 2025-02-21, kind: public, nameBn: "শহীদ দিবস", nameEn: "Shaheed Day" }
                    """,
                    "holidays-2024.yaml"))
        .hasMessageContaining("holidays-2024.yaml")
        .hasMessageContaining("2025-02-21");
  }

  @Test
  void rejectsAFileNamedForAnotherYear() {
    assertThatThrownBy(() -> read("year: 2024\nholidays: []\n", "calendar/holidays-2025.yaml"))
        .hasMessageContaining("2025");
  }

  @Test
  void rejectsAnUnknownKind() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    year: 2024
                    holidays:
                      - { date: 2024-02-21, kind: national, nameBn: "শহীদ দিবস", nameEn: "Shaheed Day" }
                    """,
                    "holidays-2024.yaml"))
        .hasMessageContaining("national");
  }

  @Test
  void rejectsAMistypedField() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    year: 2024
                    holidays:
                      - { date: 2024-02-21, kind: public, name_bn: "শহীদ দিবস", nameEn: "Shaheed Day" }
                    """,
                    "holidays-2024.yaml"))
        .hasMessageContaining("name_bn");
  }

  @Test
  void rejectsAHolidayWithoutABengaliName() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    year: 2024
                    holidays:
                      - { date: 2024-02-21, kind: public, nameEn: "Shaheed Day" }
                    """,
                    "holidays-2024.yaml"))
        .hasMessageContaining("Bengali");
  }

  @Test
  void rejectsTheSameHolidayTwice() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    year: 2024
                    holidays:
                      - { date: 2024-02-21, kind: public, nameBn: "শহীদ দিবস", nameEn: "Shaheed Day" }
                      - { date: 2024-02-21, kind: public, nameBn: "শহীদ দিবস", nameEn: "Shaheed Day" }
                    """,
                    "holidays-2024.yaml"))
        .hasMessageContaining("twice");
  }

  @Test
  void kindLabels() {
    assertThat(HolidayKind.fromLabel("public")).isEqualTo(HolidayKind.PUBLIC);
    assertThat(HolidayKind.fromLabel("Executive")).isEqualTo(HolidayKind.EXECUTIVE);
    assertThat(HolidayKind.fromLabel("optional-hindu")).isEqualTo(HolidayKind.OPTIONAL);
    assertThat(HolidayKind.OPTIONAL.closesOffices()).isFalse();
    assertThatThrownBy(() -> HolidayKind.fromLabel("optional-")).isInstanceOf(IllegalArgumentException.class);
  }
}
