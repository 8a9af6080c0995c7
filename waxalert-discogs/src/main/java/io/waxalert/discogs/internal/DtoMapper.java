package io.waxalert.discogs.internal;

import static io.waxalert.discogs.internal.Dtos.artists;
import static io.waxalert.discogs.internal.Dtos.blankToNull;
import static io.waxalert.discogs.internal.Dtos.formats;
import static io.waxalert.discogs.internal.Dtos.id;
import static io.waxalert.discogs.internal.Dtos.instant;
import static io.waxalert.discogs.internal.Dtos.positiveOrNull;
import static io.waxalert.discogs.internal.Dtos.present;
import static io.waxalert.discogs.internal.Dtos.required;
import static io.waxalert.discogs.internal.Dtos.text;
import static io.waxalert.discogs.internal.Dtos.year;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.model.ReleaseInfo;
import io.waxalert.core.model.Seller;
import io.waxalert.core.model.SleeveCondition;
import io.waxalert.core.sellers.InventoryPage;
import io.waxalert.discogs.Identity;
import io.waxalert.discogs.MasterInfo;
import io.waxalert.discogs.MasterVersion;
import io.waxalert.discogs.SearchResult;
import io.waxalert.discogs.UserProfile;
import io.waxalert.discogs.WantlistItem;
import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps Discogs DTOs to core records and the client's own records. What a call is about (an id, a
 * listing's price, the lowest price of a market with copies for sale) must be there, or it throws
 * {@link IllegalArgumentException}; anything else that is missing or unreadable is left out. Stateless.
 */
public final class DtoMapper {

  private static final Logger LOG = LoggerFactory.getLogger(DtoMapper.class);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final URI webBaseUrl;
  private final WebUrls urls;

  public DtoMapper(URI webBaseUrl) {
    this.webBaseUrl = webBaseUrl;
    this.urls = new WebUrls(webBaseUrl);
  }

  public ReleaseInfo release(ReleaseDto dto) {
    return new ReleaseInfo(id(present(dto, "release").id(), "release"), text(dto.title(), "(untitled)"),
        artists(dto.artists()), year(dto.year()), formats(dto.formats()), cover(dto.images(), dto.thumb()),
        positiveOrNull(dto.masterId()), catalogNumbers(dto.labels()));
  }

  /** Each label's catalogue number once, in Discogs' order; Discogs writes "none" for a release without one. */
  private static List<String> catalogNumbers(List<LabelDto> labels) {
    return labels.stream().map(l -> blankToNull(l.catno())).filter(c -> c != null && !c.equalsIgnoreCase("none"))
        .distinct().toList();
  }

  public MasterInfo master(MasterDto dto) {
    return new MasterInfo(id(present(dto, "master").id(), "master"), text(dto.title(), "(untitled)"),
        artists(dto.artists()), year(dto.year()), positiveOrNull(dto.mainRelease()), cover(dto.images(), null));
  }

  public MasterVersion version(VersionDto dto) {
    return new MasterVersion(id(dto.id(), "version"), text(dto.title(), "(untitled)"), blankToNull(dto.format()),
        dto.majorFormats(), blankToNull(dto.label()), blankToNull(dto.country()), blankToNull(dto.released()),
        blankToNull(dto.catno()));
  }

  /**
   * The market aggregate. A lowest price that cannot be read while copies are for sale fails: a
   * check that could not be made must not look like "nothing for sale".
   */
  public MarketStats stats(long releaseId, StatsDto dto) {
    present(dto, "market stats");
    boolean blocked = Boolean.TRUE.equals(dto.blockedFromSale());
    Money lowest = money(dto.lowestPrice());
    Integer count = dto.numForSale() == null || dto.numForSale() < 0 ? null : dto.numForSale();
    if (lowest == null && dto.lowestPrice() != null && dto.lowestPrice().isGiven()) {
      throw new IllegalArgumentException("the lowest price " + dto.lowestPrice() + " cannot be read");
    }
    if (lowest == null && !blocked && count != null && count > 0) {
      throw new IllegalArgumentException(count + " copies are for sale but the lowest price is missing");
    }
    return new MarketStats(releaseId, lowest, count, blocked);
  }

