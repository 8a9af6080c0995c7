package io.waxalert.discogs;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.Feign;
import feign.Request;
import feign.jackson.JacksonEncoder;
import io.waxalert.core.Nullable;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.model.ReleaseInfo;
import io.waxalert.core.sellers.InventoryPage;
import io.waxalert.discogs.internal.Answers;
import io.waxalert.discogs.internal.DiscogsApi;
import io.waxalert.discogs.internal.DiscogsAuthInterceptor;
import io.waxalert.discogs.internal.DiscogsCircuit;
import io.waxalert.discogs.internal.DiscogsDecoder;
import io.waxalert.discogs.internal.DiscogsErrorDecoder;
import io.waxalert.discogs.internal.DiscogsRetryer;
import io.waxalert.discogs.internal.DtoMapper;
import io.waxalert.discogs.internal.Json;
import io.waxalert.discogs.internal.PageDto;
import io.waxalert.discogs.internal.Pages;
import io.waxalert.discogs.internal.RateGate;
import io.waxalert.discogs.internal.RateLimitedClient;
import io.waxalert.discogs.internal.RawHttp;
import io.waxalert.discogs.internal.SellPages;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discogs API as WaxAlert needs it. Every request of one instance — API, sell page and OAuth
 * steps, from any thread and for any user — shares one rate budget, so create one client per
 * egress IP and share it. Thread-safe.
 *
 * <p>Every method that asks Discogs throws only {@link DiscogsException}s — also from a stream's
 * later page fetches — whatever comes back: an error status, HTML, truncated JSON, a field of the
 * wrong shape. Fields that cannot be read are dropped (see {@code internal.Json}); an answer that
 * lacks what the call is about is a {@link DiscogsUnreadableException}. Invalid arguments (an id
 * below 1, a blank name) are {@link IllegalArgumentException}s, before any request.
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
  private final DiscogsCircuit circuit;
  private final RawHttp raw;
  private final DtoMapper mapper;
  private final SellPages sellPages;
  private final ObjectMapper json;

  private DiscogsClient(DiscogsClientConfig config, RateGate gate, DiscogsCircuit circuit) {
    this.config = config;
    this.json = Json.mapper();
    this.gate = gate;
    this.circuit = circuit;
    Request.Options options = new Request.Options(config.connectTimeout(), config.readTimeout(), true);
    Client http = new RateLimitedClient(new Client.Default(null, null), gate, circuit);
    this.api = Feign.builder()
        .client(http)
        .encoder(new JacksonEncoder(json))
        .decoder(new DiscogsDecoder(json))
        .errorDecoder(new DiscogsErrorDecoder(json, config))
        .retryer(new DiscogsRetryer(config))
        .options(options)
        .requestInterceptor(new DiscogsAuthInterceptor(config))
        .target(DiscogsApi.class, config.apiBaseUrl().toString());
    this.raw = new RawHttp(http, config, options);
    this.mapper = new DtoMapper(config.webBaseUrl());
    this.sellPages = new SellPages(raw, config);
  }

  /**
   * A client with a rate budget of its own: create one per egress IP and share it.
   *
   * @param config the settings
   * @return the client
   * @throws NullPointerException if {@code config} is null
   */
  public static DiscogsClient create(DiscogsClientConfig config) {
    Objects.requireNonNull(config, "config");
    return new DiscogsClient(config, new RateGate(config), new DiscogsCircuit(config));
  }

  /**
   * This client acting with other credentials (a signed-in user's token or OAuth access token) but
   * spending the same rate budget, since Discogs counts every request from one IP together, and
   * pausing with it while Discogs is down.
   *
   * @param credentials whom to act as
   * @return a client sharing this one's budget
   */
  public DiscogsClient as(DiscogsCredentials credentials) {
    return new DiscogsClient(DiscogsClientConfig.from(config).credentials(credentials).build(), gate, circuit);
  }

  /**
   * Anonymous, 25 requests a minute.
   *
   * @return an anonymous client with the default settings
   */
  public static DiscogsClient create() {
    return create(DiscogsClientConfig.defaults());
  }

  /** {@return the settings of this client} */
  public DiscogsClientConfig config() {
    return config;
  }

  /**
   * Whether requests carry credentials, which raises Discogs' budget from 25 to 60 a minute.
   *
   * @return false for anonymous credentials
   */
  public boolean authenticated() {
    return config.credentials().authenticated();
  }

  /**
   * Title, artists, year, formats and cover of a release.
   *
   * @param releaseId the Discogs release id, positive
   * @return the release; one request
   * @throws DiscogsNotFoundException when the release does not exist
   */
  public ReleaseInfo release(long releaseId) {
    long id = positive(releaseId);
    return Answers.read("release " + id, () -> mapper.release(api.release(id)));
  }

  /**
   * Title, artists, year, main release and cover of a master.
   *
   * @param masterId the Discogs master id, positive
   * @return the master; one request
   * @throws DiscogsNotFoundException when the master does not exist
   */
  public MasterInfo master(long masterId) {
    long id = positive(masterId);
    return Answers.read("master " + id, () -> mapper.master(api.master(id)));
  }

  /**
   * The pressings of a master, optionally only those of one format such as {@code "Vinyl"}.
   *
   * @param masterId the Discogs master id, positive
   * @param format a major format such as {@code "Vinyl"}; null or blank for all
   * @return the pressings, one request per page as the stream is read; close it when done early
   */
  public Stream<MasterVersion> masterVersions(long masterId, @Nullable String format) {
    long id = positive(masterId);
    String filter = format == null || format.isBlank() ? null : format;
    String what = "the versions of master " + id;
    return pages(what, page -> api.versions(id, page, config.perPage(), filter), dto -> true, mapper::version);
  }

  /**
   * The release ids of a master's pressings (all pages), optionally of one format.
   *
   * @param masterId the Discogs master id, positive
   * @param format a major format such as {@code "Vinyl"}; null or blank for all
   * @return the distinct release ids, in Discogs' order; one request per page
   */
  public List<Long> releaseIdsOfMaster(long masterId, @Nullable String format) {
    try (Stream<MasterVersion> versions = masterVersions(masterId, format)) {
      return versions.map(MasterVersion::releaseId).distinct().collect(Collectors.toList());
    }
  }

  /**
   * At most {@code limit} release ids of a master's pressings, optionally of one format, and their
   * number in all (Discogs' {@code pagination.items}): reading stops at the limit, so it costs at
   * most {@code ceil(limit / per-page)} requests however many pressings the master has.
   *
   * @param masterId the Discogs master id, positive
   * @param format a format to filter by (e.g. {@code Vinyl}); null or blank for all
   * @param limit the most release ids to read, at least 1
   * @return the release ids read and how many the master has
   */
  public MasterReleases masterReleases(long masterId, @Nullable String format, int limit) {
    long id = positive(masterId);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    String filter = format == null || format.isBlank() ? null : format;
    String what = "the versions of master " + id;
    int[] total = {0};
    int perPage = Math.min(config.perPage(), limit);
    Stream<Long> ids = Pages.stream(page -> Answers.read(what + " (page " + page + ")", () -> {
      var dto = api.versions(id, page, perPage, filter);
      if (dto.pagination() != null && dto.pagination().items() != null) {
        total[0] = dto.pagination().items();
      }
      return Answers.mapPage(dto, v -> true, mapper::version, what, LOG);
    })).map(MasterVersion::releaseId).distinct().limit(limit);
    try (ids) {
      List<Long> read = ids.collect(Collectors.toList());
      return new MasterReleases(read, total[0]);
    }
  }

  /**
   * Lowest price (converted to {@code currency}, unrounded) and count for sale of a release.
   *
   * @param releaseId the Discogs release id, positive
   * @param currency the currency to convert the lowest price to
   * @return the market statistics; one request
   * @throws DiscogsNotFoundException when the release does not exist
   */
  public MarketStats marketStats(long releaseId, Currency currency) {
    Objects.requireNonNull(currency, "currency");
    long id = positive(releaseId);
    return Answers.read("the market stats of release " + id, () -> mapper.stats(id, api.stats(id, currency.name())));
  }

  /**
   * One listing by id, its price in {@code currency}.
   *
   * @param listingId the Discogs listing id, positive
   * @param currency the currency to convert the price to
   * @return the listing; one request
   * @throws DiscogsNotFoundException when the listing does not exist (any more)
   */
  public Listing listing(long listingId, Currency currency) {
    Objects.requireNonNull(currency, "currency");
    long id = positive(listingId);
    return Answers.read("listing " + id, () -> mapper.listing(api.listing(id, currency.name())));
  }

  /**
   * Discogs' suggested price per grade, in the user's selling currency. Needs credentials acting as
   * a user with seller settings; none when Discogs has no suggestion.
   *
   * @param releaseId the Discogs release id, positive
   * @return the suggested price per media grade; one request
   * @throws DiscogsUnauthorizedException without such credentials
   */
  public ReferencePrices priceSuggestions(long releaseId) {
    long id = positive(releaseId);
    return Answers.read("the price suggestions of release " + id, () -> mapper.priceSuggestions(api.priceSuggestions(id)));
  }

  /**
   * A seller's items for sale, cheapest first, in the seller's currency. Items that are not for
   * sale (an owner sees those too) or cannot be read are skipped.
   *
   * @param username the seller's Discogs username
   * @return the listings, one request per page of {@link DiscogsClientConfig#perPage()} as the
   *     stream is read
   */
  public Stream<Listing> inventory(String username) {
    String user = requireText(username, "username");
    String what = "the inventory of " + user;
    return pages(what, page -> api.inventory(user, page, config.perPage()), DiscogsClient::forSale, mapper::listing);
  }

  /** Other sellers' inventories show only items for sale; the owner sees drafts, sold ones, … too. */
  private static boolean forSale(io.waxalert.discogs.internal.ListingDto dto) {
    return dto.status() == null || dto.status().equals("For Sale");
  }

  /**
   * One page of a seller's inventory, newest listings first ({@code sort=listed&sort_order=desc}),
   * {@code perPage} (100 by default) to a page, for a caller that decides how far to read: a
   * followed seller's new listings are on the first pages. Items not for sale or unreadable are
   * skipped; the page's counts still say how many Discogs has. Discogs serves other sellers'
   * inventories up to page 100 only. One request.
   *
   * @param username the seller's Discogs username, not blank
   * @param page the page number, from 1
   * @return the page, prices in the seller's currency
   * @throws IllegalArgumentException if {@code page} is below 1, before any request
   * @throws DiscogsNotFoundException when Discogs has no such seller (also for a page past the end)
   */
  public InventoryPage inventoryPage(String username, int page) {
    String user = requireText(username, "username");
    if (page < 1) {
      throw new IllegalArgumentException("page must be at least 1");
    }
    String what = "the inventory of " + user + " (page " + page + ", newest first)";
    return Answers.read(what, () -> mapper.inventoryPage(user, page, config.perPage(),
        Answers.mapPage(api.inventoryNewestFirst(user, page, config.perPage()), DiscogsClient::forSale,
            mapper::listing, what, LOG)));
  }

  /**
   * A user's wantlist, all pages; private ones need that user's credentials. Unreadable wants are
   * skipped.
   *
   * @param username the Discogs username
   * @return the wants, one request per page as the stream is read
   */
  public Stream<WantlistItem> wantlist(String username) {
    String user = requireText(username, "username");
    String what = "the wantlist of " + user;
    return pages(what, page -> api.wants(user, page, config.perPage()), dto -> true, mapper::want);
  }

  /**
   * A user's public profile; the e-mail only when acting as that user.
   *
   * @param username the Discogs username
   * @return the profile; one request
   * @throws DiscogsNotFoundException when the user does not exist
   */
  public UserProfile user(String username) {
    String user = requireText(username, "username");
    return Answers.read("the profile of " + user, () -> mapper.user(api.user(user)));
  }

  /**
   * Who the credentials belong to; a cheap check that they work.
   *
   * @return the identity; one request
   * @throws DiscogsUnauthorizedException when the credentials are missing or do not work
   */
  public Identity identity() {
    return Answers.read("the identity of these credentials", () -> mapper.identity(api.identity()));
  }

  /**
   * Releases matching a text, as Discogs' database search ranks them (needs credentials).
   *
   * @param query the search text, not blank
   * @return the results, one request per page as the stream is read
   */
  public Stream<SearchResult> searchReleases(String query) {
    String q = requireText(query, "query");
    String what = "the search for '" + q + "'";
    return pages(what, page -> api.searchReleases(q, page, config.perPage()), dto -> true, mapper::searchResult);
  }

  /**
   * Traffic counters and the last budget Discogs reported.
   *
   * @return a snapshot of this client's traffic, shared with every client from {@link #as}
   */
  public RateLimitStats rateLimitStats() {
    return gate.stats();
  }

  /**
   * The three-legged OAuth 1.0a flow of a registered app, through this client's budget.
   *
   * @param consumerKey the app's consumer key, from discogs.com/settings/developers
   * @param consumerSecret the app's consumer secret
   * @param method how to sign the requests
   * @return the flow
   */
  public DiscogsOAuthFlow oauthFlow(String consumerKey, String consumerSecret, OAuthSignatureMethod method) {
    return new DiscogsOAuthFlow(raw, config, json, consumerKey, consumerSecret, method);
  }

  /**
   * Listings of the website's sell page, cheapest first, through this client's budget and
   * User-Agent: up to {@code maxPages} pages of 250, one request each.
   *
   * @throws SellPageException when the page is blocked, challenged or unreadable
   */
  List<Listing> sellPageListings(long releaseId, int maxPages) {
    long id = positive(releaseId);
    try {
      return sellPages.listings(id, maxPages);
    } catch (SellPageException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.warn("the sell page of release {} could not be parsed", id, e); // the detail is the collector's
      throw new SellPageException(id, SellPageException.Reason.UNKNOWN_LAYOUT, "", e);
    }
  }

  /**
   * A lazily walked endpoint, its entries kept and mapped page by page; every page fetch keeps the
   * client's exception promise, and a page none of whose entries can be read fails.
   */
  private static <D, T> Stream<T> pages(String what, IntFunction<? extends PageDto<D>> fetch, Predicate<D> keep,
      Function<D, T> map) {
    return Pages.stream(page -> Answers.read(what + " (page " + page + ")",
        () -> Answers.mapPage(fetch.apply(page), keep, map, what, LOG)));
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
