package bd.gov.followup.db;

import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code followup.history.decision-variable-changes: false}: the history of a decision ({@code DecisionFollowup})
 * keeps each variable's last value, its tasks, activities, comments and who did what, but not every change of every
 * variable ({@code ACT_HI_DETAIL}: each value a variable took, and each field a form sent). The meeting and
 * everything else keep full history. Off by default: the details are the record of what an office first reported
 * before it was sent back. A "history level per process" without a custom history level, which would change the
 * level stored in the database and make Camunda refuse an existing installation at its next start.
 */
@Component
@ConditionalOnProperty(name = "followup.history.decision-variable-changes", havingValue = "false")
public class DecisionHistoryDetail extends SpringBootProcessEnginePlugin {

  static final Set<String> WITHOUT_DETAIL = Set.of("DecisionFollowup");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new Handler());
  }

  /** Camunda's own database handler, minus the details of the processes named above. */
  static class Handler extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricFormPropertyEventEntity && skipped(event)) {
        return;
      }
      super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return super.shouldWriteHistoricDetail(event) && !skipped(event);
    }

    private static boolean skipped(HistoryEvent event) {
      return WITHOUT_DETAIL.contains(event.getProcessDefinitionKey());
    }
  }
}