  /** Price suggestions per grade; unknown grade keys are skipped, {@code {}} gives none. */
  public ReferencePrices priceSuggestions(Map<String, PriceDto> dto) {
    if (dto == null || dto.isEmpty()) {
      return ReferencePrices.none();
    }
    Map<MediaCondition, Money> byCondition = new EnumMap<>(MediaCondition.class);
    dto.forEach((grade, price) -> {
      Money money = money(price);
      if (money != null) {
        try {
          byCondition.put(MediaCondition.parse(grade), money);
        } catch (IllegalArgumentException ignored) {
          // a grade Discogs adds later is no reason to lose the others
        }
      }
    });
    return byCondition.isEmpty() ? ReferencePrices.none() : new ReferencePrices(byCondition, null);
  }

  /**
   * A listing as a core {@link Listing}.
   *
   * @throws IllegalArgumentException when a required field is missing or not understood
   */
  public Listing listing(ListingDto dto) {
    id(present(dto, "listing").id(), "listing");
    if (dto.release() == null || dto.release().id() <= 0) {
      throw new IllegalArgumentException("listing " + dto.id() + " names no release");
    }
    Money price = money(dto.price());
    if (price == null) {
      throw new IllegalArgumentException("listing " + dto.id() + " has no price");
    }
    return new Listing(dto.id(), dto.release().id(), price, money(dto.shippingPrice()),
        MediaCondition.parse(dto.condition()), sleeve(dto.sleeveCondition()), seller(dto.seller()),
        blankToNull(dto.shipsFrom()), instant(dto.posted()), listingUrl(dto.id()));
  }

  /**
   * A page of an inventory as the core's {@link InventoryPage}: positions counted in Discogs' page
   * size; a missing pagination reads as a single page of what came.
   *
   * @throws IllegalArgumentException when Discogs answered another page than the one asked for
   */
  public InventoryPage inventoryPage(String seller, int asked, int perPage, PageDto<Listing> page) {
    PaginationDto pagination = page.pagination();
    if (pagination == null) {
      return new InventoryPage(seller, asked, asked, (asked - 1) * perPage + page.entryCount(), perPage, page.items());
    }
    if (pagination.page() > 0 && pagination.page() != asked) {
      throw new IllegalArgumentException("page " + pagination.page() + " came for page " + asked);
    }
    int size = pagination.perPage() != null && pagination.perPage() > 0 ? pagination.perPage() : perPage;
    int items = pagination.items() != null && pagination.items() >= 0 ? pagination.items()
        : (asked - 1) * size + page.entryCount();
    return new InventoryPage(seller, asked, Math.max(pagination.pages(), 0), items, size, page.items());
  }

  public WantlistItem want(WantDto dto) {
    id(dto.id(), "want");
    BasicInformationDto info = dto.basicInformation();
    if (info == null) {
      ReleaseInfo bare = new ReleaseInfo(dto.id(), "(release " + dto.id() + ")", List.of(), null, List.of(), null,
          null);
      return new WantlistItem(bare, null, List.of(), text(dto.notes(), ""), instant(dto.dateAdded()));
    }
    Long master = positiveOrNull(info.masterId());
    String cover = urls.absolute(info.coverImage());
    ReleaseInfo release = new ReleaseInfo(dto.id(), text(info.title(), "(untitled)"), artists(info.artists()),
        year(info.year()), formats(info.formats()), cover != null ? cover : urls.absolute(info.thumb()), master,
        catalogNumbers(info.labels()));
    List<String> labels = info.labels().stream()
        .map(l -> blankToNull(l.catno()) == null ? text(l.name(), "") : text(l.name(), "") + " – " + l.catno())
        .filter(s -> !s.isBlank())
        .collect(Collectors.toList());
    return new WantlistItem(release, master, labels, text(dto.notes(), ""), instant(dto.dateAdded()));
  }

