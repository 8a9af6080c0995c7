package io.waxalert.core.monitor;

import io.waxalert.core.criteria.AlertType;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.Money;
import io.waxalert.core.Nullable;
import java.time.Instant;

/**
 * What one cycle learned about one entry, gathered over its releases (a master entry has several)
 * and turned into its {@link CheckState}.
 */
final class EntryOutcome {

  private final Currency currency;
  private boolean priceMatched;
  private boolean underpriced;
  private boolean anyForSale;
  private String failure;
  private Money lowest;
  private Integer numForSale;
  private Instant marketFetchedAt;

  EntryOutcome(Currency currency) {
    this.currency = currency;
  }

  void failed(String message) {
    failure = failure == null ? message : failure;
  }

  /**
   * When this check fetched no market data, what the last check saw stays on the entry (a failed
   * check says nothing of the market, so the collector keeps the last known price and its time).
   */
  void keepLastKnownMarket(@Nullable CheckState last) {
    if (last == null || marketFetchedAt != null || lowest != null || numForSale != null) {
      return;
    }
    lowest = last.lowestPrice();
    numForSale = last.numForSale();
    marketFetchedAt = last.marketFetchedAt();
  }

  /** One release's market, read from the marketplace at its {@code fetchedAt} or else {@code now}. */
  void market(MarketStats stats, Instant now, ExchangeRates rates) {
    Instant fetched = stats.fetchedAt() == null ? now : stats.fetchedAt();
    marketFetchedAt = marketFetchedAt == null || fetched.isBefore(marketFetchedAt) ? fetched : marketFetchedAt;
    Integer count = stats.numForSale();
    Money lowestPrice = stats.nothingForSale() ? null : stats.lowestPrice();
    if (count != null) {
      numForSale = numForSale == null ? count : numForSale + count;
    }
    if (lowestPrice == null) {
      return;
    }
    anyForSale = true;
    rates.convert(lowestPrice, currency).ifPresent(price -> {
      if (lowest == null || price.compareTo(lowest) < 0) {
        lowest = price;
      }
    });
  }

  /** A listing (or the lowest price) fitted by {@code type}'s trigger. */
  void matched(AlertType type) {
    if (type == AlertType.PRICE_MATCHED) {
      priceMatched = true;
    } else {
      underpriced = true;
    }
  }

  boolean isMatched() {
    return priceMatched || underpriced;
  }

  boolean isFailed() {
    return failure != null && !isMatched();
  }

  /** A match found anywhere wins; then a failed check, which must never read as "nothing for sale". */
  CheckState toState(Instant checkedAt) {
    EntryStatus status;
    if (priceMatched) {
      status = EntryStatus.PRICE_MATCHED;
    } else if (underpriced) {
      status = EntryStatus.UNDERPRICED;
    } else if (failure != null) {
      status = EntryStatus.CHECK_FAILED;
    } else if (anyForSale) {
      status = EntryStatus.MONITORING;
    } else {
      status = EntryStatus.NO_LISTINGS;
    }
    return new CheckState(status, checkedAt, lowest, numForSale,
        status == EntryStatus.CHECK_FAILED ? failure : null, marketFetchedAt);
  }
}
