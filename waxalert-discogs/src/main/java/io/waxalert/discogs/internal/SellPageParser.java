package io.waxalert.discogs.internal;

import io.waxalert.core.Nullable;
import io.waxalert.core.model.Listing;
import io.waxalert.discogs.SellPageException;
import io.waxalert.discogs.SellPageException.Reason;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one page of {@code /sell/release/{id}} (markup as of May 2026). A page that cannot be read
 * must never look like "nothing for sale", so it throws {@link SellPageException} for a challenge,
 * a page that is not a sell page, and a page with traces of listings (links to {@code /sell/item/},
 * a count above 0) but no row it can read. Empty means a real sell page with none of those. Stateless
 * and thread-safe.
 */
public final class SellPageParser {

  /** One page's listings, and where they sit in the whole ("251 – 500 of 612"). */
  public record SellPage(List<Listing> listings, @Nullable Integer lastShown, @Nullable Integer total) {
    public SellPage {
      listings = List.copyOf(listings);
    }

    /** True when the page says more listings follow on a later page. */
    public boolean hasMore() {
      return !listings.isEmpty() && lastShown != null && total != null && lastShown < total;
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(SellPageParser.class);
  private static final Pattern RANGE =
      Pattern.compile("(\\d[\\d,.]*)\\s*[-\u2013\u2014]\\s*(\\d[\\d,.]*)\\s+of\\s+(\\d[\\d,.]*)");
  private static final Pattern ITEM_HREF = Pattern.compile("/sell/item/(\\d+)");
  private static final Pattern TOTAL = Pattern.compile("of\\s+(\\d[\\d,.]*)");

  private final String webBaseUrl;

  public SellPageParser(URI webBaseUrl) {
    String base = webBaseUrl.toString();
    this.webBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** The listings of one page; see the class comment for what throws. */
  public SellPage parse(String html, long releaseId) {
    if (isChallenge(html)) {
      throw new SellPageException(releaseId, Reason.CHALLENGE, "'Just a moment...' page");
    }
    Document doc = Jsoup.parse(html, webBaseUrl);
    int markers = sellPageMarkers(doc);
    if (markers == 0) {
      throw new SellPageException(releaseId, Reason.UNKNOWN_LAYOUT, "not a sell page: title '" + doc.title() + "'");
    }
    Elements rows = doc.select("table.mpitems tr.shortcut_navigable");
    Integer total = count(doc, TOTAL, 1);
    Integer lastShown = count(doc, RANGE, 2);
    if (rows.isEmpty()) {
      int traces = linkedListings(doc);
      if (traces > 0 || (total != null && total > 0)) {
        throw new SellPageException(releaseId, Reason.UNKNOWN_LAYOUT, (total != null && total > 0
            ? "it says " + total + " are for sale" : "it links " + traces + " listings") + " but has no row WaxAlert can read");
      }
      if (markers < 2) {
        throw new SellPageException(releaseId, Reason.UNKNOWN_LAYOUT, "a page without listings that does not look"
            + " like a Discogs sell page: title '" + doc.title() + "'");
      }
      return new SellPage(List.of(), lastShown, total);
    }
    List<Listing> listings = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Element row : rows) {
      try {
        listings.add(SellPageRow.parse(row, releaseId, webBaseUrl));
      } catch (RuntimeException e) {
        problems.add(e.getMessage());
      }
    }
    if (listings.isEmpty()) {
      throw new SellPageException(releaseId, Reason.UNKNOWN_LAYOUT,
          "none of its " + rows.size() + " rows could be read: " + problems.get(0));
    }
    if (!problems.isEmpty()) {
      LOG.warn("skipped {} unreadable rows on the sell page of release {}: {}", problems.size(), releaseId, problems);
    }
    return new SellPage(listings, lastShown, total);
  }

  /** Cloudflare's challenge, which may come with HTTP 200; never judged by {@code /cdn-cgi/}, which real pages load too. */
  public static boolean isChallenge(String html) {
    return html.contains("_cf_chl_") || html.contains("<title>Just a moment...</title>")
        || html.contains("<title>Attention Required! | Cloudflare</title>");
  }

  /** Distinct listings the page links or names in buttons, whatever its rows look like. */
  private static int linkedListings(Document doc) {
    Set<String> ids = new HashSet<>();
    for (Element link : doc.select("a[href*=/sell/item/]")) {
      Matcher m = ITEM_HREF.matcher(link.attr("href"));
      if (m.find()) {
        ids.add(m.group(1));
      }
    }
    for (Element button : doc.select("[data-item-id]")) {
      ids.add(button.attr("data-item-id").trim());
    }
    return ids.size();
  }

  /** How many of the real page's three markers are there: canonical sell link, title, pjax container. */
  private static int sellPageMarkers(Document doc) {
    Element canonical = doc.selectFirst("link[rel=canonical]");
    int markers = canonical != null && canonical.attr("href").contains("/sell/release/") ? 1 : 0;
    markers += doc.title().trim().endsWith("For Sale | Discogs") ? 1 : 0;
    markers += doc.getElementById("pjax_container") != null ? 1 : 0;
    return markers;
  }

  /** A figure of {@code strong.pagination_total} ("1 – 250 of 1,234"), null when absent. */
  private static @Nullable Integer count(Document doc, Pattern pattern, int group) {
    Element total = doc.selectFirst("strong.pagination_total");
    if (total == null) {
      return null;
    }
    Matcher m = pattern.matcher(total.text());
    if (!m.find()) {
      return null;
    }
    String digits = m.group(group).replaceAll("[,.]", "");
    return digits.length() < 10 ? Integer.parseInt(digits) : null;
  }
}
