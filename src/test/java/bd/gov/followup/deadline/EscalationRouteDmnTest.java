package bd.gov.followup.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Evaluates processes/escalation-route.dmn with the standalone DMN engine, rule by rule. */
class EscalationRouteDmnTest {

  private static final Path DMN_FILE = Path.of("processes/escalation-route.dmn");
  private static final List<String> LEVELS = List.of("district", "upazila", "union");
  private static final List<String> LADDER = List.of("none", "uno", "adc");

  private static final AtomicReference<DmnDecisionTableEvaluationEvent> lastEvaluation = new AtomicReference<>();
  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    // remembers which rules matched, to tell "one rule" from "a rule"
    configuration.customPostDecisionEvaluationListeners(
        List.of(event -> lastEvaluation.set((DmnDecisionTableEvaluationEvent) event.getDecisionResult())));
    engine = configuration.buildEngine();
    try (InputStream in = Files.newInputStream(DMN_FILE)) {
      decision = engine.parseDecision("EscalationRoute", in);
    }
  }

  private record Route(List<String> matchedRules, DmnDecisionResult result) {

    String single(String output) {
      return result.getSingleResult().getEntry(output);
    }

    /** An output as the table typed it (null for an empty entry). */
    Object value(String output) {
      return result.getSingleResult().get(output);
    }
  }

  private static Route evaluate(String officeLevel, int workingDaysLate) {
    lastEvaluation.set(null);
    DmnDecisionResult result =
        engine.evaluateDecision(
            decision,
            Variables.createVariables()
                .putValue("officeLevel", officeLevel)
                .putValue("workingDaysLate", workingDaysLate));
    List<String> matched =
        Objects.requireNonNull(lastEvaluation.get()).getMatchingRules().stream()
            .map(DmnEvaluatedDecisionRule::getId)
            .toList();
    return new Route(matched, result);
  }

  @ParameterizedTest(name = "{0}, {1} working days late → {2}: notify {3}, escalate to {4}")
  @CsvSource({
    "district, 0, Rule_Reminder, office, none",
    "district, 1, Rule_DistrictToAdc, 'office,adc', adc",
    "district, 30, Rule_DistrictToAdc, 'office,adc', adc",
    "upazila, 0, Rule_Reminder, office, none",
    "upazila, 1, Rule_UpazilaToUno, 'office,uno', uno",
    "upazila, 3, Rule_UpazilaToUno, 'office,uno', uno",
    "upazila, 4, Rule_UpazilaToAdc, 'office,uno,adc', adc",
    "upazila, 30, Rule_UpazilaToAdc, 'office,uno,adc', adc",
    "union, 0, Rule_Reminder, office, none",
    "union, 1, Rule_UnionToUno, 'office,uno', uno",
    "union, 5, Rule_UnionToUno, 'office,uno', uno",
    "union, 6, Rule_UnionToAdc, 'office,uno,adc', adc",
    "union, 30, Rule_UnionToAdc, 'office,uno,adc', adc",
    // a reminder before the deadline may be sent with negative lateness: still only the office
    "union, -3, Rule_Reminder, office, none"
  })
  void routesEachRuleAtItsBoundaries(
      String level, int late, String rule, String notifyGroups, String escalateTo) {
    Route route = evaluate(level, late);
    assertThat(route.matchedRules()).containsExactly(rule);
    assertThat(route.single("notifyGroups")).isEqualTo(notifyGroups);
    assertThat(route.single("escalateTo")).isEqualTo(escalateTo);
  }

  @Test
  void everyLevelAndLatenessUpToThirtyMatchesExactlyOneRule() {
    for (String level : LEVELS) {
      int previousRung = 0;
      for (int late = 0; late <= 30; late++) {
        Route route = evaluate(level, late);
        assertThat(route.matchedRules()).as("%s, %d days late", level, late).hasSize(1);
        String escalateTo = route.single("escalateTo");
        String notifyGroups = route.single("notifyGroups");
        // lateness only climbs the ladder, never down
        int rung = LADDER.indexOf(escalateTo);
        assertThat(rung).as("%s, %d days late: %s", level, late, escalateTo).isGreaterThanOrEqualTo(previousRung);
        previousRung = rung;
        // whoever it is escalated to is told, and so is the office
        assertThat(List.of(notifyGroups.split(","))).contains("office");
        if (!escalateTo.equals("none")) {
          assertThat(List.of(notifyGroups.split(","))).contains(escalateTo);
        }
        // a union's lateness reaches its UNO before the ADC
        if (level.equals("union") && late >= 1 && late <= 5) {
          assertThat(escalateTo).isEqualTo("uno");
        }
      }
      assertThat(previousRung).as("%s ends at the ADC", level).isEqualTo(LADDER.indexOf("adc"));
    }
  }

  /**
   * The UNO rung lasts the table's unoWorkingDays from the escalation (EscalationLadder): as many as the working days
   * late the table keeps the level with its UNO, so an office escalated on its first day late is the chair's on the
   * first day the table says "adc". A level without a UNO window has no rung length.
   */
  @Test
  void theUnosWorkingDays_areTheWidthOfTheLevelsUnoWindow() {
    for (String level : LEVELS) {
      int window = 0;
      for (int late = 1; late <= 30; late++) {
        Route route = evaluate(level, late);
        if (route.single("escalateTo").equals("uno")) {
          window++;
          assertThat(route.value("unoWorkingDays")).as("%s, %d days late", level, late).isNotNull();
        } else {
          assertThat(route.value("unoWorkingDays")).as("%s, %d days late", level, late).isNull();
        }
      }
      if (window > 0) {
        assertThat(((Number) evaluate(level, 1).value("unoWorkingDays")).intValue()).as(level).isEqualTo(window);
      }
    }
    assertThat(((Number) evaluate("union", 1).value("unoWorkingDays")).intValue()).isEqualTo(5);
    assertThat(((Number) evaluate("upazila", 1).value("unoWorkingDays")).intValue()).isEqualTo(3);
  }

  @Test
  void anUnknownLevelMatchesNoRule() {
    Route route = evaluate("division", 3);
    assertThat(route.matchedRules()).isEmpty();
    assertThat(route.result()).isEmpty();
  }

  @Test
  void theTableIsUniqueWithReadableIdsAndBilingualAnnotations() {
    DmnModelInstance model = Dmn.readModelFromFile(DMN_FILE.toFile());
    assertThat(model.getDefinitions().getDomElement().getNamespaceURI())
        .isEqualTo("https://www.omg.org/spec/DMN/20191111/MODEL/");
    Decision escalationRoute = model.getModelElementById("EscalationRoute");
    assertThat(escalationRoute.getName()).isEqualTo("এসকেলেশন পথ / Escalation route");
    assertThat(escalationRoute.getCamundaHistoryTimeToLiveString()).isEqualTo("P180D");
    DecisionTable table = (DecisionTable) escalationRoute.getExpression();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
    assertThat(table.getRules())
        .extracting(Rule::getId)
        .containsExactly(
            "Rule_Reminder",
            "Rule_UnionToUno",
            "Rule_UnionToAdc",
            "Rule_UpazilaToUno",
            "Rule_UpazilaToAdc",
            "Rule_DistrictToAdc");
    for (Rule rule : table.getRules()) {
      String annotation = rule.getDescription().getTextContent();
      assertThat(annotation).as(rule.getId()).containsPattern("\\p{IsBengali}").containsPattern("[A-Za-z]{3,}");
    }
  }

  @Test
  void theDecisionHasADiagramShape() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(DMN_FILE.toFile());
    NodeList shapes =
        document.getElementsByTagNameNS("https://www.omg.org/spec/DMN/20191111/DMNDI/", "DMNShape");
    assertThat(shapes.getLength()).isEqualTo(1);
    Element shape = (Element) shapes.item(0);
    assertThat(shape.getAttribute("dmnElementRef")).isEqualTo("EscalationRoute");
    Element bounds =
        (Element) shape.getElementsByTagNameNS("http://www.omg.org/spec/DMN/20180521/DC/", "Bounds").item(0);
    assertThat(Map.of("width", bounds.getAttribute("width"), "height", bounds.getAttribute("height")))
        .allSatisfy((key, value) -> assertThat(Double.parseDouble(value)).as(key).isPositive());
  }

  @Test
  void theClasspathCopyIsTheFileOnDisk() throws Exception {
    // processes/ is a resource folder: what is deployed is byte for byte what is tested here
    try (InputStream deployed = getClass().getClassLoader().getResourceAsStream("escalation-route.dmn")) {
      assertThat(deployed).isNotNull();
      assertThat(deployed.readAllBytes()).isEqualTo(Files.readAllBytes(DMN_FILE));
    }
  }
}
