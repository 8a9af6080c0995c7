package io.waxalert.app.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Renders the pages of mailed links ({@code confirm.jte} in the site's layout and stylesheet).
 * Their URL holds a secret, yet they send {@code Referrer-Policy: same-origin}: no other site ever
 * sees it, and the page's own form post carries the page's origin, which {@code no-referrer} would
 * turn into {@code Origin: null} (refused as cross-site by browsers' and Micronaut's origin checks).
 */
@Singleton
public class LinkPages {

  private final Pages pages;

  LinkPages(Pages pages) {
    this.pages = pages;
  }

  public MutableHttpResponse<?> render(MutableHttpResponse<Object> response, String title, Confirmation confirmation) {
    Page page = pages.page("confirm", title, null);
    return SecurityHeaders.page(response.body(new ModelAndView<>("confirm",
            Map.of("page", page, "confirmation", confirmation)))
        .contentType(MediaType.TEXT_HTML + ";charset=utf-8"), "same-origin");
  }
}
