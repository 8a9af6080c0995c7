package io.waxalert.app.sellers;

import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.spi.ListingSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recording wrapper is invisible: it names and answers as the source it wraps, and keeps what it read. */
class RecentListingsTest {

  private static final ListingSource PAGE = new ListingSource() {
    @Override
    public String description() {
      return "the Discogs sell page";
    }

    @Override
    public MarketStats stats(long releaseId, Currency currency) {
      return new MarketStats(releaseId, null, 0, false);
    }

    @Override
    public boolean providesListings() {
      return true;
    }

    @Override
    public List<Listing> listings(long releaseId, Currency currency) {
      return List.of();
    }
  };

  @Test
  void theWrappedSourceNamesItselfInTheStartUpLine() {
    ListingSource recording = new RecentListings(Duration.ofMinutes(10), Clock.systemUTC()).recording(PAGE);

    assertThat(recording.description()).isEqualTo("the Discogs sell page");
    assertThat(recording.providesListings()).isTrue();
  }
}
