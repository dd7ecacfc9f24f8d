package bd.gov.followup.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The coverage gate's other half. The library's gate passes a class whose coverage it could not compute (no events
 * recorded: NaN, only a warning) and counts the events of any element id, also of an earlier version of the process
 * run in the same class. Once the library has written its report (its listener's {@code afterTestClass} runs
 * before this one's), every element of each model in it must have an event of that model's own elements.
 */
public class CoverageMeasuredListener implements TestExecutionListener, Ordered {

  private static final Pattern ELEMENT_ID = Pattern.compile(" id=\"([^\"]+)\"");

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE - 1; // the library's listener is LOWEST: "after" runs in reverse order
  }

  @Override
  public void afterTestClass(TestContext context) throws Exception {
    Path report = Path.of("target", "process-test-coverage", context.getTestClass().getName(), "report.json");
    assertThat(report).as("the coverage report of " + context.getTestClass().getSimpleName()).exists();
    JsonNode json = new ObjectMapper().readTree(Files.readString(report));
    assertThat(json.path("models")).as("the processes it gates").isNotEmpty();
    for (JsonNode model : json.path("models")) {
      String key = model.path("key").asText();
      Set<String> ids = new HashSet<>();
      Matcher id = ELEMENT_ID.matcher(model.path("xml").asText());
      while (id.find()) {
        ids.add(id.group(1));
      }
      Set<String> covered = new HashSet<>();
      for (JsonNode suite : json.path("suites")) {
        for (JsonNode run : suite.path("runs")) {
          for (JsonNode event : run.path("events")) {
            if (key.equals(event.path("modelKey").asText()) && ids.contains(event.path("definitionKey").asText())) {
              covered.add(event.path("definitionKey").asText());
            }
          }
        }
      }
      assertThat(covered).as(key + ": elements of the diagram covered (of %d)", model.path("totalElementCount").asInt())
          .hasSize(model.path("totalElementCount").asInt());
    }
  }
}
