package io.waxalert.discogs;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.core.spi.ListingSourceException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default source, official API only: {@code /marketplace/stats} per release, no single
 * listings. Reference prices come from Discogs' price suggestions when enabled and the client is
 * authenticated; a failure there never fails the check. Thread-safe.
 */
public final class StatsListingSource implements ListingSource {

  private static final Logger LOG = LoggerFactory.getLogger(StatsListingSource.class);

  private final DiscogsClient client;
  private final boolean usePriceSuggestions;

  /**
   * Stats only, no reference prices.
   *
   * @param client the client whose budget every request spends
   */
  public StatsListingSource(DiscogsClient client) {
    this(client, false);
  }

  /**
   * Stats, and reference prices from Discogs' price suggestions when asked and authenticated.
   *
   * @param client the client whose budget every request spends
   * @param usePriceSuggestions true to ask for price suggestions, one request more per release
   */
  public StatsListingSource(DiscogsClient client, boolean usePriceSuggestions) {
    this.client = Objects.requireNonNull(client, "client");
    this.usePriceSuggestions = usePriceSuggestions;
  }

  @Override
  public String description() {
    return "Discogs marketplace stats";
  }

  /**
   * @throws ListingSourceException when Discogs fails: its message in a collector's words
   *     ({@link DiscogsException#collectorMessage()}), the {@link DiscogsException} with the request
   *     and the answer as cause, and in the log
   */
  @Override
  public MarketStats stats(long releaseId, Currency currency) {
    return statsOf(client, releaseId, currency);
  }

  @Override
  public ReferencePrices referencePrices(long releaseId, Currency currency) {
    if (!usePriceSuggestions || !client.authenticated()) {
      return ReferencePrices.none();
    }
    try {
      return client.priceSuggestions(releaseId);
    } catch (DiscogsException e) {
      LOG.info("no price suggestions for release {}: {}", releaseId, e.getMessage());
      return ReferencePrices.none();
    }
  }

  static MarketStats statsOf(DiscogsClient client, long releaseId, Currency currency) {
    try {
      return client.marketStats(releaseId, currency);
    } catch (DiscogsException e) {
      LOG.info("market stats of release {} failed: {}", releaseId, e.getMessage());
      String words = e instanceof DiscogsNotFoundException
          ? "Discogs has no release " + releaseId + "; check the release number"
          : "the market stats of release " + releaseId + " could not be read: " + e.collectorMessage();
      throw new ListingSourceException(words, e);
    }
  }
}
