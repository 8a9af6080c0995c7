package io.waxalert.app.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Micronaut's error answers (unknown route, wrong method, …): a branded HTML page for a browser
 * asking for a page, the API's JSON error everywhere else and always under {@code /api/}.
 * Replaces Micronaut's default processor, which would show its own unbranded page.
 */
@Singleton
final class ErrorPages implements ErrorResponseProcessor<Object> {

  static final Problem NOT_FOUND = new Problem(404, "Page not found",
      "There is no page at this address. The link may be mistyped, or the entry it showed was deleted.");

  private final JsonErrorResponseBodyProvider<?> json;
  private final HtmlJteViewsRenderer<Object> html;
  private final Pages pages;

  ErrorPages(JsonErrorResponseBodyProvider<?> json, HtmlJteViewsRenderer<Object> html, Pages pages) {
    this.json = json;
    this.html = html;
    this.pages = pages;
  }

  static ModelAndView<Map<String, Object>> view(Page page, Problem problem) {
    return new ModelAndView<>("error", Map.of("page", page, "problem", problem));
  }

  @Override
  @SuppressWarnings("unchecked")
  public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
    MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
    HttpRequest<?> request = context.getRequest();
    if (request.getMethod() == HttpMethod.HEAD) {
      return answer;
    }
    if (response.code() >= 400 && wantsPage(request)) {
      Problem problem = Problem.of(response.code());
      StringWriter out = new StringWriter();
      ModelAndView<Map<String, Object>> view = view(pages.page("error", problem.heading(), null), problem);
      try {
        html.render(view.getView().orElseThrow(), view.getModel().orElseThrow(), request).writeTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      answer.body((Object) out.toString()).contentType(MediaType.TEXT_HTML + ";charset=utf-8");
      return SecurityHeaders.page(answer);
    }
    return answer.body((Object) json.body(context, response)).contentType(json.contentType());
  }

  /** A browser navigating to a page: it accepts HTML, and the path is not the API's. */
  private static boolean wantsPage(HttpRequest<?> request) {
    String path = request.getPath();
    return !path.equals("/api") && !path.startsWith("/api/")
        && request.accept().stream().anyMatch(MediaType.TEXT_HTML_TYPE::equals)
        && request.accept().stream().noneMatch(m -> m.matchesExtension(MediaType.EXTENSION_JSON));
  }
}
