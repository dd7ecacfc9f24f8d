package bd.gov.followup.notify;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;

/** Tests read the notices (processes/notice.bpmn) an instance gave, as its offices read them. */
public final class NoticesOf {

  /** A notice: the office it is for, and what it says. */
  public record Notice(String processInstanceId, String group, String subject, String text) {
    /** As the application kept such a message before notices, a comment: "subject\n\ntext". */
    public String asComment() {
      return subject + "\n\n" + text;
    }
  }

  private NoticesOf() {}

  /** The notices about an instance (a meeting or a decision), read or not, oldest first. */
  public static List<Notice> instance(ProcessEngine engine, String aboutId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(NoticeTasks.PROCESS).variableValueEquals("noticeAbout", aboutId)
        .orderByProcessInstanceStartTime().asc().list().stream()
        .map(notice -> new Notice(notice.getId(), value(engine, notice.getId(), "noticeGroup"),
            value(engine, notice.getId(), "noticeSubject"), value(engine, notice.getId(), "noticeText")))
        .toList();
  }

  private static String value(ProcessEngine engine, String noticeId, String name) {
    return (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(noticeId)
        .variableName(name).singleResult().getValue();
  }
}
