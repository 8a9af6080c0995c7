package io.waxalert.app.sellers;

import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.Money;
import io.waxalert.core.sellers.Bundle;
import io.waxalert.core.sellers.Bundles;
import io.waxalert.core.sellers.SellerInventoryStore;
import io.waxalert.persistence.FollowedSellerStore;
import io.waxalert.persistence.UserAccount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The caller's bundles: sellers offering two or more of the caller's wanted releases in listings
 * that fit those entries (full criteria, the account's blocked sellers and country merged in),
 * from the current inventories of the sellers the caller follows and the sell-page listings read
 * within {@code market-max-age}. Per wanted release the cheapest fitting listing: a master entry
 * counts each of its releases (the core's {@link Bundles} is given one entry per release of it),
 * and two entries of one release (a release and a master counting it) are one want, so a bundle
 * holds two or more distinct releases. Costs no Discogs request.
 */
public final class BundleFinder {

  private final Function<String, List<WantedEntry>> entries;
  private final FollowedSellerStore follows;
  private final SellerInventoryStore inventories;
  private final RecentListings recent;
  private final ExchangeRates rates;

  public BundleFinder(Function<String, List<WantedEntry>> entries, FollowedSellerStore follows, SellerInventoryStore inventories,
      RecentListings recent, ExchangeRates rates) {
    this.entries = entries;
    this.follows = follows;
    this.inventories = inventories;
    this.recent = recent;
    this.rates = rates;
  }

  /** The account's bundles, most wants first, then the cheaper total. */
  public List<Bundle> of(UserAccount account) {
    List<WantedEntry> active = entries.apply(account.discogsUsername()).stream()
        .filter(WantedEntry::active).toList();
    Set<Long> releases = new LinkedHashSet<>();
    active.forEach(entry -> releases.addAll(entry.releaseIds()));
    if (releases.isEmpty()) {
      return List.of();
    }
    List<Listing> listings = new ArrayList<>();
    for (FollowedSellerStore.Followed followed : follows.sellersOf(account.id())) {
      listings.addAll(inventories.listings(followed.seller(), releases));
    }
    listings.addAll(recent.of(releases));
    Map<UUID, UUID> original = new HashMap<>();
    List<WantedEntry> perRelease = new ArrayList<>();
    for (WantedEntry entry : active) {
      for (long release : entry.releaseIds()) {
        WantedEntry one = entry.releaseIds().size() == 1 ? entry : new WantedEntry(UUID.randomUUID(),
            entry.ownerId(), entry.target(), List.of(release), entry.title(), entry.currency(), entry.criteria(),
            true, entry.lastCheck());
        original.put(one.id(), entry.id());
        perRelease.add(one);
      }
    }
    List<Bundle> bundles = new ArrayList<>();
    for (Bundle bundle : Bundles.of(listings, perRelease, rates, account.currency())) {
      onePerRelease(bundle, original).ifPresent(bundles::add);
    }
    bundles.sort(Comparator.comparing((Bundle b) -> b.items().size()).reversed()
        .thenComparing(Bundle::total).thenComparing(b -> b.seller().toLowerCase(Locale.ROOT)));
    return List.copyOf(bundles);
  }

  /**
   * The bundle with the cheapest item per release, named by the caller's own entry ids, if it
   * still holds two distinct releases.
   */
  private static Optional<Bundle> onePerRelease(Bundle bundle, Map<UUID, UUID> original) {
    Map<Long, Bundle.Item> byRelease = new LinkedHashMap<>();
    for (Bundle.Item item : bundle.items()) {
      Bundle.Item named = new Bundle.Item(original.get(item.entryId()), item.title(), item.listing(), item.price());
      byRelease.merge(item.listing().releaseId(), named, (a, b) -> b.price().compareTo(a.price()) < 0 ? b : a);
    }
    if (byRelease.size() < 2) {
      return Optional.empty();
    }
    List<Bundle.Item> items = List.copyOf(byRelease.values());
    Money total = new Money(BigDecimal.ZERO, bundle.total().currency());
    Map<String, Integer> origins = new HashMap<>();
    for (Bundle.Item item : items) {
      total = total.plus(item.price());
      if (item.listing().shipsFrom() != null) {
        origins.merge(item.listing().shipsFrom(), 1, Integer::sum);
      }
    }
    String shipsFrom = origins.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(null);
    return Optional.of(new Bundle(bundle.seller(), shipsFrom, items, total));
  }
}