  public Identity identity(IdentityDto dto) {
    return new Identity(present(dto, "identity").id(), required(dto.username(), "username"),
        blankToNull(dto.consumerName()));
  }

  public UserProfile user(UserDto dto) {
    required(present(dto, "profile").username(), "username");
    Currency currency = null;
    if (dto.currAbbr() != null) {
      try {
        currency = Currency.parse(dto.currAbbr());
      } catch (IllegalArgumentException ignored) {
        // leave unknown currencies unset rather than failing the profile
      }
    }
    BigDecimal rating = dto.sellerRating() != null && dto.sellerRating().signum() >= 0
        && dto.sellerRating().compareTo(HUNDRED) <= 0 ? dto.sellerRating() : null;
    return new UserProfile(dto.id(), dto.username(), blankToNull(dto.name()), blankToNull(dto.email()), currency,
        dto.numForSale(), dto.numWantlist(), rating, blankToNull(dto.location()));
  }

  public SearchResult searchResult(SearchResultDto dto) {
    Integer year = null;
    if (dto.year() != null && dto.year().strip().matches("\\d{4}")) {
      year = year(Integer.parseInt(dto.year().strip()));
    }
    return new SearchResult(id(dto.id(), "search result"), text(dto.title(), "(untitled)"), year, dto.format(),
        dto.label(), blankToNull(dto.country()), blankToNull(dto.catno()), positiveOrNull(dto.masterId()),
        urls.absolute(dto.thumb()));
  }

  public String listingUrl(long listingId) {
    return webBaseUrl + "/sell/item/" + listingId;
  }

  /** Null for none ({@code {}}), and for a negative amount or a currency Discogs does not trade in. */
  static Money money(PriceDto price) {
    if (price == null || !price.isPresent()) {
      return null;
    }
    if (price.value().signum() < 0 || !Dtos.plausibleAmount(price.value())) {
      LOG.debug("dropped an impossible price {}", price);
      return null;
    }
    try {
      return new Money(price.value(), Currency.parse(price.currency()));
    } catch (IllegalArgumentException e) {
      LOG.debug("dropped a price in an unknown currency: {}", price);
      return null;
    }
  }

  /** An unreadable sleeve grade is no reason to lose the listing: it is treated as not graded. */
  static SleeveCondition sleeve(String text) {
    if (text == null || text.isBlank()) {
      return SleeveCondition.NOT_GRADED;
    }
    try {
      return SleeveCondition.parse(text);
    } catch (IllegalArgumentException e) {
      LOG.debug("read the unknown sleeve grade '{}' as not graded", text);
      return SleeveCondition.NOT_GRADED;
    }
  }

  static Seller seller(SellerDto dto) {
    if (dto == null || dto.username() == null || dto.username().isBlank()) {
      throw new IllegalArgumentException("listing has no seller");
    }
    BigDecimal rating = null;
    Integer total = null;
    if (dto.stats() != null) {
      BigDecimal r = dto.stats().rating();
      rating = r != null && r.signum() >= 0 && r.compareTo(HUNDRED) <= 0 ? r : null;
      Integer t = dto.stats().total();
      total = t != null && t >= 0 ? t : null;
      if (total != null && total == 0) {
        rating = null; // a seller without feedback shows "0.0", which is no rating
      }
    }
    return new Seller(dto.username(), rating, total);
  }

  /** The primary image, else the first, else the thumbnail; absolute on the Discogs site. */
  String cover(List<ImageDto> images, String thumb) {
    for (ImageDto image : images) {
      String uri = urls.absolute(image.uri());
      if ("primary".equals(image.type()) && uri != null) {
        return uri;
      }
    }
    for (ImageDto image : images) {
      String uri = urls.absolute(image.uri());
      if (uri != null) {
        return uri;
      }
    }
    return urls.absolute(thumb);
  }
}
