package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.ServiceTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document the build generates ({@code META-INF/swagger/waxalert-0.1.yml}) against the
 * running service's router: every route is in it, with the statuses it answers, its error bodies in
 * the {@code ApiError} shape with examples, and the security it really needs.
 */
@MicronautTest
@SuppressWarnings("unchecked") // the document is read as plain maps and lists
class OpenApiDocumentTest extends ServiceTest {

  private static final String DOCUMENT = "META-INF/swagger/waxalert-0.1.yml";
  private static final String API_ERROR = "#/components/schemas/ApiError";
  private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch");
  /** The operations routes of application.yml's intercept-url-map: no controller says they are anonymous. */
  private static final Set<String> OPEN_BY_CONFIGURATION = Set.of("GET /health", "GET /health/{selector}",
      "GET /prometheus");
  /** The web UI's pages: HTML for browsers, hidden from the document (the mail links' pages are in it). */
  private static final String PAGES = "io.waxalert.app.web.PagesController";
  /**
   * Micronaut Security's own endpoints, on by default and not the service's (the contract has neither):
   * undocumented on purpose, and listed here so that any other route missing from the document fails.
   */

  @Inject
  Router router;

  private Map<String, Object> document;
  /** "GET /api/wanted-list/{id}" → the operation. */
  private final Map<String, Map<String, Object>> operations = new LinkedHashMap<>();

