package bd.gov.followup.web;

import bd.gov.followup.minutes.BengaliDigits;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * Our task listeners refuse bad form input with a {@link BadUserRequestException} naming the field; the engine wraps
 * every listener exception in a plain ProcessEngineException, and REST resources such as submit-form wrap that again
 * in a RestException with status 500. These mappers answer such a refusal with 400 and the listener's own message,
 * so Tasklist shows the official what to correct, and a task completed by someone else with 404 or 409 and a
 * message saying so ({@link #taskAnswer}); everything else goes to Camunda's handlers unchanged.
 */
public final class FormRefusalExceptionMapper {

  private FormRefusalExceptionMapper() {}

  /**
   * A JAX-RS application's classes with Camunda's two handlers replaced by ours (two mappers for one exception type
   * would leave the choice to Jersey), {@link JsonLimitMapper} (Camunda's mapper for mapping errors replaced by
   * its {@link JsonLimitMapper.InMapping}), and Camunda's JSON reader replaced by {@link JsonTokenLimit}.
   */
  public static Set<Class<?>> inPlaceOfCamundas(Set<Class<?>> classes) {
    return Stream.concat(
            classes.stream().filter(type -> type != ProcessEngineExceptionHandler.class && type != RestExceptionHandler.class
                && type != JacksonConfigurator.class && type != JsonMappingExceptionHandler.class),
            Stream.of(ForEngine.class, ForRest.class, ForNullTask.class, JsonLimitMapper.class,
                JsonLimitMapper.InMapping.class,
                JsonTokenLimit.class))
        .collect(Collectors.toSet());
  }

  /** In place of Camunda's ProcessEngineExceptionHandler. */
  public static class ForEngine implements ExceptionMapper<ProcessEngineException> {
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();
    @Context private UriInfo uri;

    @Override
    public Response toResponse(ProcessEngineException exception) {
      BadUserRequestException refusal = refusal(exception);
      if (refusal != null && refusal != exception) {
        return badRequest(refusal);
      }
      // the engine's own "task is null" (form-variables of a task completed meanwhile) is no refusal of ours
      Response answer = refusal == null || refusal == exception ? taskAnswer(exception, path(uri)) : null;
      if (answer == null && exception.getClass() == ProcessEngineException.class
          && WEAK_PASSWORD.equals(exception.getMessage())) {
        answer = answer(Response.Status.BAD_REQUEST, WEAK_PASSWORD_ANSWER);
      }
      if (answer == null) {
        answer = missingAnswer(exception, path(uri));
      }
      if (answer == null) {
        answer = identityAnswer(exception);
      }
      if (answer == null && exception instanceof BadUserRequestException && exception.getMessage() != null
          && UNPAGED.matcher(exception.getMessage()).lookingAt()) {
        // a script's list without paging: Camunda's bare English names no way out
        int limit = maxResults();
        answer = answer(Response.Status.BAD_REQUEST, "একবারে সর্বোচ্চ " + BengaliDigits.of(limit)
            + "টি ফলাফল: firstResult ও maxResults দিয়ে পাতায় পাতায় চান, যেমন ?firstResult=0&maxResults=50 / at most "
            + limit + " results at a time: page with firstResult and maxResults, e.g."
            + " ?firstResult=0&maxResults=50 (" + exception.getMessage() + ")");
      }
      return answer != null ? answer : forbiddenInBengaliToo(camunda.toResponse(exception), path(uri));
    }
  }

  /** In place of Camunda's RestExceptionHandler. */
  public static class ForRest implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camunda = new RestExceptionHandler();
    @Context private UriInfo uri;

    @Override
    public Response toResponse(RestException exception) {
      // only a 500 is rethought: a 404 or 403 of Camunda's stays what it is
      boolean serverError = exception.getStatus() == null
          || exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR;
      AuthorizationException denied = denial(exception);
      if (denied != null) {
        // some resources (a task's comment) answer a refusal of ours or Camunda's with 400 "Not enough parameters
        // submitted": it is a 403, saying what was refused
        return forbiddenInBengaliToo(new ProcessEngineExceptionHandler().toResponse(denied), path(uri));
      }
      BadUserRequestException refusal = refusal(exception);
      String path = path(uri);
      if (refusal != null && exception.getStatus() == Response.Status.BAD_REQUEST && path != null
          && path.endsWith("/comment/create")) {
        // the comment resource answers our refusal (a comment too long) with that one phrase, too: ours says what
        return badRequest(refusal);
      }
      if (!serverError) {
        // unclaim of a task completed meanwhile: Camunda's 400 "task is null" is the same stale task as a late submit
        Response missing = taskAnswer(exception, path);
        return missing != null && missing.getStatus() == Response.Status.NOT_FOUND.getStatusCode() ? missing
            : forbiddenInBengaliToo(camunda.toResponse(exception), path(uri));
      }
      Response answer = refusal != null ? badRequest(refusal) : taskAnswer(exception, path(uri));
      if (answer == null) {
        answer = missingAnswer(exception, path(uri));
      }
      if (answer == null) {
        answer = identityAnswer(exception);
      }
      return answer != null ? answer : camunda.toResponse(exception);
    }
  }

  /**
   * Beside Camunda's handler of every other exception: the deployed form of a task that is not there
   * ({@link #DEPLOYED_FORM_OF_NO_TASK}) is the stale task it is, 404; any other NullPointerException stays
   * Camunda's 500.
   */
  public static class ForNullTask implements ExceptionMapper<NullPointerException> {
    @Context private UriInfo uri;

    @Override
    public Response toResponse(NullPointerException exception) {
      Response answer = taskAnswer(exception, path(uri));
      return answer != null ? answer : new ExceptionHandler().toResponse(exception);
    }
  }

  /**
   * Two officials open the same task and both submit it (or one clicks twice). The second finds it completed, or,
   * submitting at the same moment, loses the race to the first: Camunda answers both with 500 and English engine
   * text, which Tasklist shows as a failure of ours. They are 404 and 409, saying what happened. Null when the
   * exception is neither, and for a missing task other than the one the request names (a step of ours that looks
   * for another task failed: that stays Camunda's 500).
   *
   * @param path the request's path ("task/{id}/submit-form"), or null when unknown
   */
  static Response taskAnswer(Throwable exception, String path) {
    for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      String missing = (cause instanceof NullValueException || cause instanceof BadUserRequestException
          || cause instanceof RestException) ? missingTask(cause.getMessage())
          : cause instanceof NullPointerException && path != null && path.contains("task/")
              && path.endsWith("/deployed-form") && cause.getMessage() != null && cause.getMessage().contains(DEPLOYED_FORM_OF_NO_TASK)
              ? path.substring(path.indexOf("task/") + 5, path.lastIndexOf('/')) : null;
      if (missing != null && (path == null || path.contains("task/" + missing))) {
        return answer(Response.Status.NOT_FOUND, "কাজটি আর খোলা নেই: অন্য কেউ এটি সম্পন্ন করেছেন, সিদ্ধান্তটি বন্ধ"
            + " বা অন্য দপ্তরে দেওয়া হয়েছে, অথবা পর্যালোচনাটি এগিয়ে গেছে (অন্য ইউএনও সভাপতির কাছে পাঠিয়েছেন, বা সময়"
            + " পেরিয়েছে); কাজের তালিকা হালনাগাদ করুন / this task is no longer open: someone else completed it, the"
            + " decision was closed or reassigned, or the review moved on (another UNO referred it to the chair, or its"
            + " time passed); refresh the task list");
      }
      if (cause instanceof TaskAlreadyClaimedException) {
        return answer(Response.Status.CONFLICT, "অন্য একজন কাজটি ইতিমধ্যে নিজের করে নিয়েছেন (claim); কাজের তালিকা হালনাগাদ"
            + " করুন। তিনি, একই দপ্তরের অন্য কেউ, অথবা এই সভার কমিটির সদস্য-সচিব বা সভাপতি, কাজটি ছেড়ে দিতে পারেন"
            + " (unclaim) / someone else has claimed this task already; refresh the task list. They, a colleague of the"
            + " same office, or the secretary or the chair of its meeting's committee, can release it");
      }
      if (cause instanceof OptimisticLockingException) {
        // also two verifications of different offices' reports on one decision (both count on the decision): nobody
        // took the official's task, which is most likely still open, to be sent again
        return answer(Response.Status.CONFLICT, "একই সময়ে অন্য কেউ এটি বা এই সিদ্ধান্তের আরেকটি কাজ সম্পন্ন বা পরিবর্তন"
            + " করেছেন; আপনার পাঠানো তথ্য রাখা হয়নি। পাতাটি হালনাগাদ করে আবার দেখুন: কাজটি থাকলে আবার জমা দিন / someone"
            + " else completed or changed this, or another task of this decision, at the same moment; what you sent was"
            + " not kept. Refresh and look again: if the task is still there, send it again");
      }
    }
    return null;
  }

  /**
   * Camunda's 403 names the missing permission in English ("does not have one of the following permissions:
   * 'TASK_WORK' …"), which Tasklist shows as it is: an office that opens another office's task, or a verification
   * that is not its own, reads first in Bengali what it means. Camunda's body otherwise stays as it is.
   */
  static Response forbiddenInBengaliToo(Response response, String path) {
    String prefix = path != null && path.endsWith("/unclaim") ? FORBIDDEN_UNCLAIM
        : path != null && (path.startsWith("task/") || path.contains("/task/")) ? FORBIDDEN_TASK : FORBIDDEN;
    if (response.getStatus() == Response.Status.FORBIDDEN.getStatusCode()
        && response.getEntity() instanceof ExceptionDto dto && dto.getMessage() != null
        && !dto.getMessage().startsWith(prefix) && !startsInBengali(dto.getMessage())) {
      dto.setMessage(prefix + dto.getMessage());
    }
    return response;
  }

  /**
   * A refusal of ours already says in Bengali what was refused and why (a task claimed by a colleague, a task update
   * beyond its follow-up date): "not your office's task" before it would be wrong, as it is the office's task.
   */
  private static boolean startsInBengali(String message) {
    return !message.isEmpty() && Character.UnicodeBlock.of(message.charAt(0)) == Character.UnicodeBlock.BENGALI;
  }

  static final String FORBIDDEN_TASK = "এই কাজটি আপনার দপ্তরের নয়, অথবা এটি করার অনুমতি আপনার নেই / not your office's"
      + " task, or not yours to do: ";
  static final String FORBIDDEN = "এটি করার অনুমতি আপনার নেই / you are not permitted to do this: ";
  /** A colleague holds the task: not "not your office's", which the office's new official read about its own task. */
  static final String FORBIDDEN_UNCLAIM = "কাজটি যিনি নিয়েছেন (claim) তিনি, যে দপ্তরের কাজ সেই দপ্তরের অন্য কেউ, অথবা এই"
      + " সভার কমিটির সদস্য-সচিব বা সভাপতি, কেবল এটি ছেড়ে দিতে পারেন; তাঁদের একজনকে অনুরোধ করুন / only whoever claimed"
      + " this task, a colleague of the office it is for, or the secretary or the chair of its meeting's committee, can"
      + " release it; ask one of them: ";

  /**
   * Camunda refuses a password against its policy (user create, a password change) with a plain ProcessEngineException
   * of this text, which its handler answers 500: the administrator sent a weak password, a 400.
   */
  static final String WEAK_PASSWORD = bd.gov.followup.ops.FormRefusalLogFilter.WEAK_PASSWORD;
  static final String WEAK_PASSWORD_ANSWER = "পাসওয়ার্ডটি নীতিমালা মানে না: কমপক্ষে ১০ অক্ষর লাগবে, তাতে বড় ও ছোট"
      + " হাতের অক্ষর, অঙ্ক ও বিশেষ চিহ্ন থাকবে, ব্যবহারকারীর আইডি, নাম বা ইমেইল থাকবে না / " + WEAK_PASSWORD
      + " (GET /engine-rest/identity/password-policy lists its rules; POST /engine-rest/identity/password-policy"
      + " checks a password against them)";

  /**
   * An administrator's slips in Admin or over REST: an id the whitelist refuses (a space, a Bengali letter), a user or
   * group that does not exist. Camunda answers 500 in English; these are 400 and 404 that say what to write. Null
   * for anything else.
   */
  static Response identityAnswer(Throwable exception) {
    for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      String message = cause.getMessage() == null ? "" : cause.getMessage();
      Matcher invalid = INVALID_ID.matcher(message);
      if (invalid.find()) {
        return answer(Response.Status.BAD_REQUEST, "আইডি «" + invalid.group(2) + "» চলবে না: শুধু ইংরেজি অক্ষর ও অঙ্ক,"
            + " অংশগুলোর মাঝে হাইফেন, যেমন uno-kaliganj-2 / " + invalid.group(1) + " id '" + invalid.group(2) + "' is"
            + " refused: letters and digits, parts joined by hyphens, e.g. uno-kaliganj-2");
      }
      Matcher missing = NO_SUCH_IDENTITY.matcher(message);
      if (missing.find()) {
        boolean user = missing.group(1).equals("user");
        return answer(Response.Status.NOT_FOUND, "«" + missing.group(2) + "» আইডির কোনো " + (user ? "ব্যবহারকারী"
            : "গ্রুপ") + " নেই; বানান দেখুন (দপ্তরের গ্রুপগুলো: GET /engine-rest/group?type=office&maxResults=200)"
            + " / no " + missing.group(1) + " '" + missing.group(2) + "'; check the spelling");
      }
    }
    return null;
  }

  private static final Pattern INVALID_ID =
      Pattern.compile("(User|Group|Tenant) has an invalid id: '(.*)' is not a valid resource identifier");
  private static final Pattern NO_SUCH_IDENTITY = Pattern.compile("No (user|group) found with id '([^']*)'");

  /** Camunda's refusals of a list above its limit (application.yaml: queryMaxResultsLimit), with or without paging. */
  private static final Pattern UNPAGED =
      Pattern.compile("An unbound number of results is forbidden|Max results limit of \\d+ exceeded");

  /** The engine's limit (application.yaml: queryMaxResultsLimit). */
  private static int maxResults() {
    var engine = org.camunda.bpm.engine.rest.util.EngineUtil.lookupProcessEngine(null);
    return ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getQueryMaxResultsLimit();
  }

  /**
   * Camunda's "Cannot find task with id 'x'" (its commands write the id with or without quotes), and how its reads of
   * a task's variables ("task x doesn't exist") and rendered form ("Task 'x' not found") say the same.
   */
  private static final Pattern MISSING_TASK = Pattern.compile(
      "Cannot find task with id '?([^':\\s]+)|[Tt]ask '?([^':\\s]+?)'? (?:doesn't exist|not found)");

  /** The task's id in such a message, or null. */
  static String missingTask(String message) {
    return firstGroup(MISSING_TASK, message);
  }

  /**
   * Camunda's deployed form of a task that is not there fails on its null task (7.24: "Cannot invoke
   * \"…TaskEntity.getId()\" because \"task\" is null"), a 500 for what Tasklist asks of a task it still lists.
   */
  static final String DEPLOYED_FORM_OF_NO_TASK = "because \"task\" is null";

  /**
   * The engine's "x doesn't exist" for the decision, execution or definition whose id the request's path names
   * (reading a decision's variables, a definition's statistics): Camunda answers 500. It is a 404 saying so. Null for
   * anything else, and for a missing object other than the one the path names (a step of ours that failed: a 500).
   */
  static Response missingAnswer(Throwable exception, String path) {
    for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      String id = cause instanceof NullValueException && path != null ? firstGroup(MISSING_OBJECT, cause.getMessage())
          : null;
      if (id != null && java.util.Arrays.asList(path.split("/")).contains(id)) {
        return answer(Response.Status.NOT_FOUND, "«" + id + "» আইডির কিছু নেই: আইডি দেখুন, অথবা এটি শেষ হয়ে গেছে"
            + " / there is nothing with id '" + id + "': check the id, or it has ended");
      }
    }
    return null;
  }

  private static final Pattern MISSING_OBJECT = Pattern.compile("execution ([^'\\s]+) doesn't exist"
      + "|no deployed process definition found with id '([^']+)'|No external task found with id ([^'\\s:]+)");

  /** The first group a pattern's alternatives matched at the message's start, or null. */
  private static String firstGroup(Pattern pattern, String message) {
    Matcher matcher = message == null ? null : pattern.matcher(message);
    if (matcher == null || !matcher.lookingAt()) {
      return null;
    }
    for (int group = 1; group <= matcher.groupCount(); group++) {
      if (matcher.group(group) != null) {
        return matcher.group(group);
      }
    }
    return null;
  }

  private static String path(UriInfo uri) {
    try {
      return uri == null ? null : uri.getPath();
    } catch (IllegalStateException outsideARequest) {
      return null;
    }
  }

  private static Response answer(Response.Status status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", InvalidRequestException.class.getSimpleName());
    body.put("message", message);
    body.put("code", null);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  static Response badRequest(BadUserRequestException refusal) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", BadUserRequestException.class.getSimpleName());
    body.put("message", FieldLabels.forOfficials(refusal.getMessage()));
    body.put("code", refusal.getCode());
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** The authorization refusal among the causes, or null. */
  static AuthorizationException denial(Throwable exception) {
    for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException denied) {
        return denied;
      }
    }
    return null;
  }

  /** The refusal somewhere in the causes, or null. */
  static BadUserRequestException refusal(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException bad) {
        return bad;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
