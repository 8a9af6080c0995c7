package io.waxalert.app.account;

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
 * The link mailed to a new address: a GET shows a page with a button and changes nothing (mail
 * scanners follow links), the button's POST confirms. The link is its own secret; no session needed.
 */
@Tag(name = "mail links")
@Controller("/confirm-email")
@Secured(SecurityRule.IS_ANONYMOUS)
class EmailConfirmationController {

  private static final String TITLE = "Confirm your mail address";

  private final EmailChange change;
  private final LinkPages pages;

  EmailConfirmationController(EmailChange change, LinkPages pages) {
    this.change = change;
    this.pages = pages;
  }

  @Get(uri = "/{token}", produces = MediaType.TEXT_HTML)
  @Operation(summary = "The page of the link mailed to a new address: asks to confirm, with a button; changes"
      + " nothing", security = {})
  @ApiResponse(responseCode = "200", description = "the question page",
      content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string")))
  @ApiResponse(responseCode = "404", description = "the link is not valid, was used already, or has expired",
      content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string")))
  HttpResponse<?> ask(@PathVariable String token) {
    Optional<EmailChange.Preview> preview = change.preview(token);
    if (preview.isEmpty()) {
      return notValid();
    }
    return pages.render(HttpResponse.ok(), TITLE, new Confirmation("Confirm your mail address",
        "Send the WaxAlert alerts of Discogs user " + preview.get().username() + " to ", preview.get().email(), "?",
        "Confirm address", List.of("Until you confirm, alerts keep going to the account's current address.")));
  }

  @Post(uri = "/{token}")
  @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.ALL})
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Confirm the new address: alerts go to it from now on", security = {})
  @ApiResponse(responseCode = "200", description = "confirmed: a page naming the address",
      content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string")))
  @ApiResponse(responseCode = "404", description = "the link is not valid, was used already, or has expired",
      content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string")))
  HttpResponse<?> confirm(@PathVariable String token) {
    return change.confirm(token)
        .<HttpResponse<?>>map(account -> pages.render(HttpResponse.ok(), TITLE, Confirmation.outcome("Address confirmed",
            "Alerts now go to ", account.email(), ".")))
        .orElseGet(this::notValid);
  }

  private HttpResponse<?> notValid() {
    return pages.render(HttpResponse.notFound(), TITLE, Confirmation.outcome("This link does not work",
        "This confirmation link is not valid, was used already, or has expired.", null, "",
        "Enter the address again on the Settings page of WaxAlert to get a new link."));
  }
}
