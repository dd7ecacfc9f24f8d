package bd.gov.followup.web;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;

/**
 * A JSON body beyond Jackson's limits (nested deeper than 1,000 levels, a number or a name too long, more values
 * than {@link JsonTokenLimit} allows) is the client's mistake: 400, saying which limit. Camunda maps only parse and
 * mapping errors, so where Jackson skips an unknown property the limit's exception reached the catch-all and
 * answered 500; met inside a property, it comes wrapped in a mapping error ({@link InMapping}).
 */
public class JsonLimitMapper implements ExceptionMapper<StreamConstraintsException> {

  @Override
  public Response toResponse(StreamConstraintsException exception) {
    ExceptionDto dto = new ExceptionDto();
    dto.setType("InvalidRequestException");
    dto.setMessage("JSON-এর গঠন সীমার বাইরে / the JSON body exceeds a limit: " + exception.getOriginalMessage());
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(dto).build();
  }

  /**
   * In place of Camunda's mapper for mapping errors, which answers them all with an empty message: a limit's says
   * which; any other is Camunda's answer, as before. Its priority puts it before Jersey's own mapper for the same
   * type (from JacksonFeature), which answers with the exception's text.
   */
  @Priority(1)
  public static class InMapping implements ExceptionMapper<JsonMappingException> {
    private final JsonMappingExceptionHandler camunda = new JsonMappingExceptionHandler();

    @Override
    public Response toResponse(JsonMappingException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof StreamConstraintsException limit) {
          return new JsonLimitMapper().toResponse(limit);
        }
      }
      Response answer = camunda.toResponse(exception);
      if (answer.getEntity() instanceof ExceptionDto dto && (dto.getMessage() == null || dto.getMessage().isEmpty())) {
        // Camunda's answer says nothing ("message": ""), which Tasklist shows as raw JSON: say what could not be read
        dto.setMessage(unreadable(exception));
      }
      return answer;
    }

    static String unreadable(JsonMappingException exception) {
      String field = exception.getPath().stream()
          .map(step -> step.getFieldName() != null ? step.getFieldName() : "[" + step.getIndex() + "]")
          .reduce((a, b) -> a + "." + b).orElse("");
      return "অনুরোধের JSON" + (field.isEmpty() ? "" : "-এর «" + field + "»") + " পড়া যায়নি; মানটি ঠিক ধরনের কিনা"
          + " দেখুন / the request's JSON could not be read" + (field.isEmpty() ? "" : " at '" + field + "'") + ": "
          + exception.getOriginalMessage();
    }
  }
}
