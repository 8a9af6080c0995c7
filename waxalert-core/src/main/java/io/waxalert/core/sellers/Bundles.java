package io.waxalert.core.sellers;

import io.waxalert.core.criteria.CriteriaMatcher;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Which shop has several of my wants": from the listings known now (followed sellers'
 * inventories, recent sell pages), per seller the cheapest listing fitting each of the collector's
 * wanted entries, and the sellers offering two or more. A pure function: no port, no clock.
 *
 * <pre>{@code
 * List<Bundle> bundles = Bundles.of(knownListings, entriesOfTheCollector, rates, Currency.EUR);
 * }</pre>
 */
public final class Bundles {

  private static final Comparator<Bundle> MOST_WANTS_FIRST = Comparator
      .comparing((Bundle b) -> b.items().size()).reversed()
      .thenComparing(Bundle::total)
      .thenComparing(b -> b.seller().toLowerCase(Locale.ROOT));

  private Bundles() {}

  /**
   * {@link #of(Collection, Collection, ExchangeRates, Currency, ReleaseReferences)} without
   * reference prices: an underpriced trigger stays unjudged, so on its own it makes no listing fit.
   *
   * @param listings the listings known now, of any sellers, prices in any currency
   * @param entries the collector's wanted entries; paused ones are skipped
   * @param rates converts prices into {@code currency} and for the entries' max prices
   * @param currency the collector's currency: the items' prices and the totals are in it
   * @return the bundles, most wants first; empty when no seller offers two of the wants
   */
  public static List<Bundle> of(Collection<Listing> listings, Collection<WantedEntry> entries, ExchangeRates rates,
      Currency currency) {
    return of(listings, entries, rates, currency, ReleaseReferences.NONE);
  }

  /**
   * The bundles, most wants first, then the cheaper total. A listing fits an entry when it is of one
   * of the entry's releases and the standard matcher accepts it under the entry's full criteria;
   * a listing whose price cannot be converted into {@code currency} is left out; one listing
   * serves one entry; paused entries and listings seen twice (same id) count once or not at all.
   * Costs no Discogs request: only listings already read are judged.
   *
   * @param listings the listings known now, of any sellers, prices in any currency
   * @param entries the collector's wanted entries; paused ones are skipped
   * @param rates converts prices into {@code currency} and for the entries' max prices
   * @param currency the collector's currency: the items' prices and the totals are in it
   * @param references reference prices for entries with an underpriced trigger; what it throws is
   *     passed on
   * @return the bundles, most wants first; empty when no seller offers two of the wants
   */
  public static List<Bundle> of(Collection<Listing> listings, Collection<WantedEntry> entries, ExchangeRates rates,
      Currency currency, ReleaseReferences references) {
    CriteriaMatcher matcher = CriteriaMatcher.standard(rates);
    Map<String, List<Listing>> bySeller = new LinkedHashMap<>();
    Set<Long> seen = new HashSet<>();
    for (Listing listing : listings) {
      if (seen.add(listing.listingId())) {
        bySeller.computeIfAbsent(listing.seller().name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(listing);
      }
    }
    List<WantedEntry> active = entries.stream().filter(WantedEntry::active).toList();
    List<Bundle> bundles = new ArrayList<>();
    for (List<Listing> offered : bySeller.values()) {
      List<Bundle.Item> items = new ArrayList<>();
      Set<Long> used = new HashSet<>();
      for (WantedEntry entry : active) {
        cheapestFit(offered, entry, used, matcher, rates, currency, references).ifPresent(item -> {
          items.add(item);
          used.add(item.listing().listingId());
        });
      }
      if (items.size() >= 2) {
        bundles.add(new Bundle(offered.get(0).seller().name(), shipsFrom(items), items, total(items, currency)));
      }
    }
    bundles.sort(MOST_WANTS_FIRST);
    return List.copyOf(bundles);
  }

  private static Optional<Bundle.Item> cheapestFit(List<Listing> offered, WantedEntry entry, Set<Long> used,
      CriteriaMatcher matcher, ExchangeRates rates, Currency currency, ReleaseReferences references) {
    Bundle.Item best = null;
    for (Listing listing : offered) {
      if (used.contains(listing.listingId()) || !entry.releaseIds().contains(listing.releaseId())
          || !matcher.matches(listing, entry.criteria(), references.of(listing.releaseId(), entry.currency()))) {
        continue;
      }
      Optional<Money> price = rates.convert(listing.price(), currency);
      if (price.isPresent() && (best == null || price.get().compareTo(best.price()) < 0)) {
        best = new Bundle.Item(entry.id(), entry.title(), listing, price.get());
      }
    }
    return Optional.ofNullable(best);
  }

  private static String shipsFrom(List<Bundle.Item> items) {
    Map<String, Integer> counts = new HashMap<>();
    String common = null;
    for (Bundle.Item item : items) {
      String country = item.listing().shipsFrom();
      if (country != null) {
        int count = counts.merge(country, 1, Integer::sum);
        if (common == null || count > counts.get(common)) {
          common = country;
        }
      }
    }
    return common;
  }

  private static Money total(List<Bundle.Item> items, Currency currency) {
    Money total = new Money(BigDecimal.ZERO, currency);
    for (Bundle.Item item : items) {
      total = total.plus(item.price());
    }
    return total;
  }
}
