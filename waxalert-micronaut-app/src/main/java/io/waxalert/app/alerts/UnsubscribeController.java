package io.waxalert.app.alerts;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waxalert.app.web.Confirmation;
import io.waxalert.app.web.LinkPages;
import java.util.List;
import java.util.Optional;

/**
 * The one-click unsubscribe of the mails' {@code List-Unsubscribe} header (RFC 8058): a POST to the
 * signed link pauses the entry (or, from a digest, every entry of the user), no session needed. A
 * GET only shows the page naming what the link stops, with a button, so link scanners pause nothing.
 * The link is its own secret, so the page's form post needs no other (the link sits outside
 * {@code /api/}, where the cross-site filter guards session-authenticated changes).
 */
@Tag(name = "mail links")
@Controller("/unsubscribe")
@Secured(SecurityRule.IS_ANONYMOUS)
class UnsubscribeController {

  private static final String TITLE = "Stop alerts";

  private final Unsubscribe unsubscribe;
  private final LinkPages pages;

  UnsubscribeController(Unsubscribe unsubscribe, LinkPages pages) {
    this.unsubscribe = unsubscribe;
    this.pages = pages;
  }

  @Get(uri = "/{token}", produces = MediaType.TEXT_HTML)
  @Operation(summary = "The page of a mail's unsubscribe link: names what the link pauses, with a button; pauses"
      + " nothing (link scanners follow links)", security = {})
  @ApiResponse(responseCode = "200", description = "the question page (or, for an entry deleted since, a page saying nothing is sent)",
      content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string")))
  @ApiResponse(responseCode = "404", description = "the link is not valid or has expired",
      content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string")))
  HttpResponse<?> confirm(@PathVariable String token) {
    Optional<Unsubscribe.What> what = unsubscribe.describe(token);
    if (what.isEmpty()) {
      return notValid();
    }
    Unsubscribe.What w = what.get();
    if (!w.digest() && w.entries().isEmpty()) {
      return gone();
    }
    Confirmation question = w.digest()
        ? new Confirmation("Stop WaxAlert's alerts?", "Pause ", "every entry of your wanted list",
            " (" + w.active() + " active now)? No alerts are sent for paused entries.", "Pause all alerts",
            List.of("You can resume them in WaxAlert at any time."))
        : new Confirmation("Stop alerts for this release?", "Pause the alerts for ", w.title(), "?",
            "Pause alerts", List.of("You can resume them on the release's page in WaxAlert at any time."));
    return pages.render(HttpResponse.ok(), TITLE, question);
  }

  @Post(uri = "/{token}")
  @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN,
      MediaType.APPLICATION_JSON, MediaType.ALL})
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "One-click unsubscribe (RFC 8058 List-Unsubscribe-Post): pauses the entry, or from a digest"
      + " every entry of the user; the signed link is its own secret", security = {})
  @ApiResponse(responseCode = "200", description = "paused (or nothing to pause): a page saying so",
      content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string")))
  @ApiResponse(responseCode = "404", description = "the link is not valid or has expired",
      content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string")))
  HttpResponse<?> unsubscribe(@PathVariable String token) {
    Optional<Unsubscribe.What> paused = unsubscribe.pause(token);
    if (paused.isEmpty()) {
      return notValid();
    }
    Unsubscribe.What w = paused.get();
    if (!w.digest() && w.entries().isEmpty()) {
      return gone();
    }
    String subject = w.digest() ? "every entry of your wanted list" : w.title();
    if (w.active() == 0) {
      return pages.render(HttpResponse.ok(), TITLE, Confirmation.outcome("Nothing to pause",
          "Nothing to pause: the alerts for ", subject, " are paused already."));
    }
    return pages.render(HttpResponse.ok(), TITLE, Confirmation.outcome("Alerts paused",
        "Alerts paused for ", subject, ".", "You can resume them in WaxAlert."));
  }

  private HttpResponse<?> gone() {
    return pages.render(HttpResponse.ok(), TITLE, Confirmation.outcome("Nothing to stop",
        "The release of this link is no longer on your wanted list, so it sends no alerts.", null, ""));
  }

  private HttpResponse<?> notValid() {
    return pages.render(HttpResponse.notFound(), TITLE, Confirmation.outcome("This link does not work",
        "This unsubscribe link is not valid, or it has expired (links work for a limited time after their mail"
            + " was sent).", null, "", "You can pause or delete any entry on your wanted list in WaxAlert."));
  }
}
