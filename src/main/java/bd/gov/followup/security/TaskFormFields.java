package bd.gov.followup.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The fields of every task form ({@code processes/forms/*.form}, on the classpath as {@code forms/}): form id to
 * the keys of its input fields and their kinds, and each key's label as the forms write it. The same files the engine deploys, read
 * once at start.
 */
@Component
public class TaskFormFields {

  private final Map<String, Set<String>> fieldsByForm = new TreeMap<>();
  private final Map<String, Map<String, String>> typesByForm = new TreeMap<>();
  private final Map<String, String> labelByKey = new HashMap<>();

  public TaskFormFields(ObjectMapper json) {
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          JsonNode form = json.readTree(in);
          Map<String, String> types = new TreeMap<>();
          collect(form.path("components"), types);
          fieldsByForm.put(form.path("id").asText(), Set.copyOf(types.keySet()));
          typesByForm.put(form.path("id").asText(), Map.copyOf(types));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Task forms could not be read: " + e.getMessage(), e);
    }
  }

  /** The keys of the form's fields; none for a form that does not exist. */
  public Set<String> of(String formId) {
    return fieldsByForm.getOrDefault(formId, Set.of());
  }

  /** The kind of a form's field as the form names it ("textfield", "checkbox", "checklist", …), if it has it. */
  public Optional<String> type(String formId, String key) {
    return Optional.ofNullable(typesByForm.getOrDefault(formId, Map.of()).get(key));
  }

  /** The label of a field (the first form's that has the key), as written: "নতুন সময়সীমা / New deadline". */
  public Optional<String> label(String key) {
    return Optional.ofNullable(labelByKey.get(key));
  }

  /** Input fields have a key; groups and the like hold more components. */
  private void collect(JsonNode components, Map<String, String> types) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        String key = component.get("key").asText();
        types.put(key, component.path("type").asText(""));
        String label = component.path("label").asText("");
        if (!label.isBlank()) {
          labelByKey.putIfAbsent(key, label);
        }
      }
      collect(component.path("components"), types);
    }
  }
}
