package bd.gov.followup.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * Camunda's JSON reader for the engine's REST API, with a cap on how many values a body may hold. A query's id list
 * becomes one SQL parameter per id: a list beyond the database's limit (H2 100,000, PostgreSQL 32,767) fails, and
 * the engine logs the whole statement several times, some 50 MB for a 1 MB request, which any logged-in user could
 * repeat until the disk that also holds the H2 database is full. The cap is Jackson's count of tokens: every value,
 * name and bracket, so a body of some 9,990 ids is the most it lets through. No form, query or batch of the webapps
 * comes near {@value #MAX_TOKENS}; above it the body is refused with 400 ({@link JsonLimitMapper}) as it is read.
 *
 * <p>Tasklist saves a task's dates by sending the whole task back ({@code PUT task/{id}}), its Camunda Form reference
 * included: Jackson cannot build that interface, and every such save failed with an empty "InvalidRequestException"
 * before the engine saw it. The reference is read-only in a task's update ({@link TaskFormRefReadOnly}).
 */
public class JsonTokenLimit extends JacksonConfigurator {

  static final long MAX_TOKENS = 10_000;

  @Override
  public ObjectMapper getContext(Class<?> type) {
    ObjectMapper mapper = super.getContext(type); // a new mapper on each call: setting its limit touches no other
    mapper.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder().maxTokenCount(MAX_TOKENS).build());
    mapper.addMixIn(TaskDto.class, TaskFormRefReadOnly.class);
    return mapper;
  }

  /** A task's form reference is written in answers and ignored in requests: the engine never updates it. */
  @JsonIgnoreProperties(value = "camundaFormRef", allowGetters = true)
  abstract static class TaskFormRefReadOnly {}
}
