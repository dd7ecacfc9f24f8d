package bd.gov.followup.deadline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the holiday files {@code calendar/holidays-<year>.yaml}. People edit them by hand from the gazette, so a
 * mistake (a date outside the year, an unknown kind, a typo in a field name) stops the application at startup
 * instead of silently moving a deadline.
 */
public final class HolidayFileReader {

  /** Every holiday file on the classpath, from every jar and folder. */
  public static final String CLASSPATH_PATTERN = "classpath*:calendar/holidays-*.yaml";

  private static final Pattern FILE_YEAR = Pattern.compile("holidays-(\\d{4})\\.yaml");

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /**
   * The shipped lists, then those of {@code folder} (when not blank), a year found there replacing the shipped one.
   *
   * @throws IllegalStateException when the folder does not exist: a mistyped path would silently lose next year
   */
  public List<HolidayYear> readClasspathAndFolder(String folder) {
    Map<Integer, HolidayYear> byYear = new java.util.TreeMap<>();
    readClasspath().forEach(year -> byYear.put(year.year(), year));
    if (folder != null && !folder.isBlank()) {
      java.nio.file.Path dir = java.nio.file.Path.of(folder);
      if (!java.nio.file.Files.isDirectory(dir)) {
        throw new IllegalStateException("followup.calendar.location: no such folder: " + dir.toAbsolutePath());
      }
      try (var files = java.nio.file.Files.list(dir)) {
        for (java.nio.file.Path file : files.filter(f -> FILE_YEAR.matcher(f.getFileName().toString()).matches())
            .sorted().toList()) {
          try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            HolidayYear year = read(in, file.toString());
            byYear.put(year.year(), year);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + dir, e);
      }
    }
    return new ArrayList<>(byYear.values());
  }

  /** Reads every holiday file found on the classpath; two files for one year are an error. */
  public List<HolidayYear> readClasspath() {
    Resource[] resources;
    try {
      resources = new PathMatchingResourcePatternResolver().getResources(CLASSPATH_PATTERN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + CLASSPATH_PATTERN, e);
    }
    List<HolidayYear> years = new ArrayList<>();
    Map<Integer, String> sources = new HashMap<>();
    for (Resource resource : resources) {
      String name = resource.getDescription();
      try (InputStream in = resource.getInputStream()) {
        HolidayYear year = read(in, name);
        String other = sources.putIfAbsent(year.year(), name);
        if (other != null) {
          throw new IllegalStateException("two holiday files for " + year.year() + ": " + other + " and " + name);
        }
        years.add(year);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
    }
    return years;
  }

  /**
   * Reads one holiday file.
   *
   * @param sourceName where it came from, for error messages; when it names the year (holidays-2024.yaml) the
   *     file's own {@code year} must agree
   */
  public HolidayYear read(InputStream in, String sourceName) {
    HolidayFile file;
    try {
      file = yaml.readValue(in, HolidayFile.class);
    } catch (IOException e) {
      throw new IllegalStateException("holiday file " + sourceName + " is not valid: " + e.getMessage(), e);
    }
    try {
      return toYear(file, sourceName);
    } catch (RuntimeException e) {
      throw new IllegalStateException("holiday file " + sourceName + ": " + e.getMessage(), e);
    }
  }

  private static HolidayYear toYear(HolidayFile file, String sourceName) {
    if (file == null || file.year() == null) {
      throw new IllegalArgumentException("the file must say its year");
    }
    Matcher named = FILE_YEAR.matcher(sourceName);
    if (named.find() && Integer.parseInt(named.group(1)) != file.year()) {
      throw new IllegalArgumentException("the file name says " + named.group(1) + " but year is " + file.year());
    }
    List<Holiday> holidays = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (HolidayEntry entry : nullToEmpty(file.holidays())) {
      if (entry.date() == null) {
        throw new IllegalArgumentException("a holiday without a date");
      }
      if (!seen.add(entry.date() + "|" + entry.nameEn())) {
        throw new IllegalArgumentException(entry.date() + " " + entry.nameEn() + " is listed twice");
      }
      holidays.add(
          new Holiday(
              entry.date(),
              entry.nameBn(),
              entry.nameEn(),
              HolidayKind.fromLabel(entry.kind()),
              Boolean.TRUE.equals(entry.moon())));
    }
    List<DeclaredWorkingDay> workingDays = new ArrayList<>();
    for (WorkingDayEntry entry : nullToEmpty(file.workingDays())) {
      workingDays.add(new DeclaredWorkingDay(entry.date(), entry.nameBn(), entry.nameEn()));
    }
    return new HolidayYear(file.year(), holidays, workingDays);
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** The file as written. */
  record HolidayFile(Integer year, List<HolidayEntry> holidays, List<WorkingDayEntry> workingDays) {}

  record HolidayEntry(LocalDate date, String kind, Boolean moon, String nameBn, String nameEn) {}

  record WorkingDayEntry(LocalDate date, String nameBn, String nameEn) {}
}
