package bd.gov.followup.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.listener.DelegateExpressionExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * A decision keeps the process version it was registered with, and the versions before the lapse notice have the
 * lapse (Event_UnoReviewLapsed) without its end listener: their UNOs' reviews ended untold. Rather than rewrite
 * deployed BPMN (an instance cannot be moved without migrating it), the engine adds the listener as it parses such a
 * version — at its deployment and whenever it loads it again after a restart — so every version tells the UNO, as
 * the current one does, and the escalation that follows sends it no copy besides. A version whose BPMN names the
 * listener already keeps its own: never two.
 */
@Component
public class LapseNoticeOnEarlierVersions extends SpringBootProcessEnginePlugin {

  static final String LAPSE = "Event_UnoReviewLapsed";
  static final String LISTENER = "${unoReviewLapsedNotice}";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        if (!ProcessVariables.DECISION_PROCESS.equals(definition.getKey())) {
          return;
        }
        ActivityImpl lapse = definition.findActivity(LAPSE);
        if (lapse != null && !hasListener(lapse)) {
          lapse.addListener(ExecutionListener.EVENTNAME_END, new DelegateExpressionExecutionListener(
              configuration.getExpressionManager().createExpression(LISTENER), List.of()));
        }
      }
    });
  }

  private static boolean hasListener(ActivityImpl lapse) {
    return lapse.getListeners(ExecutionListener.EVENTNAME_END).stream()
        .anyMatch(l -> l instanceof DelegateExpressionExecutionListener d && LISTENER.equals(d.getExpressionText()));
  }
}
