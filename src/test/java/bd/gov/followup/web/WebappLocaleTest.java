package bd.gov.followup.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks our Bengali translations of the Camunda 7 webapps against the English originals in
 * the webjar, and that each translated app's config.js offers {@code bn} first with {@code en}
 * as fallback. No Spring context: everything is read from the test classpath.
 *
 * <p>Our files live under {@code src/main/resources/META-INF/resources/webjars/camunda/app/},
 * the same path as the webjar's, so they are served instead of (config.js) or next to
 * (bn.json) the webjar's files.
 */
class WebappLocaleTest {

  private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
  private static final String WEBJAR = "camunda-webapp-webjar";
  private static final List<String> ALL_APPS = List.of("tasklist", "welcome", "admin", "cockpit");
  /** Apps whose translation is complete and must never silently disappear. */
  private static final List<String> REQUIRED_APPS = List.of("tasklist", "welcome", "admin");

  /**
   * Values that may stay as in English: product names, technical markers shown literally, the
   * comparison operators of the search widget, and the empty string.
   */
  private static final Set<String> ALLOWED_IDENTICAL =
      Set.of("Camunda", "Tasklist", "Cockpit", "Admin", "Optimize", "<null>", "<undefined>", "",
          "<", "<=", ">", ">=");

  /** moment.js format strings: not text, they may equal the English ones. */
  private static final Predicate<String> FORMAT_PATH =
      p -> p.startsWith("dateLocales.longDateFormat.") || p.equals("dateLocales.calendar.sameElse");

