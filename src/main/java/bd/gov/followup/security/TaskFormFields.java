package bd.gov.followup.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The fields of task forms: the keys of a form's input fields and their kinds, and each key's label.
 *
 * <p>What a task may write comes from the form deployed with its process definition ({@link #ofDeployed}): a task
 * started before an upgrade keeps the form it was created with, which an upgraded form may no longer match. The
 * labels, for messages, come from this release's forms ({@code processes/forms/*.form}, on the classpath as
 * {@code forms/}), read once at start.
 */
@Component
public class TaskFormFields {

  private final ObjectMapper json;
  private final Map<String, String> labelByKey = new HashMap<>();
  /** by deployment and form key, or by form definition id: a deployed form never changes */
  private final Map<String, Map<String, Field>> fieldsByDeployedForm = new ConcurrentHashMap<>();

  /**
   * An input field of a form: its kind as the form names it ("textfield", "checkbox", "checklist", …) and the most
   * characters it takes ({@code validate.maxLength}; 0 when the form sets none), which Tasklist checks only in the
   * browser.
   */
  public record Field(String kind, int maxLength) {}

  public TaskFormFields(ObjectMapper json) {
    this.json = json;
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          collect(json.readTree(in).path("components"), new TreeMap<>());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Task forms could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * A deployed form's fields by key.
   *
   * @param deployedForm names one deployed form for good: its deployment and key, or the engine's id of it
   * @param content the form file as deployed (null when there is none: no fields), read only the first time
   */
  public Map<String, Field> ofDeployed(String deployedForm, Supplier<byte[]> content) {
    return fieldsByDeployedForm.computeIfAbsent(deployedForm, id -> {
      try {
        byte[] form = content.get();
        if (form == null) {
          return Map.of();
        }
        Map<String, Field> fields = new TreeMap<>();
        collect(json.readTree(form).path("components"), fields);
        return Map.copyOf(fields);
      } catch (IOException e) {
        throw new UncheckedIOException("The deployed form " + id + " could not be read: " + e.getMessage(), e);
      }
    });
  }

  /** The label of a field (the first form's that has the key), as written: "নতুন সময়সীমা / New deadline". */
  public Optional<String> label(String key) {
    return Optional.ofNullable(labelByKey.get(key));
  }

  /** Input fields have a key; groups and the like hold more components. */
  private void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        String key = component.get("key").asText();
        fields.put(key, new Field(component.path("type").asText(""),
            component.path("validate").path("maxLength").asInt(0)));
        String label = component.path("label").asText("");
        if (!label.isBlank()) {
          labelByKey.putIfAbsent(key, label);
        }
      }
      collect(component.path("components"), fields);
    }
  }
}
