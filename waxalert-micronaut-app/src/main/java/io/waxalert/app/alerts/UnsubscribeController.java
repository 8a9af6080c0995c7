package io.waxalert.app.alerts;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.waxalert.app.web.SecurityHeaders;
import java.util.OptionalInt;

/**
 * The one-click unsubscribe of the mails' {@code List-Unsubscribe} header (RFC 8058): a POST to the
 * signed link pauses the entry (or, from a digest, every entry of the user), no session needed. A
 * GET only shows a confirmation button, so link scanners pause nothing.
 */
@Controller("/unsubscribe")
@Secured(SecurityRule.IS_ANONYMOUS)
class UnsubscribeController {

  private final Unsubscribe unsubscribe;

  UnsubscribeController(Unsubscribe unsubscribe) {
    this.unsubscribe = unsubscribe;
  }

  @Get(uri = "/{token}", produces = MediaType.TEXT_HTML)
  HttpResponse<String> confirm(@PathVariable String token) {
    if (!unsubscribe.isGenuine(token)) {
      return page(HttpResponse.notFound(), "This link is not valid.");
    }
    return page(HttpResponse.ok(), "<form method=\"post\"><p>Stop WaxAlert's alerts of this link?</p>"
        + "<button type=\"submit\">Pause alerts</button></form>");
  }

  @Post(uri = "/{token}")
  @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN,
      MediaType.APPLICATION_JSON, MediaType.ALL})
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<String> unsubscribe(@PathVariable String token) {
    OptionalInt paused = unsubscribe.pause(token);
    if (paused.isEmpty()) {
      return page(HttpResponse.notFound(), "This link is not valid.");
    }
    return page(HttpResponse.ok(), paused.getAsInt() > 0
        ? "Alerts paused. You can resume them in WaxAlert." : "Nothing to pause: these alerts are paused already.");
  }

  /** A page that cannot be framed (clickjacking the button) and leaks its link to nobody. */
  private static HttpResponse<String> page(MutableHttpResponse<String> response, String body) {
    return SecurityHeaders.page(response.body("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            + "<title>WaxAlert</title></head><body>" + body + "</body></html>"), "no-referrer")
        .contentType(MediaType.TEXT_HTML + ";charset=utf-8");
  }
}
