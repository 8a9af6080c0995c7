package io.waxalert.app.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Discogs as a WireMock server, one per test JVM, answering in Discogs' real shapes from the
 * fixtures under {@code src/test/resources/discogs}. Tests use their own usernames, tokens and
 * release ids, so stubs of different tests never collide.
 */
public final class FakeDiscogs {

  private static WireMockServer server;

  private FakeDiscogs() {}

  public static synchronized WireMockServer server() {
    if (server == null) {
      server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  public static String url() {
    return server().baseUrl();
  }

  public static String fixture(String name, Map<String, ?> values) {
    try (InputStream in = FakeDiscogs.class.getResourceAsStream("/discogs/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (Map.Entry<String, ?> value : values.entrySet()) {
        text = text.replace("${" + value.getKey() + "}", String.valueOf(value.getValue()));
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void json(MappingBuilder request, int status, String body) {
    server().stubFor(request.willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withHeader("X-Discogs-Ratelimit", "60")
        .withHeader("X-Discogs-Ratelimit-Remaining", "55")
        .withBody(body)));
  }

  /** A personal token Discogs accepts for {@code username}, with the user's profile (location "Berlin"). */
  public static void user(String username, String token, String currency) {
    user(username, token, currency, "Berlin");
  }

  /** The same with the profile's free-text location. */
  public static void user(String username, String token, String currency, String location) {
    json(get(urlPathEqualTo("/oauth/identity"))
        .withHeader("Authorization", equalTo("Discogs token=" + token)), 200,
        fixture("identity.json", Map.of("username", username)));
    json(get(urlPathEqualTo("/users/" + username))
        .withHeader("Authorization", equalTo("Discogs token=" + token)), 200,
        fixture("user.json", Map.of("username", username, "currency", currency, "location", location)));
  }

  /** A token Discogs refuses. */
  public static void refusedToken(String token) {
    json(get(urlPathEqualTo("/oauth/identity"))
        .withHeader("Authorization", equalTo("Discogs token=" + token)), 401,
        fixture("unauthorized.json", Map.of()));
  }

  public static void release(long id) {
    json(get(urlPathEqualTo("/releases/" + id)), 200, fixture("release.json", Map.of("id", id)));
  }

  public static void unknownRelease(long id) {
    json(get(urlPathEqualTo("/releases/" + id)), 404, fixture("release-not-found.json", Map.of()));
  }

  public static void master(long id) {
    json(get(urlPathEqualTo("/masters/" + id)), 200, fixture("master.json", Map.of("id", id)));
    json(get(urlPathEqualTo("/masters/" + id + "/versions")), 200,
        fixture("master-versions.json", Map.of()));
  }

  public static void stats(long releaseId, String currency, String price, int count) {
    json(get(urlPathEqualTo("/marketplace/stats/" + releaseId)), 200,
        fixture("stats.json", Map.of("currency", currency, "price", price, "count", count)));
  }

  /** Like {@link #stats}, answered after {@code delayMillis}: concurrent needs overlap in flight. */
  public static void slowStats(long releaseId, String currency, String price, int count, int delayMillis) {
    server().stubFor(get(urlPathEqualTo("/marketplace/stats/" + releaseId)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withFixedDelay(delayMillis)
        .withBody(fixture("stats.json", Map.of("currency", currency, "price", price, "count", count)))));
  }

  /** How many market-stats requests of the release Discogs has had. */
  public static int statsRequests(long releaseId) {
    return server().countRequestsMatching(com.github.tomakehurst.wiremock.client.WireMock
        .getRequestedFor(urlPathEqualTo("/marketplace/stats/" + releaseId)).build()).getCount();
  }

  /** How many release-detail requests of the release Discogs has had. */
  public static int releaseRequests(long releaseId) {
    return server().countRequestsMatching(com.github.tomakehurst.wiremock.client.WireMock
        .getRequestedFor(urlPathEqualTo("/releases/" + releaseId)).build()).getCount();
  }

  /** How many sell-page requests of the release Discogs has had. */
  public static int sellPageRequests(long releaseId) {
    return server().countRequestsMatching(com.github.tomakehurst.wiremock.client.WireMock
        .getRequestedFor(urlPathEqualTo("/sell/release/" + releaseId)).build()).getCount();
  }

  public static void nothingForSale(long releaseId) {
    json(get(urlPathEqualTo("/marketplace/stats/" + releaseId)), 200,
        fixture("stats-nothing.json", Map.of()));
  }

  public static void statsFailing(long releaseId) {
    server().stubFor(get(urlPathEqualTo("/marketplace/stats/" + releaseId))
        .willReturn(aResponse().withStatus(503).withBody("<html>unavailable</html>")));
  }

  /** The website's sell page of a release (served from this same server as web-url). */
  public static void sellPage(long releaseId) {
    server().stubFor(get(urlPathEqualTo("/sell/release/" + releaseId)).willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody(fixture("sell-release.html", Map.of("id", releaseId)))));
  }

  /** The sell page with its first row (Shady's, 3.00 EUR) marked "Unavailable in {@code country}". */
  public static void sellPageWithFirstRowUnavailableIn(long releaseId, String country) {
    String page = fixture("sell-release.html", Map.of("id", releaseId)).replaceFirst(
        "<p class=\"label_and_cat\">", "<p class=\"hide_mobile muted\">Unavailable in " + country
            + "</p>\n    <p class=\"label_and_cat\">");
    server().stubFor(get(urlPathEqualTo("/sell/release/" + releaseId)).willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8").withBody(page)));
  }

  /** Cloudflare's robot check instead of the release's sell page (403, {@code cf-mitigated: challenge}). */
  public static void sellPageChallenged(long releaseId) {
    server().stubFor(get(urlPathEqualTo("/sell/release/" + releaseId)).willReturn(aResponse()
        .withStatus(403).withHeader("Content-Type", "text/html; charset=utf-8")
        .withHeader("cf-mitigated", "challenge")
        .withBody("<!DOCTYPE html><html><head><title>Just a moment...</title></head>"
            + "<body><div id=\"challenge-form\" action=\"/?__cf_chl_f_tk=x\"></div></body></html>")));
  }

  public static void search(String query) {
    json(get(urlPathEqualTo("/database/search")).withQueryParam("q", equalTo(query)), 200,
        fixture("search.json", Map.of()));
  }

  public static void wantlist(String username, long first, long second) {
    json(get(urlPathEqualTo("/users/" + username + "/wants")), 200,
        fixture("wants.json", Map.of("username", username, "first", first, "second", second)));
  }

  /** The path of the ECB's daily reference rates on this server; see {@link #ecbRates()}. */
  public static final String ECB_RATES_PATH = "/ecb/eurofxref-daily.xml";

  /** The ECB's daily reference rates (USD 1.05 per euro), served beside Discogs for the service. */
  public static void ecbRates() {
    server().stubFor(get(urlPathEqualTo(ECB_RATES_PATH)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/xml").withBody(fixture("ecb-eurofxref-daily.xml", Map.of()))));
  }
}
