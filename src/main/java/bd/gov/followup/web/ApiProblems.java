package bd.gov.followup.web;

import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.MinutesFormatException;
import bd.gov.followup.minutes.MinutesProblem;
import bd.gov.followup.minutes.MinutesReaders;
import bd.gov.followup.minutes.MinutesTooLargeException;
import bd.gov.followup.minutes.UnsupportedMinutesFormatException;
import bd.gov.followup.report.UnknownMeetingException;
import bd.gov.followup.workflow.MeetingAlreadyRegisteredException;
import bd.gov.followup.workflow.NotTheCommitteesSecretaryException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.URI;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.UriUtils;

/**
 * Every rejection under {@code /api} as an RFC 9457 problem ({@code application/problem+json}): Spring MVC's own
 * (wrong method, unreadable body, missing part, upload over the limit Tomcat enforces) through the base class, and
 * ours. Invalid content lists its problems in an {@code errors} extension, each naming the field and where it is:
 * a line or table row of the file, or a JSON pointer into the request body. Bad input is never a 5xx.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
  static final String TYPE = "urn:followup:problem:";

  /** Jackson's words for a key given twice (STRICT_DUPLICATE_DETECTION, StrictMeetingJson). */
  private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '([^']*)'");

  @ExceptionHandler(InvalidMeetingException.class)
  ResponseEntity<ProblemDetail> invalidMeeting(InvalidMeetingException e) {
    return invalid("সভার তথ্য সম্পূর্ণ নয় / the meeting cannot be registered as sent", e.problems());
  }

  @ExceptionHandler(MinutesFormatException.class)
  ResponseEntity<ProblemDetail> unreadableMinutes(MinutesFormatException e) {
    return invalid("কার্যবিবরণী থেকে সভা পড়া যায়নি / the minutes could not be read into a meeting", e.problems());
  }

  @ExceptionHandler(UnsupportedMinutesFormatException.class)
  ResponseEntity<ProblemDetail> unsupported(UnsupportedMinutesFormatException e) {
    ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-format", "Unsupported minutes format",
        e.getMessage());
    problem.setProperty("accepted", List.of(".txt (UTF-8)", ".docx"));
    return respond(problem);
  }

  @ExceptionHandler(MinutesTooLargeException.class)
  ResponseEntity<ProblemDetail> tooLarge(MinutesTooLargeException e) {
    return respond(tooLarge(e.limitBytes()));
  }

  @ExceptionHandler(MeetingAlreadyRegisteredException.class)
  ResponseEntity<ProblemDetail> alreadyRegistered(MeetingAlreadyRegisteredException e) {
    URI location = MeetingsController.location(e.memoKey());
    ProblemDetail problem = problem(HttpStatus.CONFLICT, "memo-number-taken", "Memo number already registered",
        "এই স্মারক নম্বরে অন্য কার্যবিবরণী নিবন্ধিত আছে" + (e.differences().isEmpty() ? ""
            : "; পার্থক্য: " + String.join(", ", e.differences().stream().map(d -> d.split(" / ")[0]).toList()))
            + "। নিবন্ধিত সভা সংশোধন করা যায় তার «কার্যবিবরণী যাচাই» কাজে, যতক্ষণ তা খোলা; শুরু হওয়া সিদ্ধান্ত পরবর্তী"
            + " সভায় নিষ্পত্তি হয় / memo number " + e.memoKey() + " is registered already with other minutes"
            + (e.differences().isEmpty() ? "" : "; they differ in: " + String.join(", ",
                e.differences().stream().map(d -> d.substring(d.indexOf(" / ") + 3)).toList()))
            + ". A registered meeting is corrected in its review task while that is open; decisions already started"
            + " are settled by a later meeting");
    problem.setProperty("memoKey", e.memoKey());
    problem.setProperty("differences", e.differences());
    problem.setProperty("location", location.toString());
    return ResponseEntity.status(HttpStatus.CONFLICT).location(location)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @ExceptionHandler(UnknownQueryParameters.UnknownQueryParameterException.class)
  ResponseEntity<ProblemDetail> unknownParameter(UnknownQueryParameters.UnknownQueryParameterException e) {
    String message = unknownKey(e.name, new java.util.ArrayList<Object>(e.known), null)
        .replace("অজানা ঘর", "অজানা প্যারামিটার").replace("unknown key", "unknown query parameter")
        .replace("The keys here are:", "This request takes:")
        + (e.known.isEmpty() ? " (এই অনুরোধে কোনো প্যারামিটার লাগে না / this request takes none)" : "");
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unknown-parameter", "Unknown parameter",
        "অনুরোধে অজানা প্যারামিটার আছে; কিছুই করা হয়নি / the request has an unknown query parameter; nothing was done");
    problem.setProperty("errors", List.of(new MinutesProblem(e.name, SpringProblems.QUERY, message)));
    return respond(problem);
  }

  @ExceptionHandler(ParameterOutOfRangeException.class)
  ResponseEntity<ProblemDetail> outOfRange(ParameterOutOfRangeException e) {
    String range = e.max == Integer.MAX_VALUE ? e.min + " বা তার বেশি" : e.min + " থেকে " + e.max;
    String rangeEn = e.max == Integer.MAX_VALUE ? e.min + " or more" : e.min + " to " + e.max;
    String message = e.name + ": " + BengaliDigits.toBengali(range) + " দিন, '" + e.value + "' নয় / parameter "
        + e.name + " takes " + rangeEn + ", not '" + e.value + "'";
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", message);
    problem.setProperty("errors", List.of(new MinutesProblem(e.name, SpringProblems.QUERY, message)));
    return respond(problem);
  }

  @ExceptionHandler(UnknownMeetingException.class)
  ResponseEntity<ProblemDetail> unknownMeeting(UnknownMeetingException e) {
    ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "meeting-not-found", "Meeting not found",
        e.detail());
    problem.setProperty("memoKey", e.memoKey());
    return respond(problem);
  }

  /** Minutes discarded in their review: gone, and why, for whoever may read them (the list shows them). */
  @ExceptionHandler(DiscardedMeetingException.class)
  ResponseEntity<ProblemDetail> discardedMeeting(DiscardedMeetingException e) {
    ProblemDetail problem = problem(HttpStatus.GONE, "meeting-discarded", "Minutes discarded", e.detail());
    problem.setProperty("memoKey", e.memoKey());
    problem.setProperty("processInstanceId", e.processInstanceId());
    problem.setProperty("status", "DISCARDED");
    problem.setProperty("discardedAt", e.discardedAt());
    problem.setProperty("discardReason", e.reason());
    return respond(problem);
  }

  /** A secretary may be told whose meeting it sent: its own committee's are its to register. */
  @ExceptionHandler(NotTheCommitteesSecretaryException.class)
  ResponseEntity<ProblemDetail> otherCommittee(NotTheCommitteesSecretaryException e) {
    ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "other-committee", "Another committee's meeting",
        e.getMessage());
    problem.setProperty("committee", e.committee());
    return respond(problem);
  }

  /**
   * The application's own refusals (no missing permission named: they say in Bengali and English who does it) keep
   * their words; the engine's, which name resources and permissions, are answered in general.
   */
  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ProblemDetail> forbidden(AuthorizationException e) {
    boolean ours = e.getMissingAuthorizations().isEmpty() && e.getMessage() != null && !e.getMessage().isBlank();
    return respond(problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
        ours ? e.getMessage() : "এই কাজের অনুমতি নেই / you are not allowed to do this"));
  }

  /** Two officials changed the same thing at once: the engine kept the first, the second reads it again. */
  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingException e) {
    return respond(problem(HttpStatus.CONFLICT, "changed-meanwhile", "Changed meanwhile",
        "একই সময়ে অন্য কেউ এটি বদলেছেন; আবার দেখে নিন / someone changed this at the same moment: read it again"));
  }

  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<ProblemDetail> badRequest(BadUserRequestException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    // the application's refusals start with what they refuse ("/reason: …", "deadline: …"): named as in every
    // other invalid request, in errors[]
    Matcher named = NAMED_FIELD.matcher(e.getMessage() == null ? "" : e.getMessage());
    if (named.matches()) {
      String field = named.group(1).startsWith("/") ? named.group(1).substring(1) : named.group(1);
      String location = named.group(1).startsWith("/") ? named.group(1) : "/" + field;
      problem.setProperty("errors", List.of(new MinutesProblem(field, location, named.group(2))));
    }
    return respond(problem);
  }

  private static final Pattern NAMED_FIELD = Pattern.compile("(/?[A-Za-z][\\w.\\[\\]/-]*): (.+)", Pattern.DOTALL);

  /**
   * Anything else is the application's fault, not the caller's: a 500 problem detail with a reference that the log
   * repeats beside the stack trace, which never leaves the server.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    return respond(internalError(e, HttpStatus.INTERNAL_SERVER_ERROR));
  }

  private static ProblemDetail internalError(Exception e, HttpStatusCode status) {
    String reference = java.util.UUID.randomUUID().toString();
    log.error("Unexpected error in the API, reference {}", reference, e);
    ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
        "অপ্রত্যাশিত ত্রুটি; প্রশাসককে এই সূত্রটি জানান / an unexpected error; give the administrator this reference: "
            + reference);
    problem.setStatus(status.value());
    problem.setProperty("reference", reference);
    return problem;
  }

  /** A multipart body Tomcat cannot parse (over-size uploads are handled by the base class as 413). */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> badMultipart(MultipartException e) {
    if (e instanceof MaxUploadSizeExceededException) {
      return respond(tooLarge(MinutesReaders.MAX_BYTES));
    }
    return respond(problem(HttpStatus.BAD_REQUEST, "bad-multipart", "Unreadable upload",
        "আপলোড পড়া যায়নি / the multipart request could not be read"));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(tooLarge(MinutesReaders.MAX_BYTES));
  }

  /**
   * A body that is not JSON, a value of the wrong type (a deadline that is not a date) or a key that is not known (a
   * typo, in a meeting: {@link StrictMeetingJson}): named by JSON pointer.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    MinutesProblem error;
    String detail = "অনুরোধের বিষয়বস্তু পড়া যায়নি / the request body could not be read";
    if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      StringBuilder pointer = new StringBuilder();
      StringBuilder field = new StringBuilder();
      for (JsonMappingException.Reference reference : mapping.getPath()) {
        if (reference.getFieldName() != null) {
          pointer.append('/').append(pointerToken(reference.getFieldName()));
          field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
        } else {
          pointer.append('/').append(reference.getIndex());
          field.append('[').append(reference.getIndex()).append(']');
        }
      }
      String twice = duplicateKey(mapping.getCause() instanceof JsonProcessingException cause
          ? cause.getOriginalMessage() : mapping.getOriginalMessage());
      if (twice != null) {
        // a key given twice inside a decision or the chair: the path ends at the object holding it
        pointer.append('/').append(pointerToken(twice));
        field.append(field.isEmpty() ? "" : ".").append(twice);
      }
      String leaf = field.toString();
      String message;
      if (twice != null) {
        message = givenTwice(twice);
      } else if (mapping instanceof UnrecognizedPropertyException unknown) {
        detail = "অনুরোধে অজানা ঘর আছে / the request body has an unknown key";
        message = unknownKey(unknown.getPropertyName(), unknown.getKnownPropertyIds(), unknown.getReferringClass());
      } else if (leaf.endsWith("deadline") || leaf.endsWith("date") || leaf.endsWith("Date")) {
        message = "তারিখ yyyy-MM-dd আকারে একটি প্রকৃত দিন দিন / not a date (yyyy-MM-dd), or a day that does not exist";
      } else if (leaf.endsWith("time")) {
        message = "সময় HH:mm আকারে দিন (যেমন 12:00) / not a time (HH:mm)";
      } else {
        message = "মান সঠিক নয় / not a valid value: " + expected(mapping)
            + (mapping instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid
                && invalid.getValue() != null ? ", not " + invalid.getValue() : "");
      }
      error = new MinutesProblem(leaf, pointer.toString(), message);
    } else if (ex.getCause() instanceof JsonProcessingException json && json.getLocation() != null
        && duplicateKey(json.getOriginalMessage()) != null) {
      String twice = duplicateKey(json.getOriginalMessage());
      error = new MinutesProblem(twice, "line " + json.getLocation().getLineNr() + ", column "
          + json.getLocation().getColumnNr(), givenTwice(twice));
    } else if (ex.getCause() instanceof JsonProcessingException json && json.getLocation() != null) {
      error = new MinutesProblem("", "line " + json.getLocation().getLineNr() + ", column "
          + json.getLocation().getColumnNr(), "JSON পড়া যায়নি / not valid JSON");
    } else {
      error = new MinutesProblem("", "/", detail);
    }
    ProblemDetail problem = registersAMeeting(request) ? invalidProblem(detail, List.of(error))
        : badRequest(detail, List.of(error));
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /**
   * Only the registration's body is a meeting ({@code POST /api/meetings}): a close request's misspelt key is a bad
   * request, as its other body errors are, not "invalid minutes".
   */
  private static boolean registersAMeeting(WebRequest request) {
    if (!(request instanceof ServletWebRequest servlet)) {
      return true;
    }
    String path = servlet.getRequest().getRequestURI().substring(servlet.getRequest().getContextPath().length());
    return path.equals("/api/meetings") || path.equals("/api/meetings/");
  }

  private static ProblemDetail badRequest(String detail, List<MinutesProblem> errors) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", detail);
    problem.setProperty("errors", errors);
    return problem;
  }

  /** The key Jackson's message says is given twice, or null for another message. */
  private static String duplicateKey(String jacksonMessage) {
    Matcher duplicate = DUPLICATE_KEY.matcher(jacksonMessage == null ? "" : jacksonMessage);
    return duplicate.lookingAt() ? duplicate.group(1) : null;
  }

  private static String givenTwice(String key) {
    return "«" + key + "» দুবার দেওয়া হয়েছে; একবার দিন / the key '" + key + "' is given twice: give it once";
  }

  /** A key as one token of a JSON pointer (RFC 6901: "~" and "/" escaped). */
  private static String pointerToken(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** What the place expects, in words a caller understands: never Jackson's message, which names Java classes. */
  static String expected(JsonMappingException mapping) {
    if (mapping instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException) {
      return "an empty (null) or invalid value inside it";
    }
    Class<?> type = mapping instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatched
        ? mismatched.getTargetType() : null;
    if (type == null) {
      return "another kind of value is expected here";
    }
    if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
      return "a text is expected here";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number is expected here";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false is expected here";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list [ … ] is expected here";
    }
    return "an object { … } is expected here";
  }

  /**
   * The unknown key, the known key it is most likely a typo of, and the keys known at its place: in the order a
   * record declares them (as the README and the meeting's JSON list them), else alphabetically.
   */
  static String unknownKey(String key, Collection<Object> known, Class<?> at) {
    List<String> declared = at != null && at.isRecord()
        ? Arrays.stream(at.getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
    List<String> keys = known == null ? List.of() : known.stream().map(String::valueOf)
        .sorted(Comparator.comparing((String k) -> declared.contains(k) ? declared.indexOf(k) : declared.size())
            .thenComparing(Comparator.naturalOrder()))
        .toList();
    String nearest = null;
    int best = Integer.MAX_VALUE;
    for (String candidate : keys) {
      int distance = editDistance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < best) {
        best = distance;
        nearest = candidate;
      }
    }
    boolean typo = nearest != null && best <= 2 && best < Math.max(2, key.length() / 2);
    return "অজানা ঘর \"" + key + "\"" + (typo ? "; \"" + nearest + "\" লিখতে চেয়েছিলেন?" : "")
        + " / unknown key \"" + key + "\"" + (typo ? ": did you mean \"" + nearest + "\"?" : "")
        + (keys.isEmpty() ? "" : " The keys here are: " + String.join(", ", keys));
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * Spring's own problems (405, 415, 406, a missing part or parameter, a parameter of the wrong type …) go out as
   * problems of ours ({@link SpringProblems}), always as problem+json: set here, not negotiated, so that a client
   * whose Accept the path cannot answer (406) gets the problem written too. Spring's 5xx are the application's
   * fault: an internal error with a reference, as any other.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    ProblemDetail ours = statusCode.is5xxServerError()
        ? internalError(ex, statusCode) : SpringProblems.of(ex, statusCode, request);
    ResponseEntity<Object> response =
        super.handleExceptionInternal(ex, ours != null ? ours : body, headers, statusCode, request);
    if (response != null && response.getBody() instanceof ProblemDetail) {
      HttpHeaders out = new HttpHeaders();
      out.putAll(response.getHeaders());
      out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
      return new ResponseEntity<>(response.getBody(), out, response.getStatusCode());
    }
    return response;
  }

  private ResponseEntity<ProblemDetail> invalid(String detail, List<MinutesProblem> errors) {
    return respond(invalidProblem(detail, errors));
  }

  private static ProblemDetail invalidProblem(String detail, List<MinutesProblem> errors) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-minutes", "Invalid minutes", detail);
    problem.setProperty("errors", errors);
    return problem;
  }

  private static ProblemDetail tooLarge(long limitBytes) {
    ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "minutes-too-large", "Minutes file too large",
        MinutesTooLargeException.detail(limitBytes));
    problem.setProperty("limitBytes", limitBytes);
    return problem;
  }

  /** A decision number the meeting's minutes do not have (404), for the endpoints under a meeting's decisions. */
  static ResponseEntity<ProblemDetail> decisionNotFound(String memoKey, int number) {
    ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "decision-not-found", "No such decision",
        "এই সভার কার্যবিবরণীতে " + bd.gov.followup.minutes.BengaliDigits.of(number) + " নম্বর সিদ্ধান্ত নেই / the"
            + " meeting's minutes have no decision " + number);
    problem.setProperty("memoKey", memoKey);
    problem.setProperty("number", number);
    return respond(problem);
  }

  static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE + type));
    problem.setTitle(title);
    return problem;
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  static String encode(String memoKey) {
    return UriUtils.encodePathSegment(memoKey, java.nio.charset.StandardCharsets.UTF_8);
  }

  static Logger log() {
    return log;
  }
}
