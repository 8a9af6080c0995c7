package io.waxalert.discogs.internal;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.model.ReleaseInfo;
import io.waxalert.core.model.Seller;
import io.waxalert.core.model.SleeveCondition;
import io.waxalert.discogs.Identity;
import io.waxalert.discogs.MasterInfo;
import io.waxalert.discogs.MasterVersion;
import io.waxalert.discogs.SearchResult;
import io.waxalert.discogs.UserProfile;
import io.waxalert.discogs.WantlistItem;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Maps Discogs DTOs to core records and the client's own records. Stateless. */
public final class DtoMapper {

  /** Discogs' timestamps are US Pacific; the 2014 shape left the offset out. */
  private static final ZoneId DISCOGS_ZONE = ZoneId.of("America/Los_Angeles");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final URI webBaseUrl;

  public DtoMapper(URI webBaseUrl) {
    this.webBaseUrl = webBaseUrl;
  }

  public ReleaseInfo release(ReleaseDto dto) {
    return new ReleaseInfo(dto.id(), text(dto.title(), "(untitled)"), artists(dto.artists()), year(dto.year()),
        formats(dto.formats()), cover(dto.images(), dto.thumb()),
        dto.masterId() == null || dto.masterId() <= 0 ? null : dto.masterId());
  }

  public MasterInfo master(MasterDto dto) {
    Long main = dto.mainRelease() == null || dto.mainRelease() <= 0 ? null : dto.mainRelease();
    return new MasterInfo(dto.id(), text(dto.title(), "(untitled)"), artists(dto.artists()), year(dto.year()), main,
        cover(dto.images(), null));
  }

  public MasterVersion version(VersionDto dto) {
    return new MasterVersion(dto.id(), text(dto.title(), "(untitled)"), blankToNull(dto.format()), dto.majorFormats(),
        blankToNull(dto.label()), blankToNull(dto.country()), blankToNull(dto.released()), blankToNull(dto.catno()));
  }

  public MarketStats stats(long releaseId, StatsDto dto) {
    Money lowest = money(dto.lowestPrice());
    Integer count = dto.numForSale();
    return new MarketStats(releaseId, lowest, count, Boolean.TRUE.equals(dto.blockedFromSale()));
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
    if (dto.release() == null) {
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

  public WantlistItem want(WantDto dto) {
    BasicInformationDto info = dto.basicInformation();
    if (info == null) {
      ReleaseInfo bare = new ReleaseInfo(dto.id(), "(release " + dto.id() + ")", List.of(), null, List.of(), null,
          null);
      return new WantlistItem(bare, null, List.of(), text(dto.notes(), ""), instant(dto.dateAdded()));
    }
    Long master = info.masterId() == null || info.masterId() <= 0 ? null : info.masterId();
    ReleaseInfo release = new ReleaseInfo(dto.id(), text(info.title(), "(untitled)"), artists(info.artists()),
        year(info.year()), formats(info.formats()), firstNonBlank(info.coverImage(), info.thumb()), master);
    List<String> labels = info.labels().stream()
        .map(l -> blankToNull(l.catno()) == null ? text(l.name(), "") : text(l.name(), "") + " – " + l.catno())
        .filter(s -> !s.isBlank())
        .collect(Collectors.toList());
    return new WantlistItem(release, master, labels, text(dto.notes(), ""), instant(dto.dateAdded()));
  }

  public Identity identity(IdentityDto dto) {
    return new Identity(dto.id(), dto.username(), blankToNull(dto.consumerName()));
  }

  public UserProfile user(UserDto dto) {
    Currency currency = null;
    if (dto.currAbbr() != null) {
      try {
        currency = Currency.parse(dto.currAbbr());
      } catch (IllegalArgumentException ignored) {
        // leave unknown currencies unset rather than failing the profile
      }
    }
    return new UserProfile(dto.id(), dto.username(), blankToNull(dto.name()), blankToNull(dto.email()), currency,
        dto.numForSale(), dto.numWantlist(), dto.sellerRating());
  }

  public SearchResult searchResult(SearchResultDto dto) {
    Integer year = null;
    if (dto.year() != null && dto.year().matches("\\d{4}")) {
      year = year(Integer.parseInt(dto.year()));
    }
    Long master = dto.masterId() == null || dto.masterId() <= 0 ? null : dto.masterId();
    return new SearchResult(dto.id(), text(dto.title(), "(untitled)"), year, dto.format(), dto.label(),
        blankToNull(dto.country()), blankToNull(dto.catno()), master, blankToNull(dto.thumb()));
  }

  public String listingUrl(long listingId) {
    return webBaseUrl + "/sell/item/" + listingId;
  }

  static Money money(PriceDto price) {
    if (price == null || !price.isPresent() || price.value().signum() < 0) {
      return null;
    }
    return new Money(price.value(), Currency.parse(price.currency()));
  }

  static SleeveCondition sleeve(String text) {
    return text == null || text.isBlank() ? SleeveCondition.NOT_GRADED : SleeveCondition.parse(text);
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

  static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text).atZone(DISCOGS_ZONE).toInstant();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  static List<String> artists(List<ArtistDto> artists) {
    List<String> names = new ArrayList<>();
    for (ArtistDto a : artists) {
      String name = blankToNull(a.name());
      if (name != null) {
        names.add(name.replaceAll("\\s\\(\\d+\\)$", "")); // Discogs numbers namesakes: "Nirvana (2)"
      }
    }
    return names;
  }

  static List<String> formats(List<FormatDto> formats) {
    List<String> lines = new ArrayList<>();
    for (FormatDto f : formats) {
      String name = text(f.name(), "");
      String qty = blankToNull(f.qty());
      StringBuilder line = new StringBuilder();
      if (qty != null && !qty.equals("1")) {
        line.append(qty).append('×');
      }
      line.append(name);
      if (!f.descriptions().isEmpty()) {
        line.append(" (").append(String.join(", ", f.descriptions())).append(')');
      }
      if (!line.toString().isBlank()) {
        lines.add(line.toString());
      }
    }
    return lines;
  }

  static String cover(List<ImageDto> images, String thumb) {
    for (ImageDto image : images) {
      if ("primary".equals(image.type()) && blankToNull(image.uri()) != null) {
        return image.uri();
      }
    }
    for (ImageDto image : images) {
      if (blankToNull(image.uri()) != null) {
        return image.uri();
      }
    }
    return blankToNull(thumb);
  }

  static Integer year(Integer year) {
    return year == null || year <= 0 ? null : year;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String firstNonBlank(String a, String b) {
    return blankToNull(a) != null ? a : blankToNull(b);
  }

  private static String text(String s, String fallback) {
    return s == null || s.isBlank() ? fallback : s;
  }
}
