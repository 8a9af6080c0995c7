package io.waxalert.discogs;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.core.spi.ListingSourceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Watch these shops": the listings of a release among the inventories of named sellers, read
 * through the API ({@code /users/{u}/inventory}, cheapest first). The API has no release filter, so
 * each inventory is read whole and kept for {@code maxAge}; Discogs serves other sellers'
 * inventories up to page 100 (10,000 items). Prices are in each seller's currency. Thread-safe.
 */
public final class SellerInventorySource implements ListingSource {

  private record Snapshot(Instant fetched, List<Listing> listings) {}

  private static final Logger LOG = LoggerFactory.getLogger(SellerInventorySource.class);

  private final DiscogsClient client;
  private final List<String> sellers;
  private final Duration maxAge;
  private final Clock clock;
  private final Map<String, Snapshot> cache = new ConcurrentHashMap<>();

  /**
   * @param client the client whose budget every inventory read spends
   * @param sellers Discogs usernames
   * @param maxAge how long one inventory read serves all releases; keep it under Discogs' 6-hour staleness limit
   * @throws IllegalArgumentException if no seller is named
   */
  public SellerInventorySource(DiscogsClient client, List<String> sellers, Duration maxAge) {
    this.client = Objects.requireNonNull(client, "client");
    this.sellers = List.copyOf(sellers);
    if (this.sellers.isEmpty()) {
      throw new IllegalArgumentException("name at least one seller");
    }
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    this.clock = client.config().clock();
  }

  @Override
  public String description() {
    return "a seller's Discogs inventory";
  }

  /** From the API, as the stats source does. */
  @Override
  public MarketStats stats(long releaseId, Currency currency) {
    return StatsListingSource.statsOf(client, releaseId, currency);
  }

  @Override
  public boolean providesListings() {
    return true;
  }

  /** The named sellers' copies of the release, cheapest first per seller. */
  @Override
  public List<Listing> listings(long releaseId, Currency currency) {
    List<Listing> result = new ArrayList<>();
    for (String seller : sellers) {
      for (Listing listing : inventoryOf(seller)) {
        if (listing.releaseId() == releaseId) {
          result.add(listing);
        }
      }
    }
    return result;
  }

  /**
   * One seller's whole inventory, from the cache when younger than {@code maxAge}.
   *
   * @param seller the seller's Discogs username
   * @return the listings for sale, cheapest first; one request per page of the inventory when not
   *     cached
   * @throws ListingSourceException when the inventory could not be read
   */
  public List<Listing> inventoryOf(String seller) {
    Instant now = clock.instant();
    Snapshot cached = cache.get(seller);
    if (cached != null && cached.fetched().plus(maxAge).isAfter(now)) {
      return cached.listings();
    }
    try (Stream<Listing> items = client.inventory(seller)) {
      List<Listing> listings = items.collect(Collectors.toUnmodifiableList());
      cache.put(seller, new Snapshot(now, listings));
      return listings;
    } catch (DiscogsException e) {
      LOG.info("inventory of seller {} failed: {}", seller, e.getMessage());
      String words = e instanceof DiscogsNotFoundException
          ? "Discogs has no seller named " + seller : e.collectorMessage();
      throw new ListingSourceException("the inventory of seller " + seller + " could not be read: " + words, e);
    }
  }
}
