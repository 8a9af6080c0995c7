package io.waxalert.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** Checks every page of the browser tests must pass, at the screen the browser emulates. */
final class PageChecks {

  private PageChecks() {}

  /** Nothing wider than the screen: the page never scrolls sideways. */
  static void noSidewaysScroll(Browser browser, String where) {
    @SuppressWarnings("unchecked")
    Map<String, Object> sizes = (Map<String, Object>) browser.script(
        "var wide = Array.from(document.querySelectorAll('body *')).filter(function (e) {"
            + "  var r = e.getBoundingClientRect(); return r.width > 0 && r.right > window.innerWidth + 0.5; })"
            + "  .slice(0, 5).map(function (e) { return e.tagName + '#' + e.id + '.' + e.className; });"
            + "return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth, wide: wide};");
    assertThat(((Number) sizes.get("scroll")).longValue())
        .as("%s at %s: scrollWidth <= innerWidth; wider elements: %s", where, browser.screen(), sizes.get("wide"))
        .isLessThanOrEqualTo(((Number) sizes.get("inner")).longValue());
  }

  /**
   * A basic accessibility check: every form control has a label, every image an alt text (empty
   * for decoration), the page exactly one h1, every dialog a name, every button a name.
   */
  static void accessible(Browser browser, String where) {
    List<?> unlabelled = (List<?>) browser.script(
        "return Array.from(document.querySelectorAll('input, select, textarea'))"
            + ".filter(function (f) { return f.type !== 'hidden' && f.labels.length === 0 && !f.getAttribute('aria-label'); })"
            + ".map(function (f) { return f.id || f.name; });");
    assertThat(unlabelled).as("%s: form controls without a label", where).isEmpty();
    List<?> noAlt = (List<?>) browser.script(
        "return Array.from(document.images).filter(function (i) { return !i.hasAttribute('alt'); })"
            + ".map(function (i) { return i.src; });");
    assertThat(noAlt).as("%s: images without alt", where).isEmpty();
    assertThat(((Number) browser.script("return document.querySelectorAll('h1').length;")).intValue())
        .as("%s: h1 headings", where).isEqualTo(1);
    List<?> nameless = (List<?>) browser.script(
        "return Array.from(document.querySelectorAll('button, dialog[open]'))"
            + ".filter(function (b) { return !(b.getAttribute('aria-label') || b.getAttribute('aria-labelledby') || b.textContent.trim()); })"
            + ".map(function (b) { return b.outerHTML.slice(0, 80); });");
    assertThat(nameless).as("%s: buttons or dialogs without a name", where).isEmpty();
  }

  /** Both checks. */
  static void pageIsFine(Browser browser, String where) {
    noSidewaysScroll(browser, where);
    accessible(browser, where);
  }
}
