package io.waxalert.app.web;

import io.micronaut.core.annotation.Nullable;
import io.waxalert.app.settings.DiscogsProperties;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pages of the web UI and what each loads: the layout's model for a page name. Every page gets
 * {@code core.js} (API calls, dialogs, toasts, error wording) and then its own scripts.
 */
@Singleton
class Pages {

  private static final Map<String, List<String>> SCRIPTS = Map.of(
      "signin", List.of("signin.js"),
      "wanted", List.of("criteria.js", "add.js", "wanted-view.js", "bulk.js", "wanted.js"),
      "entry", List.of("criteria.js", "alerts-table.js", "chart.js", "entry.js"),
      "alerts", List.of("alerts-table.js", "alerts.js"),
      "settings", List.of("settings.js"),
      "sellers", List.of("sellers.js"),
      "bundles", List.of("bundles.js"));

  /** The navigation item each page belongs to. */
  private static final Map<String, String> NAV = Map.of(
      "wanted", "wanted", "entry", "wanted", "alerts", "alerts", "settings", "settings", "help", "help",
      "sellers", "sellers", "bundles", "bundles");

  private final Assets assets;
  private final DiscogsProperties discogs;

  Pages(Assets assets, DiscogsProperties discogs) {
    this.assets = assets;
    this.discogs = discogs;
  }

  /** The model of page {@code name}; {@code username} null for a visitor who is not signed in. */
  Page page(String name, String title, @Nullable String username) {
    List<String> scripts = new ArrayList<>();
    scripts.add(assets.url("core.js"));
    SCRIPTS.getOrDefault(name, List.of()).forEach(s -> scripts.add(assets.url(s)));
    return new Page(name, title, username, username == null ? null : NAV.get(name), discogs.webUrl(),
        assets.url("app.css"), assets.url("favicon.svg"), scripts, discogs.oauthEnabled());
  }
}
