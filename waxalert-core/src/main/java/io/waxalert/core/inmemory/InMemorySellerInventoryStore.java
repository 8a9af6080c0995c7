package io.waxalert.core.inmemory;

import io.waxalert.core.model.Listing;
import io.waxalert.core.sellers.SellerInventoryStore;
import io.waxalert.core.sellers.SellerReadState;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A {@link SellerInventoryStore} in memory, for embedders without a database and for tests. Thread-safe. */
public final class InMemorySellerInventoryStore implements SellerInventoryStore {

  private record Known(Listing listing, Instant readAt) {}

  private final Map<String, SellerReadState> states = new HashMap<>();
  private final Map<String, Map<Long, Known>> listings = new HashMap<>();

  private static String key(String seller) {
    return seller.trim().toLowerCase(Locale.ROOT);
  }

  @Override
  public synchronized Optional<SellerReadState> state(String seller) {
    return Optional.ofNullable(states.get(key(seller)));
  }

  @Override
  public synchronized void saveState(SellerReadState state) {
    states.put(key(state.seller()), state);
  }

  @Override
  public synchronized Set<Long> record(String seller, List<Listing> read, Instant readAt) {
    Map<Long, Known> known = listings.computeIfAbsent(key(seller), k -> new HashMap<>());
    Set<Long> fresh = new HashSet<>();
    for (Listing listing : read) {
      if (known.put(listing.listingId(), new Known(listing, readAt)) == null) {
        fresh.add(listing.listingId());
      }
    }
    return Set.copyOf(fresh);
  }

  @Override
  public synchronized List<Listing> listings(String seller, Collection<Long> releaseIds) {
    Set<Long> wanted = Set.copyOf(releaseIds);
    return listings.getOrDefault(key(seller), Map.of()).values().stream()
        .map(Known::listing)
        .filter(listing -> wanted.contains(listing.releaseId()))
        .toList();
  }

  @Override
  public synchronized int removeReadBefore(String seller, Instant before) {
    Map<Long, Known> known = listings.getOrDefault(key(seller), new HashMap<>());
    int size = known.size();
    known.values().removeIf(k -> k.readAt().isBefore(before));
    return size - known.size();
  }

  @Override
  public synchronized long count(String seller) {
    return listings.getOrDefault(key(seller), Map.of()).size();
  }

  @Override
  public synchronized void forget(String seller) {
    states.remove(key(seller));
    listings.remove(key(seller));
  }
}
