package io.waxalert.discogs;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.Feign;
import feign.Request;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import io.waxalert.core.Nullable;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.model.ReleaseInfo;
import io.waxalert.core.spi.ListingSourceException;
import io.waxalert.discogs.internal.DiscogsApi;
import io.waxalert.discogs.internal.DiscogsAuthInterceptor;
import io.waxalert.discogs.internal.DiscogsErrorDecoder;
import io.waxalert.discogs.internal.DiscogsRetryer;
import io.waxalert.discogs.internal.DtoMapper;
import io.waxalert.discogs.internal.Json;
import io.waxalert.discogs.internal.ListingDto;
import io.waxalert.discogs.internal.Pages;
import io.waxalert.discogs.internal.RateGate;
import io.waxalert.discogs.internal.RateLimitedClient;
import io.waxalert.discogs.internal.RawHttp;
import io.waxalert.discogs.internal.SellPageParser;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discogs API as WaxAlert needs it. Every request of one instance — API, sell page and OAuth
 * steps, from any thread and for any user — shares one rate budget, so create one client per
 * egress IP and share it. Thread-safe. Methods throw {@link DiscogsException} subclasses.
 *
 * <pre>{@code
 * DiscogsClient client = DiscogsClient.create(DiscogsClientConfig.builder()
 *     .credentials(DiscogsCredentials.personalToken(System.getenv("DISCOGS_TOKEN")))
 *     .build());
 * MarketStats stats = client.marketStats(249504, Currency.EUR);
 * }</pre>
 *
 * <p>Streams returned here fetch their next page only when the previous one is used up.
 */
public final class DiscogsClient {

  private static final Logger LOG = LoggerFactory.getLogger(DiscogsClient.class);

  private final DiscogsClientConfig config;
  private final DiscogsApi api;
  private final RateGate gate;
  private final RawHttp raw;
  private final DtoMapper mapper;
  private final SellPageParser sellPageParser;
  private final ObjectMapper json;

  private DiscogsClient(DiscogsClientConfig config, RateGate gate) {
    this.config = config;
    this.json = Json.mapper();
    this.gate = gate;
    Request.Options options = new Request.Options(config.connectTimeout(), config.readTimeout(), true);
    Client http = new RateLimitedClient(new Client.Default(null, null), gate);
    this.api = Feign.builder()
        .client(http)
        .encoder(new JacksonEncoder(json))
        .decoder(new JacksonDecoder(json))
        .errorDecoder(new DiscogsErrorDecoder(json, config))
        .retryer(new DiscogsRetryer(config))
        .options(options)
        .requestInterceptor(new DiscogsAuthInterceptor(config))
        .target(DiscogsApi.class, config.apiBaseUrl().toString());
    this.raw = new RawHttp(http, config, options);
    this.mapper = new DtoMapper(config.webBaseUrl());
    this.sellPageParser = new SellPageParser(config.webBaseUrl());
  }

  public static DiscogsClient create(DiscogsClientConfig config) {
    Objects.requireNonNull(config, "config");
    return new DiscogsClient(config, new RateGate(config));
  }

  /**
   * This client acting with other credentials (a signed-in user's token or OAuth access token) but
   * spending the same rate budget, since Discogs counts every request from one IP together.
   */
  public DiscogsClient as(DiscogsCredentials credentials) {
    return new DiscogsClient(DiscogsClientConfig.from(config).credentials(credentials).build(), gate);
  }

  /** Anonymous, 25 requests a minute. */
  public static DiscogsClient create() {
    return create(DiscogsClientConfig.defaults());
  }

  public DiscogsClientConfig config() {
    return config;
  }

  public boolean authenticated() {
    return config.credentials().authenticated();
  }

  /** Title, artists, year, formats and cover of a release. */
  public ReleaseInfo release(long releaseId) {
    return mapper.release(api.release(positive(releaseId)));
  }

  public MasterInfo master(long masterId) {
    return mapper.master(api.master(positive(masterId)));
  }

  /** The pressings of a master, optionally only those of one format such as {@code "Vinyl"}. */
  public Stream<MasterVersion> masterVersions(long masterId, @Nullable String format) {
    long id = positive(masterId);
    String filter = format == null || format.isBlank() ? null : format;
    return Pages.stream(page -> api.versions(id, page, config.perPage(), filter)).map(mapper::version);
  }

