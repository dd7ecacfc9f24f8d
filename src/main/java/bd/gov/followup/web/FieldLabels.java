package bd.gov.followup.web;

import bd.gov.followup.minutes.BengaliDigits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Bengali labels of the forms' fields, so that a refusal reads "«নতুন সময়সীমা»: …" where the listener wrote
 * "newDeadline: …" (the field's key stays at the end, for REST clients). Read once from the deployed forms; the
 * exception mappers, which Jersey makes, find them here.
 */
@Component
public class FieldLabels {

  private static volatile Map<String, String> labels = Map.of();
  // "newDeadline: …", "decisionsText line 3: …": a key, maybe its line, then the listener's message
  private static final Pattern KEYED = Pattern.compile("^([a-z][A-Za-z0-9]*)(?: line (\\d+))?: (.*)$", Pattern.DOTALL);

  public FieldLabels(ObjectMapper json) {
    labels = read(json, "classpath*:forms/*.form");
  }

  /** The message with its field's key turned into the form's label; as it is when no form has that key. */
  static String forOfficials(String message) {
    Matcher keyed = KEYED.matcher(message == null ? "" : message);
    String label = keyed.matches() ? labels.get(keyed.group(1)) : null;
    if (label == null) {
      return message;
    }
    String line = keyed.group(2) == null ? "" : ", লাইন " + BengaliDigits.toBengali(keyed.group(2));
    return "«" + label + "»" + line + ": " + keyed.group(3) + " [" + keyed.group(1) + "]";
  }

  private static Map<String, String> read(ObjectMapper json, String pattern) {
    Map<String, String> found = new HashMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        try (InputStream in = resource.getInputStream()) {
          collect(json.readTree(in).path("components"), found);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Task forms could not be read: " + e.getMessage(), e);
    }
    return Map.copyOf(found);
  }

  private static void collect(JsonNode components, Map<String, String> found) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      String label = component.path("label").asText("");
      if (!key.isEmpty() && !label.isBlank()) {
        found.putIfAbsent(key, bengali(label));
      }
      collect(component.path("components"), found);
    }
  }

  /** "নতুন সময়সীমা (দিন/মাস/বছর) / New deadline" → "নতুন সময়সীমা": the Bengali name, without its hint. */
  static String bengali(String label) {
    String name = label.split(" / ", 2)[0];
    for (String end : new String[] {" (", ";", ":"}) {
      int at = name.indexOf(end);
      if (at > 0) {
        name = name.substring(0, at);
      }
    }
    return name.strip();
  }
}
