package io.waxalert.app.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sellers' inventories on {@link FakeDiscogs}, paged as Discogs pages them (100 to a page, newest
 * first, {@code GET /users/{seller}/inventory?sort=listed&sort_order=desc&page=n}), in Discogs'
 * 2025 listing shape. A shop changes between checks with {@link #list}: new listings on top, sold
 * ones gone. Counts the inventory requests each seller got.
 */
public final class FakeInventories {

  /** One listing of the shop. */
  public record Item(long listingId, long releaseId, String price, String currency, String condition,
      String shipsFrom) {
    public static Item of(long listingId, long releaseId, String price) {
      return new Item(listingId, releaseId, price, "EUR", "Near Mint (NM or M-)", "Germany");
    }

    public Item grade(String discogsCondition) {
      return new Item(listingId, releaseId, price, currency, discogsCondition, shipsFrom);
    }
  }

  private static final int PER_PAGE = 100;

  private FakeInventories() {}

  /** The shop's inventory now, newest first (an empty list is a shop with nothing for sale). */
  public static void list(String seller, List<Item> newestFirst) {
    int pages = Math.max(1, (newestFirst.size() + PER_PAGE - 1) / PER_PAGE);
    for (int page = 1; page <= pages + 1; page++) {
      String path = "/users/" + seller + "/inventory";
      if (page > pages) {
        FakeDiscogs.server().stubFor(get(urlPathEqualTo(path)).withQueryParam("page", equalTo(String.valueOf(page)))
            .willReturn(json(404, "{\"message\": \"Page not found.\"}")));
        continue;
      }
      int from = (page - 1) * PER_PAGE;
      List<Item> items = newestFirst.subList(Math.min(from, newestFirst.size()),
          Math.min(from + PER_PAGE, newestFirst.size()));
      FakeDiscogs.server().stubFor(get(urlPathEqualTo(path)).withQueryParam("page", equalTo(String.valueOf(page)))
          .willReturn(json(200, page(seller, page, pages, newestFirst.size(), items))));
    }
  }

  /** A username Discogs does not know. */
  public static void unknown(String seller) {
    FakeDiscogs.server().stubFor(get(urlPathEqualTo("/users/" + seller + "/inventory"))
        .willReturn(json(404, "{\"message\": \"User does not exist or may have been deleted.\"}")));
  }

  /** Inventory requests the seller got so far. */
  public static int requests(String seller) {
    return FakeDiscogs.server().findAll(getRequestedFor(urlPathEqualTo("/users/" + seller + "/inventory"))).size();
  }

  /** {@code count} listings of releases nobody wants, ids from {@code firstId} down. */
  public static List<Item> filler(long firstId, int count) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(Item.of(firstId - i, 7_000_000 + i, "5.00"));
    }
    return items;
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withHeader("X-Discogs-Ratelimit", "60").withHeader("X-Discogs-Ratelimit-Remaining", "55").withBody(body);
  }

  private static String page(String seller, int page, int pages, int items, List<Item> listings) {
    StringBuilder json = new StringBuilder();
    json.append("{\"pagination\": {\"page\": ").append(page).append(", \"pages\": ").append(pages)
        .append(", \"per_page\": ").append(PER_PAGE).append(", \"items\": ").append(items)
        .append(", \"urls\": {}}, \"listings\": [");
    for (int i = 0; i < listings.size(); i++) {
      json.append(i == 0 ? "" : ", ").append(listing(seller, listings.get(i)));
    }
    return json.append("]}").toString();
  }

  private static String listing(String seller, Item item) {
    String id = String.valueOf(item.listingId());
    return ("{'id': " + id + ", 'resource_url': 'https://api.discogs.com/marketplace/listings/" + id + "',"
        + " 'uri': 'https://www.discogs.com/sell/item/" + id + "', 'status': 'For Sale',"
        + " 'condition': '" + item.condition() + "', 'sleeve_condition': 'Near Mint (NM or M-)', 'comments': '',"
        + " 'ships_from': '" + item.shipsFrom() + "', 'posted': '2026-11-03T09:15:00-08:00', 'allow_offers': true,"
        + " 'price': {'value': " + item.price() + ", 'currency': '" + item.currency() + "'},"
        + " 'shipping_price': {'value': 6.5, 'currency': '" + item.currency() + "'},"
        + " 'seller': {'id': 4242, 'username': '" + seller + "', 'stats': {'rating': '99.7', 'stars': 5.0,"
        + " 'total': 1843}, 'resource_url': 'https://api.discogs.com/users/" + seller.toLowerCase(Locale.ROOT) + "'},"
        + " 'release': {'description': 'Example Band - Night Shift (LP)', 'artist': 'Example Band',"
        + " 'format': 'LP', 'resource_url': 'https://api.discogs.com/releases/" + item.releaseId() + "',"
        + " 'title': 'Night Shift', 'year': 1989, 'id': " + item.releaseId() + ", 'catalog_number': 'EX-001'}}")
        .replace('\'', '"');
  }
}
