package bd.gov.followup.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The fields of every task form ({@code processes/forms/*.form}, on the classpath as {@code forms/}): form id to
 * the keys of its input fields. The same files the engine deploys, read once at start.
 */
@Component
public class TaskFormFields {

  private final Map<String, Set<String>> fieldsByForm;

  public TaskFormFields(ObjectMapper json) {
    this.fieldsByForm = read(json, "classpath*:forms/*.form");
  }

  /** The keys of the form's fields; none for a form that does not exist. */
  public Set<String> of(String formId) {
    return fieldsByForm.getOrDefault(formId, Set.of());
  }

  static Map<String, Set<String>> read(ObjectMapper json, String pattern) {
    Map<String, Set<String>> forms = new TreeMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        try (InputStream in = resource.getInputStream()) {
          JsonNode form = json.readTree(in);
          Set<String> keys = new TreeSet<>();
          collect(form.path("components"), keys);
          forms.put(form.path("id").asText(), Set.copyOf(keys));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Task forms could not be read: " + e.getMessage(), e);
    }
    return Map.copyOf(forms);
  }

  /** Input fields have a key; groups and the like hold more components. */
  private static void collect(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collect(component.path("components"), keys);
    }
  }
}
