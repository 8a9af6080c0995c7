package io.waxalert.app.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import io.waxalert.persistence.UserAccount;
import io.waxalert.persistence.UserStore;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The web UI's pages, rendered by JTE from {@code src/main/jte} (precompiled at build time) in a
 * shared layout. The pages are shells that the scripts under {@code /assets/} fill from the JSON
 * API with the visitor's session cookie. A visitor without a valid session is sent to sign in.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class PagesController {

  private static final Pattern ENTRY_ID = Pattern.compile("[0-9a-fA-F-]{36}");

  private final UserStore users;
  private final Pages pages;

  PagesController(UserStore users, Pages pages) {
    this.users = users;
    this.pages = pages;
  }

  @Get(uri = "/", produces = MediaType.TEXT_HTML)
  HttpResponse<?> wantedList(@Nullable Authentication auth) {
    return signedIn(auth, "wanted", "Wanted list");
  }

  @Get(uri = "/alerts", produces = MediaType.TEXT_HTML)
  HttpResponse<?> alerts(@Nullable Authentication auth) {
    return signedIn(auth, "alerts", "Alerts");
  }

  @Get(uri = "/sellers", produces = MediaType.TEXT_HTML)
  HttpResponse<?> sellers(@Nullable Authentication auth) {
    return signedIn(auth, "sellers", "Sellers");
  }

  @Get(uri = "/bundles", produces = MediaType.TEXT_HTML)
  HttpResponse<?> bundles(@Nullable Authentication auth) {
    return signedIn(auth, "bundles", "Bundles");
  }

  @Get(uri = "/settings", produces = MediaType.TEXT_HTML)
  HttpResponse<?> settings(@Nullable Authentication auth) {
    return signedIn(auth, "settings", "Settings");
  }

  @Get(uri = "/help", produces = MediaType.TEXT_HTML)
  HttpResponse<?> help(@Nullable Authentication auth) {
    return signedIn(auth, "help", "Help");
  }

  @Get(uri = "/entries/{id}", produces = MediaType.TEXT_HTML)
  HttpResponse<?> entry(@Nullable Authentication auth, @PathVariable String id) {
    if (!ENTRY_ID.matcher(id).matches()) {
      Page page = pages.page("error", "Page not found", account(auth).map(UserAccount::discogsUsername).orElse(null));
      return html(HttpResponse.status(HttpStatus.NOT_FOUND), ErrorPages.view(page, ErrorPages.NOT_FOUND));
    }
    return signedIn(auth, "entry", "Wanted release");
  }

  @Get(uri = "/sign-in", produces = MediaType.TEXT_HTML)
  HttpResponse<?> signIn(@Nullable Authentication auth) {
    if (account(auth).isPresent()) {
      return HttpResponse.seeOther(URI.create("/"));
    }
    return html(HttpResponse.ok(), new ModelAndView<>("signin", Map.of("page", pages.page("signin", "Sign in", null))));
  }

  private HttpResponse<?> signedIn(@Nullable Authentication auth, String name, String title) {
    Optional<UserAccount> account = account(auth);
    if (account.isEmpty()) {
      return HttpResponse.seeOther(URI.create("/sign-in"));
    }
    Page page = pages.page(name, title, account.get().discogsUsername());
    return html(HttpResponse.ok(), new ModelAndView<>(name, Map.of("page", page)));
  }

  private Optional<UserAccount> account(@Nullable Authentication auth) {
    return auth == null ? Optional.empty() : users.findByUsername(auth.getName());
  }

  private static MutableHttpResponse<?> html(MutableHttpResponse<Object> response, ModelAndView<?> view) {
    return SecurityHeaders.page(response.body(view).contentType(MediaType.TEXT_HTML + ";charset=utf-8"));
  }
}
