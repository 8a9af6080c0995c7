package io.waxalert.discogs.internal;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.Seller;
import io.waxalert.core.model.SleeveCondition;
import io.waxalert.core.spi.ListingSourceException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the listings of {@code /sell/release/{id}} (markup as of May 2026). A challenge page, a page
 * that is not a sell page, or rows that can no longer be read all throw: a blocked check must
 * never look like "nothing for sale". Stateless and thread-safe.
 */
public final class SellPageParser {

  private static final Logger LOG = LoggerFactory.getLogger(SellPageParser.class);
  private static final Pattern ITEM_HREF = Pattern.compile("/sell/item/(\\d+)");
  private static final Pattern AMOUNT = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)");
  private static final Pattern TOTAL = Pattern.compile("of\\s+([\\d,]+)");
  private static final Pattern DIGITS = Pattern.compile("([\\d,]+)");

  private final URI webBaseUrl;

  public SellPageParser(URI webBaseUrl) {
    this.webBaseUrl = webBaseUrl;
  }

  public List<Listing> parse(String html, long releaseId) {
    if (isChallenge(html)) {
      throw new ListingSourceException("Discogs answered the sell page of release " + releaseId
          + " with a Cloudflare challenge; no listings could be read");
    }
    Document doc = Jsoup.parse(html, webBaseUrl.toString());
    if (!isSellPage(doc)) {
      throw new ListingSourceException("the answer for the sell page of release " + releaseId
          + " is not a Discogs sell page (blocked or changed markup): title '" + doc.title() + "'");
    }
    Elements rows = doc.select("table.mpitems tr.shortcut_navigable");
    Integer total = paginationTotal(doc);
    if (rows.isEmpty()) {
      if (total != null && total > 0) {
        throw new ListingSourceException("the sell page of release " + releaseId + " says " + total
            + " items are for sale but shows no listing rows (changed markup?)");
      }
      return List.of();
    }
    List<Listing> listings = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Element row : rows) {
      try {
        listings.add(row(row, releaseId));
      } catch (RuntimeException e) {
        problems.add(e.getMessage());
      }
    }
    if (listings.isEmpty()) {
      throw new ListingSourceException("none of the " + rows.size() + " rows of the sell page of release "
          + releaseId + " could be read (changed markup?): " + problems.get(0));
    }
    if (!problems.isEmpty()) {
      LOG.warn("skipped {} unreadable rows on the sell page of release {}: {}", problems.size(), releaseId, problems);
    }
    return listings;
  }

  static boolean isChallenge(String html) {
    return html.contains("_cf_chl_") || html.contains("<title>Just a moment...</title>")
        || html.contains("<title>Attention Required! | Cloudflare</title>");
  }

  private static boolean isSellPage(Document doc) {
    Element canonical = doc.selectFirst("link[rel=canonical]");
    boolean canonicalSellPage = canonical != null && canonical.attr("href").contains("/sell/release/");
    return canonicalSellPage || doc.getElementById("pjax_container") != null;
  }

  private static Integer paginationTotal(Document doc) {
    Element total = doc.selectFirst("strong.pagination_total");
    if (total == null) {
      return null;
    }
    Matcher m = TOTAL.matcher(total.text());
    return m.find() ? Integer.parseInt(m.group(1).replace(",", "")) : null;
  }

  private Listing row(Element row, long releaseId) {
    long listingId = listingId(row);
    Element priceElement = first(row, "td.item_price span.price[data-pricevalue]", "span.price[data-pricevalue]");
    if (priceElement == null) {
      throw new IllegalArgumentException("row of listing " + listingId + " has no price");
    }
    Currency currency = Currency.parse(priceElement.attr("data-currency"));
    Money price = new Money(new BigDecimal(priceElement.attr("data-pricevalue").trim()), currency);
    Element shippingElement = first(row, "td.item_price span.item_shipping", "span.item_shipping");
    return new Listing(listingId, rowReleaseId(row, releaseId), price, shipping(shippingElement, currency),
        mediaCondition(row), sleeveCondition(row), seller(row), shipsFrom(row), null,
        webBaseUrl + "/sell/item/" + listingId);
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
    if (button != null && button.attr("data-item-id").matches("\\d+")) {
      return Long.parseLong(button.attr("data-item-id"));
    }
    throw new IllegalArgumentException("row without listing id");
  }

  private static long rowReleaseId(Element row, long requested) {
    String id = row.attr("data-release-id");
    return id.matches("\\d+") ? Long.parseLong(id) : requested;
  }

  /** "+no extra shipping" is free; "+€14.00" is in the item's currency; anything else is unknown. */
  static Money shipping(Element element, Currency currency) {
    if (element == null) {
      return null;
    }
    String text = element.ownText().trim();
    if (text.toLowerCase().contains("no extra shipping")) {
      return new Money(BigDecimal.ZERO, currency);
    }
    Matcher m = AMOUNT.matcher(text);
    if (text.startsWith("+") && m.find()) {
      return new Money(new BigDecimal(m.group(1).replace(",", "")), currency);
    }
    return null;
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
    if (info == null) {
      throw new IllegalArgumentException("row without seller");
    }
    Element link = info.selectFirst(".seller_block strong a");
    String name = link == null ? "" : link.text().trim();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("row without seller name");
    }
    BigDecimal rating = null;
    for (Element strong : info.select("strong")) {
      String text = strong.text().trim();
      if (text.endsWith("%")) {
        rating = new BigDecimal(text.substring(0, text.length() - 1).trim());
      }
    }
    Integer count = null;
    Element feedback = info.selectFirst("a[href*=/sell/seller_feedback/]");
    if (feedback != null) {
      Matcher m = DIGITS.matcher(feedback.text());
      if (m.find()) {
        count = Integer.parseInt(m.group(1).replace(",", ""));
      }
    }
    return new Seller(name, rating, count);
  }

  private static String shipsFrom(Element row) {
    for (Element label : row.select("td.seller_info span.mplabel")) {
      if (label.text().trim().startsWith("Ships From")) {
        Element li = label.parent();
        String country = li == null ? "" : li.ownText().trim();
        return country.isEmpty() ? null : country;
      }
    }
    return null;
  }

  private static Element first(Element row, String... selectors) {
    for (String selector : selectors) {
      Element e = row.selectFirst(selector);
      if (e != null) {
        return e;
      }
    }
    return null;
  }
}
