package bd.gov.followup.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** The refusal of a change to a task beyond its follow-up date, naming the fields in Bengali and English. */
final class TaskChangeTexts {

  private TaskChangeTexts() {}

  private static final Map<String, String[]> FIELDS = Map.of(
      TaskEntity.DUE_DATE, new String[] {"সময়সীমা", "due date"},
      TaskEntity.NAME, new String[] {"নাম", "name"},
      TaskEntity.ASSIGNEE, new String[] {"দায়িত্বপ্রাপ্ত ব্যক্তি", "assignee"},
      TaskEntity.OWNER, new String[] {"মালিক", "owner"},
      TaskEntity.DESCRIPTION, new String[] {"বিবরণ", "description"},
      TaskEntity.PRIORITY, new String[] {"অগ্রাধিকার", "priority"},
      TaskEntity.DELEGATION, new String[] {"হস্তান্তর", "delegation"},
      TaskEntity.PARENT_TASK, new String[] {"মূল কাজ", "parent task"});

  static String refused(List<String> changed) {
    String bengali = changed.stream().map(key -> FIELDS.getOrDefault(key, new String[] {key, key})[0])
        .collect(Collectors.joining(", "));
    String english = changed.stream().map(key -> FIELDS.getOrDefault(key, new String[] {key, key})[1])
        .collect(Collectors.joining(", "));
    return "কাজের " + bengali + " বদলানো যায় না: এগুলো সিদ্ধান্তের অংশ। দপ্তর কেবল ফলো-আপ তারিখ দিতে বা মুছতে পারে;"
        + " সময়সীমা বাড়াতে হলে সভাপতির পর্যালোচনায় বা সদস্য-সচিবের কাছে চান / a task's " + english + " cannot be"
        + " changed: they are part of the decision. An office may only set or clear its follow-up date (send the task"
        + " as GET returns it, with followUp changed); a later deadline is the chair's review's, or ask the secretary";
  }
}