  /** The release ids of a master's pressings (all pages), optionally of one format. */
  public List<Long> releaseIdsOfMaster(long masterId, @Nullable String format) {
    try (Stream<MasterVersion> versions = masterVersions(masterId, format)) {
      return versions.map(MasterVersion::releaseId).distinct().collect(Collectors.toList());
    }
  }

  /** Lowest price (converted to {@code currency}, unrounded) and count for sale of a release. */
  public MarketStats marketStats(long releaseId, Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return mapper.stats(releaseId, api.stats(positive(releaseId), currency.name()));
  }

  /** One listing by id, its price in {@code currency}. */
  public Listing listing(long listingId, Currency currency) {
    Objects.requireNonNull(currency, "currency");
    ListingDto dto = api.listing(positive(listingId), currency.name());
    try {
      return mapper.listing(dto);
    } catch (IllegalArgumentException e) {
      throw new DiscogsException(200, null, "listing " + listingId + " could not be read: " + e.getMessage());
    }
  }

  /**
   * Discogs' suggested price per grade, in the user's selling currency. Needs credentials acting as
   * a user with seller settings; none when Discogs has no suggestion.
   */
  public ReferencePrices priceSuggestions(long releaseId) {
    return mapper.priceSuggestions(api.priceSuggestions(positive(releaseId)));
  }

  /**
   * A seller's items for sale, cheapest first, in the seller's currency. Items that are not for
   * sale (an owner sees those too) or cannot be read are skipped.
   */
  public Stream<Listing> inventory(String username) {
    String user = requireText(username, "username");
    return Pages.stream(page -> api.inventory(user, page, config.perPage()))
        .filter(dto -> dto.status() == null || dto.status().equals("For Sale"))
        .flatMap(dto -> {
          try {
            return Stream.of(mapper.listing(dto));
          } catch (IllegalArgumentException e) {
            LOG.warn("skipping unreadable listing {} of {}: {}", dto.id(), user, e.getMessage());
            return Stream.empty();
          }
        });
  }

  /** A user's wantlist, all pages; private ones need that user's credentials. */
  public Stream<WantlistItem> wantlist(String username) {
    String user = requireText(username, "username");
    return Pages.stream(page -> api.wants(user, page, config.perPage())).map(mapper::want);
  }

  public UserProfile user(String username) {
    return mapper.user(api.user(requireText(username, "username")));
  }

  /** Who the credentials belong to; a cheap check that they work. */
  public Identity identity() {
    return mapper.identity(api.identity());
  }

  /** Releases matching a text, as Discogs' database search ranks them (needs credentials). */
  public Stream<SearchResult> searchReleases(String query) {
    String q = requireText(query, "query");
    return Pages.stream(page -> api.searchReleases(q, page, config.perPage())).map(mapper::searchResult);
  }

  /** Traffic counters and the last budget Discogs reported. */
  public RateLimitStats rateLimitStats() {
    return gate.stats();
  }

  /** The three-legged OAuth 1.0a flow of a registered app, through this client's budget. */
  public DiscogsOAuthFlow oauthFlow(String consumerKey, String consumerSecret, OAuthSignatureMethod method) {
    return new DiscogsOAuthFlow(raw, config, json, consumerKey, consumerSecret, method);
  }

  /**
   * Listings of the website's sell page, through this client's budget and User-Agent.
   *
   * @throws ListingSourceException when the page is blocked, challenged or unreadable
   */
  List<Listing> sellPageListings(long releaseId) {
    String url = config.webBaseUrl() + "/sell/release/" + positive(releaseId) + "?sort=price%2Casc&limit=250";
    RawHttp.Answer answer;
    try {
      answer = raw.send(Request.HttpMethod.GET, url, Map.of("Accept", "text/html,application/xhtml+xml"), null);
    } catch (DiscogsException e) {
      throw new ListingSourceException("the sell page of release " + releaseId + " could not be fetched: "
          + e.getMessage(), e);
    }
    if (answer.status() != 200) {
      boolean cloudflare = answer.headers().keySet().stream().anyMatch(h -> h != null && h.equalsIgnoreCase("cf-mitigated"))
          || answer.body().contains("Cloudflare") || answer.body().contains("Just a moment");
      throw new ListingSourceException("Discogs answered " + answer.status() + " to the sell page of release "
          + releaseId + (cloudflare ? " (blocked by Cloudflare)" : ""));
    }
    return sellPageParser.parse(answer.body(), releaseId);
  }

  private static long positive(long id) {
    if (id <= 0) {
      throw new IllegalArgumentException("id must be positive");
    }
    return id;
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
