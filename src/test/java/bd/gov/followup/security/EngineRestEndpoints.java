package bd.gov.followup.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Every endpoint of the engine's REST API, discovered from its JAX-RS resources: the root resources' {@code @Path},
 * then every method — a resource method ({@code @GET}, {@code @POST}, …) is an endpoint, a sub-resource locator
 * ({@code @Path} without an HTTP method) is followed into the resource it returns. Path parameters become a dummy
 * value; the engine name becomes {@code default}, so named-engine URLs reach the engine rather than a 404.
 */
final class EngineRestEndpoints {

  record Endpoint(String method, String path) implements Comparable<Endpoint> {
    @Override
    public int compareTo(Endpoint other) {
      int byPath = path.compareTo(other.path);
      return byPath != 0 ? byPath : method.compareTo(other.method);
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static final int MAX_DEPTH = 10;

  static Set<Endpoint> of(Collection<Class<?>> resourceClasses) {
    Set<Endpoint> endpoints = new TreeSet<>();
    for (Class<?> type : resourceClasses) {
      Path root = AnnotatedElementUtils.findMergedAnnotation(type, Path.class);
      if (root != null) {
        walk(type, join("", root.value()), endpoints, 0);
      }
    }
    return endpoints;
  }

  private static void walk(Class<?> type, String prefix, Set<Endpoint> endpoints, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("sub-resources nested deeper than " + MAX_DEPTH + " at " + prefix);
    }
    for (Method method : type.getMethods()) {
      if (method.isBridge() || method.getDeclaringClass() == Object.class) {
        continue;
      }
      Path path = AnnotatedElementUtils.findMergedAnnotation(method, Path.class);
      HttpMethod http = AnnotatedElementUtils.findMergedAnnotation(method, HttpMethod.class);
      String full = path == null ? prefix : join(prefix, path.value());
      if (http != null) {
        endpoints.add(new Endpoint(http.value(), concrete(full)));
      } else if (path != null) {
        walk(method.getReturnType(), full, endpoints, depth + 1);
      }
    }
  }

  private static String join(String prefix, String path) {
    String joined = (prefix + "/" + path).replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
  }

  /** "/engine/{name}/task/{id}" → "/engine/default/task/x1" */
  private static String concrete(String template) {
    String path = template.replaceFirst("^/engine/\\{[^}]+}", "/engine/default");
    return path.replaceAll("\\{[^}]+}", "x1");
  }

  private EngineRestEndpoints() {}
}