  @BeforeAll
  void readDocument() throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(DOCUMENT)) {
      assertThat(in).as(DOCUMENT + " on the classpath").isNotNull();
      document = new Yaml().load(in);
    }
    map(document, "paths").forEach((path, item) -> ((Map<String, Object>) item).forEach((verb, operation) -> {
      if (VERBS.contains(verb)) {
        operations.put(verb.toUpperCase(Locale.ROOT) + " " + path, (Map<String, Object>) operation);
      }
    }));
  }

  @Test
  void everyRouteOfTheRouterIsDocumentedAndNothingElse() {
    Set<String> routed = routes().keySet();

    assertThat(routed).contains("POST /api/wanted-list/add", "GET /health", "GET /prometheus",
        "POST /unsubscribe/{token}", "GET /auth/discogs/callback");
    assertThat(new TreeSet<>(operations.keySet())).isEqualTo(new TreeSet<>(routed));
  }

  @Test
  void theSessionCookieAndTheBearerTokenAreTheSchemesOfEveryRouteThatNeedsASignIn() {
    Map<String, Object> schemes = map(map(document, "components"), "securitySchemes");
    assertThat(map(schemes, "session_cookie")).containsEntry("type", "apiKey").containsEntry("in", "cookie")
        .containsEntry("name", "JWT");
    assertThat(map(schemes, "bearer_token")).containsEntry("type", "http").containsEntry("scheme", "bearer");
    assertThat((List<Object>) document.get("security"))
        .containsExactly(Map.of("session_cookie", List.of()), Map.of("bearer_token", List.of()));

    routes().forEach((route, anonymous) -> {
      Object security = operations.get(route).get("security");
      if (anonymous) {
        assertThat(security).as(route + " needs no sign-in").isEqualTo(List.of());
      } else {
        // no security of its own: the document's, session cookie or bearer token
        assertThat(security).as(route + " needs a sign-in").isNull();
        assertThat(response(route, "401")).as(route + " answers 401").isNotNull();
      }
    });
  }

  @Test
  void everyErrorAnswerOfTheJsonRoutesIsAnApiErrorWithAnExample() {
    List<String> checked = new ArrayList<>();
    operations.forEach((route, operation) -> {
      Map<String, Object> responses = map(operation, "responses");
      boolean page = responses.values().stream().anyMatch(r -> content((Map<String, Object>) r).containsKey("text/html"));
      if (route.startsWith("GET /health") || route.equals("GET /prometheus")) {
        return; // status bodies of their own, below
      }
      List<String> errors = responses.keySet().stream().filter(code -> Integer.parseInt(code) >= 400).toList();
      assertThat(errors).as(route + " says how it fails").isNotEmpty();
      for (String code : errors) {
        Map<String, Object> content = content(map(responses, code));
        if (page) {
          assertThat(content).as(route + " " + code).containsKey("text/html");
          continue;
        }
        Map<String, Object> json = map(content, "application/json");
        assertThat(map(json, "schema")).as(route + " " + code).containsEntry("$ref", API_ERROR);
        Map<String, Object> examples = map(json, "examples");
        assertThat(examples).as(route + " " + code + " examples").isNotEmpty();
        examples.values().forEach(example -> {
          Map<String, Object> body = map((Map<String, Object>) example, "value");
          assertThat(body).as(route + " " + code).containsKey("message");
          assertThat(body.keySet()).as(route + " " + code).isSubsetOf("message", "field");
        });
        checked.add(route + " " + code);
      }
    });
    assertThat(checked).contains("POST /api/wanted-list/add 400", "POST /api/wanted-list/add 409",
        "POST /api/auth/token 429", "GET /api/releases/{id}/marketplace 502", "POST /api/sellers 422");
  }

  @Test
  void theApiErrorSchemaIsTheServicesErrorBody() {
    Map<String, Object> schema = map(map(map(document, "components"), "schemas"), "ApiError");

    assertThat(map(schema, "properties").keySet()).containsExactlyInAnyOrder("message", "field");
    assertThat((List<Object>) schema.get("required")).containsExactly("message");
    Api.Response refused = api().get("/api/wanted-list", null);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.text()).isEqualTo("{\"message\":\"You are not signed in; sign in first.\"}");
  }

  @Test
  void routesAnswerTheSuccessStatusesOfTheContract() {
    assertThat(map(operations.get("POST /api/wanted-list/add"), "responses")).containsKey("201");
    assertThat(map(operations.get("POST /api/sellers"), "responses")).containsKey("201").doesNotContainKey("200");
    assertThat(map(operations.get("POST /api/wanted-list/check-all"), "responses")).containsKeys("200", "202");
    assertThat(map(map(map(operations.get("POST /api/wanted-list/check-all"), "responses"), "202"), "headers"))
        .containsKey("Location");
    assertThat(map(map(map(operations.get("POST /api/auth/token"), "responses"), "429"), "headers"))
        .containsKey("Retry-After");
    for (String deleting : List.of("DELETE /api/wanted-list/{id}", "DELETE /api/sellers/{username}",
        "POST /api/auth/logout")) {
      assertThat(map(operations.get(deleting), "responses")).as(deleting).containsKey("204").doesNotContainKey("200");
    }
    operations.forEach((route, operation) -> map(operation, "responses").forEach((code, response) -> {
      if (code.equals("200") || code.equals("201") || code.equals("202")) {
        assertThat(content((Map<String, Object>) response)).as(route + " " + code + " has a body").isNotEmpty();
      }
    }));
  }

  @Test
  void everyRequestBodyHasASchemaAndExamples() {
    List<String> withBodies = new ArrayList<>();
    operations.forEach((route, operation) -> {
      Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
      if (body == null) {
        return;
      }
      Map<String, Object> json = map(content(body), "application/json");
      assertThat(json).as(route).containsKey("schema");
      assertThat(map(json, "examples")).as(route + " request examples").isNotEmpty();
      withBodies.add(route);
    });
    assertThat(withBodies).containsExactlyInAnyOrder("POST /api/auth/token", "PUT /api/me", "POST /api/sellers",
        "POST /api/wanted-list/add", "PUT /api/wanted-list/{id}", "POST /api/wanted-list/bulk",
        "POST /api/wanted-list/import");
  }

  @Test
  void everyReferenceInTheDocumentResolves() {
    Set<String> refs = new TreeSet<>();
    collectRefs(document, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      Object target = document;
      for (String part : ref.substring(2).split("/")) {
        target = target instanceof Map<?, ?> m ? m.get(part) : null;
      }
      assertThat(target).as(ref).isNotNull();
    }
  }

  /** The router's routes, "VERB /path" → whether they are anonymous; the HTML pages are hidden from the document. */
  private Map<String, Boolean> routes() {
    Pattern variable = Pattern.compile("\\{([^}?:/]+)[^}]*}");
    return router.uriRoutes()
        .filter(route -> !route.getTargetMethod().getDeclaringType().getName().equals(PAGES))
        .filter(route -> route.getHttpMethod() != HttpMethod.HEAD && route.getHttpMethod() != HttpMethod.OPTIONS)
        .collect(Collectors.toMap(OpenApiDocumentTest::key, this::anonymous, (a, b) -> a, LinkedHashMap::new))
        .entrySet().stream()
        .collect(Collectors.toMap(e -> {
          Matcher m = variable.matcher(e.getKey());
          return m.replaceAll("{$1}");
        }, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  private static String key(UriRouteInfo<?, ?> route) {
    return route.getHttpMethod().name() + " " + route.getUriMatchTemplate().toPathString();
  }

  private boolean anonymous(UriRouteInfo<?, ?> route) {
    String[] access = route.getAnnotationMetadata().stringValues(Secured.class);
    return OPEN_BY_CONFIGURATION.contains(key(route))
        || (access.length == 1 && access[0].equals(SecurityRule.IS_ANONYMOUS));
  }

  private Map<String, Object> response(String route, String code) {
    return (Map<String, Object>) map(operations.get(route), "responses").get(code);
  }

  private static Map<String, Object> content(Map<String, Object> holder) {
    Object content = holder.get("content");
    return content == null ? Map.of() : (Map<String, Object>) content;
  }

  private static void collectRefs(Object node, Set<String> refs) {
    if (node instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        if ("$ref".equals(k)) {
          refs.add((String) v);
        } else {
          collectRefs(v, refs);
        }
      });
    } else if (node instanceof List<?> l) {
      l.forEach(item -> collectRefs(item, refs));
    }
  }

  private static Map<String, Object> map(Map<String, Object> holder, String key) {
    Object value = holder.get(key);
    assertThat(value).as(key).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }
}
