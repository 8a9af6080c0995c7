package io.waxalert.app.web;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * What the shared layout ({@code layout.jte}) needs to frame a page; built by {@link Pages}.
 *
 * @param name the page's id ({@code data-page}), which the scripts start from
 * @param title the document title, before " · WaxAlert"
 * @param username the signed-in collector; null on pages shown signed out (no navigation then)
 * @param navItem the navigation link marked as current; null for none
 * @param discogsWebUrl Discogs' site, for the links the scripts build
 * @param stylesheet the fingerprinted URL of the stylesheet
 * @param icon the fingerprinted URL of the logo
 * @param scripts the fingerprinted URLs of the page's scripts, in load order
 * @param discogsSignIn whether "Sign in with Discogs" (OAuth) is configured
 */
public record Page(String name, String title, @Nullable String username, @Nullable String navItem,
    String discogsWebUrl, String stylesheet, String icon, List<String> scripts, boolean discogsSignIn) {

  public Page {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(discogsWebUrl, "discogsWebUrl");
    scripts = List.copyOf(scripts);
  }

  /** {@code "page"} for the current navigation link, null (no attribute) for the others. */
  public @Nullable String current(String item) {
    return item.equals(navItem) ? "page" : null;
  }
}
