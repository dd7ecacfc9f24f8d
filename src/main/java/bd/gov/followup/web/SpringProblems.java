package bd.gov.followup.web;

import bd.gov.followup.minutes.MinutesProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Spring MVC's own refusals, which it words in English with {@code type: about:blank}, as problems of ours: a type
 * of {@link ApiProblems#TYPE}, Bengali and English, and what is wrong and where in {@code errors} (the parameter in
 * the query or path, the multipart part, the header), with what would be right: the values a parameter takes, the
 * content types a path accepts or answers in, the methods it allows.
 */
final class SpringProblems {

  /** Where in the request a problem is, beside the line, table row or JSON pointer of the content's problems. */
  static final String QUERY = "query";
  static final String PATH = "path";
  static final String HEADER = "header";
  static final String MULTIPART = "multipart";

  private SpringProblems() {}

  /** Ours for what Spring refused; null for what is no refusal of the request (a 5xx, an unknown exception). */
  static ProblemDetail of(Exception ex, HttpStatusCode status, WebRequest request) {
    if (ex instanceof TypeMismatchException mismatch) {
      return typeMismatch(mismatch);
    }
    if (ex instanceof MissingServletRequestParameterException missing) {
      String name = missing.getParameterName();
      String[] takes = expected(missing.getMethodParameter() == null ? null
          : missing.getMethodParameter().getNestedParameterType());
      String message = "প্যারামিটার " + name + " দিন (" + takes[0] + ") / query parameter " + name + " is required ("
          + takes[1] + ")";
      return withError(ApiProblems.problem(HttpStatus.BAD_REQUEST, "missing-parameter", "Missing parameter", message),
          name, QUERY, message);
    }
    if (ex instanceof MissingServletRequestPartException missing) {
      String name = missing.getRequestPartName();
      List<String> received = partNames(request);
      String message = "অনুরোধে '" + name + "' নামের অংশ নেই: ফাইলটি '" + name + "' নামে পাঠান"
          + (received.isEmpty() ? "" : " (পাওয়া গেছে: " + String.join(", ", received) + ")")
          + " / the request has no part '" + name + "': send the file as the multipart part named '" + name + "'"
          + (received.isEmpty() ? "" : " (parts received: " + String.join(", ", received) + ")");
      return withError(ApiProblems.problem(HttpStatus.BAD_REQUEST, "missing-part", "Missing part", message),
          name, MULTIPART, message);
    }
    if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
      return unsupportedMediaType(unsupported);
    }
    if (ex instanceof HttpMediaTypeNotAcceptableException notAcceptable) {
      return notAcceptable(notAcceptable, request);
    }
    if (ex instanceof HttpRequestMethodNotSupportedException method) {
      List<String> allowed = method.getSupportedMethods() == null ? List.of()
          : Arrays.asList(method.getSupportedMethods());
      String detail = "এই ঠিকানায় " + method.getMethod() + " চলে না"
          + (allowed.isEmpty() ? "" : "; চলে: " + String.join(", ", allowed)) + " / method " + method.getMethod()
          + " is not allowed here" + (allowed.isEmpty() ? "" : "; allowed: " + String.join(", ", allowed));
      ProblemDetail problem =
          ApiProblems.problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed", detail);
      problem.setProperty("allowed", allowed);
      return withError(problem, "method", "method", detail);
    }
    if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
      HttpServletRequest servlet = servlet(request);
      String path = servlet == null ? "" : servlet.getRequestURI();
      return ApiProblems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
          "এই ঠিকানায় কিছু নেই / there is nothing at " + shorten(path));
    }
    if (status.is4xxClientError()) {
      // what Spring refuses besides (a header a handler requires, a parameter condition): its own words, in our
      // scheme, with a Bengali lead
      HttpStatus known = HttpStatus.resolve(status.value());
      String slug = known == null ? "client-error" : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
      String title = known == null ? "Client error" : known.getReasonPhrase().charAt(0)
          + known.getReasonPhrase().substring(1).toLowerCase(Locale.ROOT);
      String english = ex instanceof org.springframework.web.ErrorResponse response
          && response.getBody().getDetail() != null ? response.getBody().getDetail() : title;
      ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, slug, title,
          "অনুরোধটি গ্রহণ করা যায়নি / " + english);
      problem.setStatus(status.value());
      return problem;
    }
    return null;
  }

  /** A query parameter or path segment that is no value of its type: what it takes, and what came. */
  private static ProblemDetail typeMismatch(TypeMismatchException mismatch) {
    String name = mismatch.getPropertyName();
    String where = QUERY;
    if (mismatch instanceof MethodArgumentTypeMismatchException argument) {
      name = argument.getName();
      if (argument.getParameter().hasParameterAnnotation(PathVariable.class)) {
        where = PATH;
      } else if (argument.getParameter().hasParameterAnnotation(RequestHeader.class)) {
        where = HEADER;
      }
    }
    String[] takes = expected(mismatch.getRequiredType());
    String value = shorten(String.valueOf(mismatch.getValue()));
    if (value.matches("[+-]?\\d+") && Set.of(int.class, Integer.class, long.class, Long.class, short.class,
        Short.class).contains(mismatch.getRequiredType())) { // a whole number, but too large for its type
      String largest = Set.of(long.class, Long.class).contains(mismatch.getRequiredType())
          ? String.valueOf(Long.MAX_VALUE) : String.valueOf(Integer.MAX_VALUE);
      takes = new String[] {largest + " পর্যন্ত পূর্ণসংখ্যা", "a whole number up to " + largest};
    }
    String message = name + ": " + takes[0] + " দিন, '" + value + "' নয় / "
        + (PATH.equals(where) ? "path segment " : HEADER.equals(where) ? "header " : "parameter ") + name
        + " takes " + takes[1] + ", not '" + value + "'";
    return withError(ApiProblems.problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", message),
        name, where, message);
  }

  /** What a value of the type is, in Bengali and in English. */
  private static String[] expected(Class<?> type) {
    if (type == null) {
      return new String[] {"সঠিক মান", "a valid value"};
    }
    if (type == boolean.class || type == Boolean.class) {
      return new String[] {"true অথবা false", "true or false"};
    }
    if (Set.of(int.class, long.class, short.class, byte.class, Integer.class, Long.class, Short.class, Byte.class)
        .contains(type)) {
      return new String[] {"পূর্ণসংখ্যা", "a whole number"};
    }
    if (type == LocalDate.class) {
      return new String[] {"তারিখ yyyy-MM-dd আকারে", "a date (yyyy-MM-dd)"};
    }
    if (type.isEnum()) {
      String values = String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
      return new String[] {values + " এর একটি", "one of " + values};
    }
    return new String[] {type.getSimpleName(), "a " + type.getSimpleName()};
  }

  private static ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
    List<String> accepted = types(ex.getSupportedMediaTypes());
    String send = String.join(" অথবা ", accepted);
    String sendEnglish = String.join(" or ", accepted);
    String message;
    if (ex.getContentType() == null) {
      message = "অনুরোধে Content-Type নেই" + (accepted.isEmpty() ? "" : "; পাঠান " + send)
          + " / the request has no Content-Type" + (accepted.isEmpty() ? "" : "; send " + sendEnglish);
    } else {
      String sent = ex.getContentType().getType() + "/" + ex.getContentType().getSubtype();
      message = "এখানে " + shorten(sent) + " পাঠানো যায় না" + (accepted.isEmpty() ? "" : "; পাঠান " + send)
          + " / Content-Type " + shorten(sent) + " is not accepted here"
          + (accepted.isEmpty() ? "" : "; send " + sendEnglish);
    }
    ProblemDetail problem = withError(ApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
        "Unsupported media type", message), HttpHeaders.CONTENT_TYPE, HEADER, message);
    problem.setProperty("accepted", accepted);
    return problem;
  }

  /** The types a path answers in, whatever the client asked for; the problem itself is always problem+json. */
  private static ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException ex, WebRequest request) {
    List<String> available = types(ex.getSupportedMediaTypes());
    String asked = shorten(String.valueOf(request.getHeader(HttpHeaders.ACCEPT)));
    String message = available.isEmpty()
        ? "চাওয়া আকারে (" + asked + ") উত্তর দেওয়া যায় না / the answer cannot be given as " + asked
        : "এই ঠিকানার উত্তর কেবল " + String.join(" অথবা ", available) + " আকারে, " + asked + " আকারে নয় / this resource"
            + " answers only as " + String.join(" or ", available) + ", not as " + asked
            + ": ask for that in the Accept header";
    ProblemDetail problem = withError(ApiProblems.problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
        "Not acceptable", message), HttpHeaders.ACCEPT, HEADER, message);
    problem.setProperty("available", available);
    return problem;
  }

  private static ProblemDetail withError(ProblemDetail problem, String field, String location, String message) {
    problem.setProperty("errors", List.of(new MinutesProblem(field, location, message)));
    return problem;
  }

  /** The multipart parts the request did bring (a part sent under another name is most often the mistake). */
  private static List<String> partNames(WebRequest request) {
    HttpServletRequest servlet = servlet(request);
    if (servlet == null) {
      return List.of();
    }
    try {
      Collection<Part> parts = servlet.getParts();
      List<String> names = new ArrayList<>();
      for (Part part : parts) {
        if (names.size() == 5) {
          names.add("…");
          break;
        }
        names.add(shorten(part.getName()));
      }
      return names;
    } catch (Exception notMultipart) { // not multipart, or unreadable: the part is missing either way
      return List.of();
    }
  }

  private static HttpServletRequest servlet(WebRequest request) {
    return request instanceof NativeWebRequest nativeRequest
        ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
  }

  private static List<String> types(List<MediaType> types) {
    return types.stream().map(t -> t.getType() + "/" + t.getSubtype()).distinct().toList();
  }

  /** What the client sent, echoed no longer than a line. */
  private static String shorten(String text) {
    return text == null ? "" : text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
