package io.waxalert.discogs.internal;

import feign.Request;
import io.waxalert.core.model.Listing;
import io.waxalert.discogs.DiscogsCircuitOpenException;
import io.waxalert.discogs.DiscogsClientConfig;
import io.waxalert.discogs.DiscogsException;
import io.waxalert.discogs.DiscogsRateLimitedException;
import io.waxalert.discogs.SellPageException;
import io.waxalert.discogs.SellPageException.Reason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a release's sell page, cheapest first, 250 listings a page, through the client's budget
 * and User-Agent, and reads on while the page says more follow, up to a bound: every page is a
 * request. Each failure is a {@link SellPageException} with its reason. Thread-safe.
 */
public final class SellPages {

  /** Discogs' largest page. */
  public static final int PER_PAGE = 250;

  private static final Logger LOG = LoggerFactory.getLogger(SellPages.class);

  private final RawHttp raw;
  private final DiscogsClientConfig config;
  private final SellPageParser parser;

  public SellPages(RawHttp raw, DiscogsClientConfig config) {
    this.raw = raw;
    this.config = config;
    this.parser = new SellPageParser(config.webBaseUrl());
  }

  /**
   * The listings of up to {@code maxPages} pages, without duplicates (a listing can move between
   * pages while they are read); the cheapest ones when the release has more.
   */
  public List<Listing> listings(long releaseId, int maxPages) {
    List<Listing> listings = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int page = 1; ; page++) {
      SellPageParser.SellPage read = page(releaseId, page);
      for (Listing listing : read.listings()) {
        if (seen.add(listing.listingId())) {
          listings.add(listing);
        }
      }
      if (!read.hasMore()) {
        return listings;
      }
      if (page >= maxPages) {
        LOG.info("release {}: read the cheapest {} of {} listings on the sell page ({} pages of {} at most)",
            releaseId, listings.size(), read.total(), maxPages, PER_PAGE);
        return listings;
      }
    }
  }

  private SellPageParser.SellPage page(long releaseId, int page) {
    String url = config.webBaseUrl() + "/sell/release/" + releaseId + "?sort=price%2Casc&limit=" + PER_PAGE
        + (page > 1 ? "&page=" + page : "");
    RawHttp.Answer answer;
    try {
      answer = raw.send(Request.HttpMethod.GET, url, Map.of("Accept", "text/html,application/xhtml+xml"), null);
    } catch (DiscogsException e) {
      // the request and what came back are for the log; the detail is for the collector
      LOG.info("sell page of release {} failed: {}", releaseId, e.getMessage());
      Reason reason = e instanceof DiscogsRateLimitedException ? Reason.RATE_LIMITED : Reason.UNAVAILABLE;
      throw new SellPageException(releaseId, reason, detail(e), e);
    }
    if (answer.status() == 200) {
      return parser.parse(answer.body(), releaseId);
    }
    throw new SellPageException(releaseId, reason(answer), "HTTP " + answer.status()
        + (page > 1 ? " on page " + page : ""));
  }

  /** "HTTP 503", "requests pause for 1 minute", "no answer": short, for the reason's brackets. */
  private String detail(DiscogsException e) {
    if (e instanceof DiscogsCircuitOpenException open) {
      return "requests to Discogs pause until " + Wording.time(open.until(), config.clock().instant());
    }
    if (e instanceof DiscogsRateLimitedException limited) {
      return "requests pause for " + Wording.wait(limited.suggestedWait());
    }
    return e.status() > 0 ? "HTTP " + e.status() : "no answer";
  }

  private static Reason reason(RawHttp.Answer answer) {
    boolean mitigated = answer.headers().keySet().stream().anyMatch(h -> h != null && h.equalsIgnoreCase("cf-mitigated"));
    if (mitigated || SellPageParser.isChallenge(answer.body())) {
      return Reason.CHALLENGE;
    }
    int status = answer.status();
    if (status == 401 || status == 403) {
      return Reason.BLOCKED;
    }
    if (status == 429) {
      return Reason.RATE_LIMITED;
    }
    if (status == 404) {
      return Reason.NOT_FOUND;
    }
    return status >= 500 ? Reason.UNAVAILABLE : Reason.BLOCKED;
  }
}
