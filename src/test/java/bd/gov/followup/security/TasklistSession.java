package bd.gov.followup.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * A user logged in to Tasklist, asking the webapps' own engine API ({@code /camunda/api/engine}) as Tasklist does:
 * with the session's cookie and its CSRF token, the user's groups those the webapps cached at the last look.
 */
final class TasklistSession {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;
  private final Map<String, String> cookies = new TreeMap<>();
  private String token;

  private TasklistSession(int port) {
    this.base = "http://localhost:" + port;
  }

  /** The login page's session and CSRF token, the login, then the token of the logged-in session. */
  static TasklistSession login(int port, String user, String password) throws IOException, InterruptedException {
    TasklistSession session = new TasklistSession(port);
    HttpResponse<String> page = session.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/"))
        .header("X-XSRF-TOKEN", "Fetch"));
    String pageToken = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    HttpResponse<String> login = session.send(HttpRequest.newBuilder(
            session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", pageToken)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
    if (login.statusCode() != 200) {
      throw new IllegalStateException("login of " + user + ": " + login.statusCode() + " " + login.body());
    }
    return session;
  }

  /** GET from the engine API; the first one after the login also fetches the session's CSRF token. */
  HttpResponse<String> get(String enginePath) throws IOException, InterruptedException {
    HttpResponse<String> answer = send(HttpRequest.newBuilder(engineUri(enginePath)).header("X-XSRF-TOKEN", "Fetch"));
    answer.headers().firstValue("X-XSRF-TOKEN").ifPresent(fetched -> token = fetched);
    return answer;
  }

  HttpResponse<String> post(String enginePath, String json) throws IOException, InterruptedException {
    if (token == null) {
      get("/task/count");
    }
    return send(HttpRequest.newBuilder(engineUri(enginePath)).header("X-XSRF-TOKEN", token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  /** PUT to the engine API, as Tasklist saves a task's dates. */
  HttpResponse<String> put(String enginePath, String json) throws IOException, InterruptedException {
    if (token == null) {
      get("/task/count");
    }
    return send(HttpRequest.newBuilder(engineUri(enginePath)).header("X-XSRF-TOKEN", token)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  private URI engineUri(String enginePath) {
    return uri("/camunda/api/engine/engine/default" + enginePath);
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    if (!cookies.isEmpty()) {
      request.header("Cookie", String.join("; ",
          cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
    }
    HttpResponse<String> answer = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    for (String set : answer.headers().allValues("Set-Cookie")) {
      String pair = set.split(";", 2)[0];
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return answer;
  }
}
