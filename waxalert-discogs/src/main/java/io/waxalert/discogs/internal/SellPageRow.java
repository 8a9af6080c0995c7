package io.waxalert.discogs.internal;

import io.waxalert.core.Nullable;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.Seller;
import io.waxalert.core.model.SleeveCondition;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * One {@code tr.shortcut_navigable} of a sell page as a {@link Listing}. Throws
 * {@link IllegalArgumentException} when a field a listing needs (id, price, media grade, seller) is
 * missing; fields it can do without (rating, ships-from, shipping) are left unknown instead.
 */
final class SellPageRow {

  private static final Pattern ITEM_HREF = Pattern.compile("/sell/item/(\\d+)");
  private static final Pattern DIGITS = Pattern.compile("(\\d[\\d,.]*)");
  private static final Pattern UNAVAILABLE = Pattern.compile("(?i)^\\s*unavailable in\\s+(.+?)\\s*\\.?\\s*$");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private SellPageRow() {}

  static Listing parse(Element row, long requestedRelease, String webBaseUrl) {
    long listingId = listingId(row);
    Money price = price(row, listingId);
    return new Listing(listingId, releaseId(row, requestedRelease), price, shipping(row, price.currency()),
        mediaCondition(row), sleeveCondition(row), seller(row), shipsFrom(row), null,
        webBaseUrl + "/sell/item/" + listingId, unavailableIn(row));
  }

  private static long listingId(Element row) {
    Element title = row.selectFirst("a.item_description_title[href]");
    if (title != null) {
      Matcher m = ITEM_HREF.matcher(title.attr("href"));
      if (m.find()) {
        return Long.parseLong(m.group(1));
      }
    }
    Element button = row.selectFirst("[data-item-id]");
    if (button != null && button.attr("data-item-id").matches("\\d{1,18}")) {
      return Long.parseLong(button.attr("data-item-id"));
    }
    throw new IllegalArgumentException("row without listing id");
  }

  private static long releaseId(Element row, long requested) {
    String id = row.attr("data-release-id");
    return id.matches("\\d{1,18}") && Long.parseLong(id) > 0 ? Long.parseLong(id) : requested;
  }

  /** The machine-readable attributes where they are and can be read, else the shown text. */
  private static Money price(Element row, long listingId) {
    Element element = first(row, "td.item_price span.price", "span.price");
    if (element == null) {
      throw new IllegalArgumentException("row of listing " + listingId + " has no price");
    }
    try {
      BigDecimal amount = new BigDecimal(element.attr("data-pricevalue").trim());
      if (!Dtos.plausibleAmount(amount)) {
        throw new IllegalArgumentException("impossible amount " + element.attr("data-pricevalue"));
      }
      return new Money(amount, Currency.parse(element.attr("data-currency")));
    } catch (IllegalArgumentException attributesMissingOrUnreadable) {
      return PriceText.parse(element.ownText()).or(() -> PriceText.parse(element.text()))
          .orElseThrow(() -> new IllegalArgumentException(
              "row of listing " + listingId + " has an unreadable price '" + element.text() + "'"));
    }
  }

  /**
   * In its own currency as shown ("+€14.00" next to a dollar price stays euros); "+no extra
   * shipping" is free, in the item's currency; an amount without symbol is in the item's currency;
   * anything else (only a "shipping" button) is unknown.
   */
  static @Nullable Money shipping(Element row, Currency itemCurrency) {
    Element element = first(row, "td.item_price span.item_shipping", "span.item_shipping");
    if (element == null) {
      return null;
    }
    String text = element.ownText().trim();
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("no extra shipping") || lower.contains("free shipping")) {
      return new Money(BigDecimal.ZERO, itemCurrency);
    }
    return text.startsWith("+") ? PriceText.parse(text, itemCurrency).orElse(null) : null;
  }

  private static MediaCondition mediaCondition(Element row) {
    Element p = row.selectFirst("p.item_condition");
    if (p == null) {
      throw new IllegalArgumentException("row without media condition");
    }
    for (Element span : p.children()) {
      if (span.tagName().equals("span") && !span.hasClass("mplabel") && !span.hasClass("item_sleeve_condition")) {
        return MediaCondition.parse(span.ownText());
      }
    }
    for (MediaCondition c : MediaCondition.values()) {
      if (p.text().contains(c.discogsName())) {
        return c;
      }
    }
    throw new IllegalArgumentException("row with unreadable media condition: " + p.text());
  }

  private static SleeveCondition sleeveCondition(Element row) {
    Element sleeve = row.selectFirst("span.item_sleeve_condition");
    return sleeve == null || sleeve.text().isBlank() ? SleeveCondition.NOT_GRADED : SleeveCondition.parse(sleeve.text());
  }

  private static Seller seller(Element row) {
    Element info = row.selectFirst("td.seller_info");
    Element link = info == null ? null : info.selectFirst(".seller_block strong a");
    String name = link == null ? "" : link.text().trim();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("row without seller name");
    }
    BigDecimal rating = null;
    for (Element strong : info.select("strong")) {
      String text = strong.text().trim();
      if (text.endsWith("%")) {
        rating = percentage(text.substring(0, text.length() - 1).trim());
      }
    }
    Integer count = null;
    Element feedback = info.selectFirst("a[href*=/sell/seller_feedback/]");
    if (feedback != null) {
      Matcher m = DIGITS.matcher(feedback.text());
      if (m.find() && m.group(1).replaceAll("[,.]", "").length() < 10) {
        count = Integer.parseInt(m.group(1).replaceAll("[,.]", ""));
      }
    }
    return new Seller(name, rating, count);
  }

  private static @Nullable BigDecimal percentage(String text) {
    try {
      BigDecimal value = new BigDecimal(text.replace(',', '.'));
      return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable String shipsFrom(Element row) {
    for (Element label : row.select("td.seller_info span.mplabel")) {
      if (label.text().trim().startsWith("Ships From")) {
        Element li = label.parent();
        String country = li == null ? "" : li.ownText().trim();
        return country.isEmpty() ? null : country;
      }
    }
    return null;
  }

  /**
   * The hidden "Unavailable in Germany" paragraph, which comes before the grades; the seller's
   * comment comes after them, so a comment that happens to say so is never taken for the note.
   */
  private static @Nullable String unavailableIn(Element row) {
    Element description = row.selectFirst("td.item_description");
    if (description == null) {
      return null;
    }
    for (Element p : description.select("p")) {
      if (p.hasClass("item_condition")) {
        return null;
      }
      Matcher m = UNAVAILABLE.matcher(p.text());
      if (m.matches()) {
        return m.group(1);
      }
    }
    return null;
  }

  private static @Nullable Element first(Element row, String... selectors) {
    for (String selector : selectors) {
      Element e = row.selectFirst(selector);
      if (e != null) {
        return e;
      }
    }
    return null;
  }
}
