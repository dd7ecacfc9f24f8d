package bd.gov.followup.web;

import bd.gov.followup.minutes.Meeting;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A meeting sent as JSON ({@code POST /api/meetings}) is read strictly: a key it does not know ({@code "deadlin"},
 * {@code "implementrs"}) is a typo to refuse with its JSON pointer (ApiProblems), not a value to drop and register
 * the meeting with the default in its place; a key given twice is refused where the second one is.
 *
 * <p>So is a close ({@code {"reason", "atMeeting"}}): a misspelt "atMeetin" closed the decision for good without
 * the meeting that closed it.
 *
 * <p>Only the request bodies, only a {@link Meeting} and a close: Spring's ObjectMapper itself stays lenient, because the minutes
 * stored in the engine are read back with it ({@code MinutesVariable}: minutes stored before a field was renamed or
 * removed must still read), as are the forms' JSON. Camunda's engine REST (Jersey) and Spin have Jackson set up of
 * their own and never see this converter. ({@code @JsonIgnoreProperties(ignoreUnknown = false)} on the records
 * would not do: it only stops ignoring, it does not fail where the mapper's FAIL_ON_UNKNOWN_PROPERTIES is off.)
 */
@Configuration(proxyBeanMethods = false)
class StrictMeetingJson implements WebMvcConfigurer {

  private final ObjectMapper objectMapper;

  StrictMeetingJson(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    // a copy: the same modules and settings (dates, accept-float-as-int: false), one feature more
    // a key given twice ({"deadline": …, …, "deadline": …}) is refused too: Jackson would keep the last one silently
    ObjectMapper strict = objectMapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    strict.getFactory().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    for (HttpMessageConverter<?> converter : converters) {
      if (converter instanceof MappingJackson2HttpMessageConverter json) {
        for (Class<?> body : List.of(Meeting.class, DecisionClosingController.CloseRequest.class)) {
          json.registerObjectMappersForType(body, byMediaType -> {
            byMediaType.put(MediaType.APPLICATION_JSON, strict);
            byMediaType.put(new MediaType("application", "*+json"), strict);
          });
        }
      }
    }
  }
}
