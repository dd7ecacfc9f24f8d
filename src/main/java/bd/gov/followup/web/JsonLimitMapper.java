package bd.gov.followup.web;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * A JSON body beyond Jackson's limits (nested deeper than 1,000 levels, a number or a name too long) is the client's
 * mistake: 400. Camunda maps only parse and mapping errors, so where Jackson skips an unknown property the limit's
 * exception reached the catch-all and answered 500.
 */
public class JsonLimitMapper implements ExceptionMapper<StreamConstraintsException> {

  @Override
  public Response toResponse(StreamConstraintsException exception) {
    ExceptionDto dto = new ExceptionDto();
    dto.setType("InvalidRequestException");
    dto.setMessage("JSON-এর গঠন সীমার বাইরে / the JSON body exceeds a limit: " + exception.getOriginalMessage());
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(dto).build();
  }
}