  /** {{ interpolation }}, printf/moment %s %d, HTML tags and HTML entities. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{[^}]*}}|%[sd]|</?[a-zA-Z][^>]*>|&[a-zA-Z]+;|&#\\d+;");

  private static final Pattern BENGALI = Pattern.compile("[\\u0980-\\u09FF]");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  static Stream<String> translatedApps() {
    return ALL_APPS.stream().filter(app -> ours(app + "/locales/bn.json") != null);
  }

  @Test
  void the_complete_translations_are_shipped() {
    assertThat(translatedApps()).containsAll(REQUIRED_APPS);
  }

  @ParameterizedTest
  @MethodSource("translatedApps")
  void bengali_has_exactly_the_keys_of_english_in_the_same_order(String app) throws IOException {
    List<String> english = new ArrayList<>(leaves(english(app)).keySet());
    List<String> bengali = new ArrayList<>(leaves(bengali(app)).keySet());

    assertThat(bengali).as("%s bn.json keys", app).containsExactlyElementsOf(english);
  }

  @ParameterizedTest
  @MethodSource("translatedApps")
  void every_placeholder_of_english_is_kept(String app) throws IOException {
    Map<String, JsonNode> english = leaves(english(app));
    Map<String, JsonNode> bengali = leaves(bengali(app));

    List<String> broken = new ArrayList<>();
    english.forEach((path, en) -> {
      JsonNode bn = bengali.get(path);
      if (!en.isTextual() || bn == null) {
        return;
      }
      for (String placeholder : placeholders(en.asText())) {
        int needed = Collections.frequency(placeholders(en.asText()), placeholder);
        if (Collections.frequency(placeholders(bn.asText()), placeholder) < needed) {
          broken.add(path + ": " + placeholder);
        }
      }
    });

    assertThat(broken).as("%s placeholders missing in bn.json", app).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("translatedApps")
  void nothing_is_left_in_english_except_the_allow_list(String app) throws IOException {
    Map<String, JsonNode> english = leaves(english(app));
    Map<String, JsonNode> bengali = leaves(bengali(app));

    List<String> untranslated = new ArrayList<>();
    english.forEach((path, en) -> {
      JsonNode bn = bengali.get(path);
      if (en.isTextual() && bn != null && bn.isTextual()
          && bn.asText().equals(en.asText())
          && !ALLOWED_IDENTICAL.contains(en.asText()) && !FORMAT_PATH.test(path)) {
        untranslated.add(path + " = " + en.asText());
      }
    });

    assertThat(untranslated).as("%s values identical to English", app).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("translatedApps")
  void most_values_are_written_in_bengali_script(String app) throws IOException {
    List<String> texts = leaves(bengali(app)).entrySet().stream()
        .filter(e -> e.getValue().isTextual() && !FORMAT_PATH.test(e.getKey()))
        .map(e -> e.getValue().asText())
        .toList();
    long inBengali = texts.stream().filter(t -> BENGALI.matcher(t).find()).count();

    assertThat(texts).isNotEmpty();
    assertThat((double) inBengali / texts.size())
        .as("%s: share of values in Bengali script (%d of %d)", app, inBengali, texts.size())
        .isGreaterThanOrEqualTo(0.90);
  }

  @ParameterizedTest
  @MethodSource("translatedApps")
  void config_offers_bengali_first_and_falls_back_to_english(String app) throws IOException {
    String config = code(text(ours(app + "/scripts/config.js")));

    Matcher available = Pattern.compile("availableLocales\\s*:\\s*\\[([^\\]]*)]").matcher(config);
    assertThat(available.find()).as("%s config.js sets availableLocales", app).isTrue();
    List<String> locales = Stream.of(available.group(1).split(","))
        .map(s -> s.trim().replaceAll("^['\"]|['\"]$", ""))
        .filter(s -> !s.isEmpty())
        .toList();
    assertThat(locales).as("%s availableLocales", app).startsWith("bn").contains("en");

    Matcher fallback =
        Pattern.compile("fallbackLocale\\s*:\\s*['\"]([^'\"]+)['\"]").matcher(config);
    assertThat(fallback.find()).as("%s config.js sets fallbackLocale", app).isTrue();
    assertThat(fallback.group(1)).isEqualTo("en");
  }

  @ParameterizedTest
  @MethodSource("translatedApps")
  void config_is_the_webjar_original_apart_from_the_locales(String app) throws IOException {
    String ours = code(text(ours(app + "/scripts/config.js")));
    String original = code(text(webjar(app + "/scripts/config.js")));

    String withoutLocales =
        ours.replaceFirst("(?s)['\"]?locales['\"]?\\s*:\\s*\\{[^}]*}\\s*,?", "");
    // the one addition of Tasklist and Cockpit: their scripts (Tasklist: form-js's validation messages in Bengali, the
    // phone's task scroll; Cockpit: the progress tab), which must exist
    Matcher scripts = Pattern.compile("customScripts\\s*:\\s*\\[([^\\]]*)]\\s*,?").matcher(withoutLocales);
    if (app.equals("tasklist") || app.equals("cockpit")) {
      assertThat(scripts.find()).as(app + " loads its custom scripts").isTrue();
      List<String> named = Stream.of(scripts.group(1).split(",")).map(s -> s.trim().replaceAll("^'|'$", ""))
          .filter(s -> !s.isEmpty()).toList();
      assertThat(named).as("the scripts it names").isNotEmpty()
          .allSatisfy(script -> assertThat(ours(app + "/" + script + ".js")).as(script).isNotNull());
      withoutLocales = scripts.replaceFirst("");
    }

    assertThat(withoutLocales.replaceAll("\\s+", ""))
        .isEqualTo(original.replaceAll("\\s+", ""));
  }

  /** Offering a locale without its file makes the webapps show an error on every page. */
  @Test
  void every_app_that_offers_bengali_ships_bn_json() throws IOException {
    List<String> offering = new java.util.ArrayList<>();
    for (String app : ALL_APPS) {
      URL config = ours(app + "/scripts/config.js");
      if (config != null && code(text(config)).matches("(?s).*availableLocales[^\\]]*['\"]bn['\"].*")) {
        offering.add(app);
        assertThat(ours(app + "/locales/bn.json")).as("%s offers bn", app).isNotNull();
      }
    }
    // all four offer it: a check that matched none (a config renamed, the pattern stale) would prove nothing
    assertThat(offering).as("the apps whose config offers bn").containsExactlyInAnyOrderElementsOf(ALL_APPS);
  }

  // --- helpers ---------------------------------------------------------------------------

  private static JsonNode english(String app) throws IOException {
    URL url = webjar(app + "/locales/en.json");
    assertThat(url).as("%s en.json in the webjar", app).isNotNull();
    try (InputStream in = url.openStream()) {
      return JSON.readTree(in);
    }
  }

  private static JsonNode bengali(String app) throws IOException {
    try (InputStream in = ours(app + "/locales/bn.json").openStream()) {
      return JSON.readTree(in);
    }
  }

  /** Our copy of a file: on the classpath, but not inside the webjar. */
  private static URL ours(String path) {
    return resources(path).stream().filter(u -> !u.toString().contains(WEBJAR)).findFirst()
        .orElse(null);
  }

  private static URL webjar(String path) {
    return resources(path).stream().filter(u -> u.toString().contains(WEBJAR)).findFirst()
        .orElse(null);
  }

  private static List<URL> resources(String path) {
    try {
      return Collections.list(
          WebappLocaleTest.class.getClassLoader().getResources(APP_ROOT + path));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** JavaScript without comments (the configs carry commented-out examples). */
  private static String code(String js) {
    return js.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }

  /** Leaf values by dotted path, arrays as path[i], in document order. */
  private static Map<String, JsonNode> leaves(JsonNode root) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    collect("", root, out);
    return out;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(
          e -> collect(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), out);
      }
    } else {
      out.put(path, node);
    }
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
