package bd.gov.followup.security;

import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.MinutesReaders;
import bd.gov.followup.minutes.MinutesTooLargeException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body above {@link #MAX_BYTES} with 413: by its {@code Content-Length} before anything reads it,
 * and a body sent without one (chunked) once reading passes the limit. Jersey and Jackson read a JSON body whole
 * into memory, whatever its size; Tomcat's limits cover only form posts and multipart uploads. 6 MB is the minutes
 * upload's own request limit (a 5 MB file, application.yaml), far above any form or registration. Of the rest of a
 * refused body, Tomcat reads and drops up to 2 MB (maxSwallowSize), so that a client gets the answer, and closes the
 * connection on a larger one.
 */
public class RequestBodyLimit extends OncePerRequestFilter {

  static final long MAX_BYTES = 6L * 1024 * 1024;

  /** The import's own problem type (web.ApiProblems), so a client meets one refusal of a file, whichever limit. */
  static final String MINUTES_TOO_LARGE = "urn:followup:problem:minutes-too-large";

  private final ObjectMapper json;
  private final String minutesUploadPath;

  /** @param minutesUploadPath the minutes import, whose body is a file limited to {@link MinutesReaders#MAX_BYTES} */
  public RequestBodyLimit(ObjectMapper json, String minutesUploadPath) {
    this.json = json;
    this.minutesUploadPath = minutesUploadPath;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > MAX_BYTES) {
      refuse(request, response);
      return;
    }
    Limited limited = new Limited(request);
    try {
      chain.doFilter(limited, new Diverted(response, limited));
    } catch (IOException | ServletException | RuntimeException e) {
      if (!limited.exceeded || response.isCommitted()) {
        throw e;
      }
    }
    // whatever the reader made of the broken stream (a 400, a 500) went nowhere: the answer is 413
    if (limited.exceeded && !response.isCommitted()) {
      response.reset(); // Jersey's headers for its answer (its Content-Length) go too
      refuse(request, response);
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    if (request.getRequestURI().substring(request.getContextPath().length()).equals(minutesUploadPath)) {
      // a file of 6 MB and more: the official is told the file's limit (5 MB), not the request's
      problem.put("type", MINUTES_TOO_LARGE);
      problem.put("title", "Minutes file too large");
      problem.put("status", HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      problem.put("detail", MinutesTooLargeException.detail(MinutesReaders.MAX_BYTES));
      problem.put("limitBytes", MinutesReaders.MAX_BYTES);
    } else {
      problem.put("type", "about:blank");
      problem.put("title", "Content Too Large");
      problem.put("status", HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      problem.put("detail", "অনুরোধটি খুব বড়: সর্বোচ্চ " + BengaliDigits.of(MAX_BYTES / (1024 * 1024))
          + " MB / the request body is larger than " + MAX_BYTES + " bytes");
      problem.put("limitBytes", MAX_BYTES);
    }
    problem.put("instance", request.getRequestURI());
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setHeader("X-Content-Type-Options", "nosniff"); // after a reset, NoSniff's is gone
    response.setContentType("application/problem+json");
    byte[] body = json.writeValueAsBytes(problem);
    response.setContentLength(body.length); // whole however the connection ends
    response.getOutputStream().write(body);
  }

  /**
   * Once the body passed the limit, what the application answers goes nowhere and commits nothing (Jersey flushes
   * its 500 at once), so that the filter can answer 413.
   */
  private static final class Diverted extends HttpServletResponseWrapper {
    private final Limited request;

    Diverted(HttpServletResponse response, Limited request) {
      super(response);
      this.request = request;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      return request.exceeded ? new Discard() : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      return request.exceeded ? new PrintWriter(new Discard()) : super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!request.exceeded) {
        super.flushBuffer();
      }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (!request.exceeded) {
        super.sendError(status, message);
      }
    }

    @Override
    public void sendError(int status) throws IOException {
      if (!request.exceeded) {
        super.sendError(status);
      }
    }
  }

  private static final class Discard extends ServletOutputStream {
    @Override
    public void write(int b) {
      // dropped
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      // dropped
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      // nothing to wait for
    }
  }

  /** The request whose body stops with an IOException past the limit. */
  private static final class Limited extends HttpServletRequestWrapper {
    private boolean exceeded;
    private ServletInputStream stream;
    private BufferedReader reader;

    Limited(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream());
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      if (reader == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
      }
      return reader;
    }

    private final class Counting extends ServletInputStream {
      private final ServletInputStream in;
      private long count;

      Counting(ServletInputStream in) {
        this.in = in;
      }

      @Override
      public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
          counted(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
          counted(n);
        }
        return n;
      }

      private void counted(int n) throws IOException {
        count += n;
        if (count > MAX_BYTES) {
          exceeded = true;
          throw new IOException("The request body is larger than " + MAX_BYTES + " bytes");
        }
      }

      @Override
      public boolean isFinished() {
        return in.isFinished();
      }

      @Override
      public boolean isReady() {
        return in.isReady();
      }

      @Override
      public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
      }
    }
  }
}
