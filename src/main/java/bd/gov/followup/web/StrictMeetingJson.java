package bd.gov.followup.web;

import bd.gov.followup.minutes.Meeting;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalTimeDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
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
 * <p>Values of the wrong kind too: a number, true or false where text belongs, a date or a time written other than as
 * text ({@code "2024-01-30"}, {@code "12:00"}).
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
    // a number where text belongs is a slip, not text: a close's "reason": 123 closed the decision for good
    for (CoercionInputShape scalar : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
        CoercionInputShape.Boolean)) {
      strict.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
    }
    // a date or a time only as the text the README shows: Jackson would take 15 as the 15th day after 1 Jan 1970 (a
    // deadline meant as "15 days"), 20786 as a day of 2026, and [2026, 11, 29] as a date too
    strict.registerModule(new SimpleModule("DatesAsText")
        .addDeserializer(LocalDate.class, new OnlyAsText<>(LocalDate.class, LocalDateDeserializer.INSTANCE))
        .addDeserializer(LocalTime.class, new OnlyAsText<>(LocalTime.class, LocalTimeDeserializer.INSTANCE)));
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

  /** Reads a value from a JSON string only; any other token is refused as the wrong kind of value, at its place. */
  private static final class OnlyAsText<T> extends StdScalarDeserializer<T> {

    private final JsonDeserializer<T> fromText;

    OnlyAsText(Class<T> type, JsonDeserializer<T> fromText) {
      super(type);
      this.fromText = fromText;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (T) context.handleUnexpectedToken(handledType(), parser);
      }
      return fromText.deserialize(parser, context);
    }
  }
}
