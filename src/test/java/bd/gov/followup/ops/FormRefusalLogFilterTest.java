package bd.gov.followup.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A form refused by a check is the user's to correct, not a server error: the engine's ERROR for it is dropped,
 * any other exception that ends a command is still logged.
 */
@SpringBootTest
@ActiveProfiles("processtest")
class FormRefusalLogFilterTest {

  @Autowired ProcessEngine engine;

  @Test
  void theRunningApplicationFiltersTheEnginesErrorForARefusal_andOnlyForARefusal() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    assertThat(context.getTurboFilterList()).as("installed once, whatever the contexts the JVM started")
        .filteredOn(FormRefusalLogFilter.class::isInstance).hasSize(1);
    Logger engineContext = context.getLogger(FormRefusalLogFilter.ENGINE_CONTEXT_LOGGER);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    engineContext.addAppender(logged);
    try {
      engine.getRepositoryService().createDeployment().addModelInstance("refusal-log.bpmn",
          Bpmn.createExecutableProcess("RefusalLog").camundaHistoryTimeToLive(1).startEvent()
              .userTask("Checked").camundaTaskListenerClass("complete", Check.class.getName())
              .endEvent().done()).deploy();
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("RefusalLog");
      String task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

      assertThatThrownBy(() -> engine.getTaskService().complete(task, Map.of("kind", "typo")))
          .hasRootCauseInstanceOf(BadUserRequestException.class);
      assertThat(logged.list).as("a typing slip").isEmpty();

      assertThatThrownBy(() -> engine.getTaskService().complete(task, Map.of("kind", "misuse")))
          .hasRootCauseInstanceOf(org.camunda.bpm.engine.exception.NotFoundException.class);
      assertThat(logged.list).as("the engine's own NotFoundException: a bug of ours, not a typing slip")
          .extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR);

      assertThatThrownBy(() -> engine.getTaskService().complete(task, Map.of("kind", "bug")))
          .isInstanceOf(ProcessEngineException.class);
      assertThat(logged.list).as("a real failure").extracting(ILoggingEvent::getLevel)
          .containsExactly(Level.ERROR, Level.ERROR);
      engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test over");
    } finally {
      engineContext.detachAppender(logged);
    }
  }

  /**
   * A task completed by a colleague and then by the stale Tasklist of another: one INFO line, not the engine's
   * ERROR with its stack trace; a step of a process that looks for a missing task is still an ERROR.
   */
  @Test
  void aTaskNoLongerOpenForAUsersRequest_isOneInfoLine_butNotInsideAProcessStep() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger engineContext = context.getLogger(FormRefusalLogFilter.ENGINE_CONTEXT_LOGGER);
    Logger stale = context.getLogger(FormRefusalLogFilter.STALE_TASK_LOGGER);
    ListAppender<ILoggingEvent> errors = new ListAppender<>();
    ListAppender<ILoggingEvent> infos = new ListAppender<>();
    errors.start();
    infos.start();
    engineContext.addAppender(errors);
    stale.addAppender(infos);
    try {
      engine.getRepositoryService().createDeployment().addModelInstance("stale-log.bpmn",
          Bpmn.createExecutableProcess("StaleLog").camundaHistoryTimeToLive(1).startEvent()
              .userTask("Work").serviceTask("LooksForATask").camundaClass(LooksForAMissingTask.class.getName())
              .endEvent().done()).deploy();
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("StaleLog");
      String task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
      String done = "no-longer-open-" + task;

      assertThatThrownBy(() -> engine.getTaskService().complete(done))
          .isInstanceOf(org.camunda.bpm.engine.exception.NullValueException.class);
      assertThatThrownBy(() -> engine.getFormService().submitTaskForm(done, Map.of()))
          .isInstanceOf(org.camunda.bpm.engine.exception.NullValueException.class);
      // Tasklist reads the form and the variables of a task it still lists: the engine says it in other words
      assertThatThrownBy(() -> engine.getTaskService().getVariables(done))
          .isInstanceOf(org.camunda.bpm.engine.exception.NullValueException.class);
      assertThatThrownBy(() -> engine.getFormService().getRenderedTaskForm(done))
          .isInstanceOf(org.camunda.bpm.engine.exception.NullValueException.class);
      assertThatThrownBy(() -> engine.getFormService().getDeployedTaskForm(done))
          .isInstanceOf(NullPointerException.class);
      assertThat(errors.list).as("no ERROR for a stale task").isEmpty();
      assertThat(infos.list).extracting(ILoggingEvent::getLevel).hasSize(5).containsOnly(Level.INFO);
      assertThat(infos.list.get(0).getThrowableProxy()).as("one line, no stack trace").isNull();

      assertThatThrownBy(() -> engine.getTaskService().complete(task))
          .isInstanceOf(org.camunda.bpm.engine.exception.NullValueException.class);
      assertThat(errors.list).as("a step of ours looking for a missing task: a bug")
          .extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR);
      engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test over");
    } finally {
      engineContext.detachAppender(errors);
      stale.detachAppender(infos);
    }
  }

  /** A service task that completes a task that does not exist. */
  public static class LooksForAMissingTask implements org.camunda.bpm.engine.delegate.JavaDelegate {
    @Override
    public void execute(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
      execution.getProcessEngineServices().getTaskService().complete("a-task-that-is-not-there");
    }
  }

  /** The task's complete listener: refuses a typing slip, fails on a bug. */
  public static class Check implements org.camunda.bpm.engine.delegate.TaskListener {
    @Override
    public void notify(org.camunda.bpm.engine.delegate.DelegateTask task) {
      if ("typo".equals(task.getVariable("kind"))) {
        throw new BadUserRequestException("date: তারিখ দিন / a date is required");
      }
      if ("misuse".equals(task.getVariable("kind"))) {
        throw new org.camunda.bpm.engine.exception.NotFoundException("no such task");
      }
      throw new IllegalStateException("a bug");
    }
  }
}
