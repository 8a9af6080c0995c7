package io.waxalert.app.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import io.waxalert.app.config.DiscogsProperties;
import io.waxalert.persistence.UserAccount;
import io.waxalert.persistence.UserStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The web UI: HTML pages rendered from the templates under {@code views/} (a shared layout with
 * navigation and the Discogs attribution), plus the hand-written script and stylesheet under
 * {@code public/}. The pages are shells that {@code app.js} fills from the JSON API with the
 * visitor's session cookie. A visitor without a valid session is redirected to the sign-in page.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class PagesController {


  private static final Pattern ASSET = Pattern.compile("[a-z0-9-]{1,40}\\.(js|css|svg|png|ico)");
  private static final Pattern ENTRY_ID = Pattern.compile("[0-9a-fA-F-]{36}");
  private static final Map<String, String> TYPES = Map.of(
      "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon");

  private final UserStore users;
  private final DiscogsProperties discogs;
  private final Map<String, String> templates = new ConcurrentHashMap<>();

  PagesController(UserStore users, DiscogsProperties discogs) {
    this.users = users;
    this.discogs = discogs;
  }

  @Get(uri = "/", produces = MediaType.TEXT_HTML)
  HttpResponse<?> wantedList(@Nullable Authentication auth) {
    return page(auth, "wanted", "Wanted list", "wanted");
  }

  @Get(uri = "/alerts", produces = MediaType.TEXT_HTML)
  HttpResponse<?> alerts(@Nullable Authentication auth) {
    return page(auth, "alerts", "Alerts", "alerts");
  }

  @Get(uri = "/settings", produces = MediaType.TEXT_HTML)
  HttpResponse<?> settings(@Nullable Authentication auth) {
    return page(auth, "settings", "Settings", "settings");
  }

  @Get(uri = "/help", produces = MediaType.TEXT_HTML)
  HttpResponse<?> help(@Nullable Authentication auth) {
    return page(auth, "help", "Help", "help");
  }

  @Get(uri = "/entries/{id}", produces = MediaType.TEXT_HTML)
  HttpResponse<?> entry(@Nullable Authentication auth, @PathVariable String id) {
    if (!ENTRY_ID.matcher(id).matches()) {
      return HttpResponse.notFound();
    }
    return page(auth, "entry", "Wanted release", "wanted");
  }

  @Get(uri = "/sign-in", produces = MediaType.TEXT_HTML)
  HttpResponse<?> signIn(@Nullable Authentication auth) {
    if (account(auth).isPresent()) {
      return HttpResponse.seeOther(URI.create("/"));
    }
    String oauth = discogs.oauthEnabled() ? template("sign-in-discogs.html") : "";
    String main = template("sign-in.html").replace("{{discogs}}", oauth);
    return html(layout("signin", "Sign in", "", main));
  }

  @Get("/assets/{name}")
  HttpResponse<?> asset(@PathVariable String name) {
    if (!ASSET.matcher(name).matches()) {
      return HttpResponse.notFound();
    }
    try (InputStream in = PagesController.class.getResourceAsStream("/public/" + name)) {
      if (in == null) {
        return HttpResponse.notFound();
      }
      String ext = name.substring(name.lastIndexOf('.') + 1);
      return HttpResponse.ok(in.readAllBytes()).contentType(TYPES.get(ext))
          .header("Cache-Control", "no-cache")
          .header("X-Content-Type-Options", "nosniff");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<?> page(@Nullable Authentication auth, String page, String title, String nav) {
    Optional<UserAccount> account = account(auth);
    if (account.isEmpty()) {
      return HttpResponse.seeOther(URI.create("/sign-in"));
    }
    String navigation = template("nav.html")
        .replace("{{username}}", Html.escape(account.get().discogsUsername()))
        .replace("aria-current-" + nav, "aria-current=\"page\"")
        .replaceAll("aria-current-[a-z]+", "");
    String main = template(page + ".html");
    return html(layout(page, title, navigation, main));
  }

  private Optional<UserAccount> account(@Nullable Authentication auth) {
    return auth == null ? Optional.empty() : users.findByUsername(auth.getName());
  }

  private String layout(String page, String title, String navigation, String main) {
    return template("layout.html")
        .replace("{{page}}", page)
        .replace("{{title}}", Html.escape(title))
        .replace("{{discogs-web}}", Html.escape(discogs.webUrl()))
        .replace("{{main}}", main)
        .replace("{{nav}}", navigation);
  }

  private static MutableHttpResponse<String> html(String body) {
    return SecurityHeaders.page(HttpResponse.ok(body).contentType(MediaType.TEXT_HTML + ";charset=utf-8"));
  }

  private String template(String name) {
    return templates.computeIfAbsent(name, n -> {
      try (InputStream in = PagesController.class.getResourceAsStream("/views/" + n)) {
        if (in == null) {
          throw new IllegalStateException("no template views/" + n);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
