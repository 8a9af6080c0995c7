package io.waxalert.app.http;

import java.util.Map;

/**
 * What each request field is called in a sentence, so that an error says "The maximum price must be
 * greater than 0." instead of "max_price: must be greater than 0". The JSON error keeps the field's
 * key in {@code field} for programs and pages.
 */
final class FieldNames {

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("release", "the release"),
      Map.entry("format_filter", "the format"),
      Map.entry("max_price", "the maximum price"),
      Map.entry("max_price_currency", "the currency of the maximum price"),
      Map.entry("price_basis", "the price to compare"),
      Map.entry("unknown_shipping", "the choice for unknown shipping"),
      Map.entry("min_condition", "the minimum media condition"),
      Map.entry("min_sleeve_condition", "the minimum sleeve condition"),
      Map.entry("location_filter", "the list of countries to ship from"),
      Map.entry("location_exclude", "the list of countries never to ship from"),
      Map.entry("min_seller_rating", "the minimum seller rating"),
      Map.entry("min_seller_feedback", "the minimum number of seller ratings"),
      Map.entry("underpriced_percentage", "the underpriced percentage"),
      Map.entry("blocked_sellers", "the list of blocked sellers"),
      Map.entry("is_active", "paused or active"),
      Map.entry("paused", "the choice to import paused"),
      Map.entry("ids", "the list of entries"),
      Map.entry("action", "the action"),
      Map.entry("criteria", "the criteria"),
      Map.entry("email", "the e-mail address"),
      Map.entry("currency", "the currency"),
      Map.entry("country", "the country"),
      Map.entry("notify_mode", "the kind of alert mails"),
      Map.entry("webhook_url", "the webhook address"),
      Map.entry("telegram_chat_id", "the Telegram chat id"),
      Map.entry("token", "the Discogs token"),
      Map.entry("oauth_token", "the Discogs sign-in link"),
      Map.entry("oauth_verifier", "the Discogs sign-in link"),
      Map.entry("username", "the Discogs username"),
      Map.entry("q", "the search"),
      Map.entry("id", "the release number"),
      Map.entry("format", "the export format"),
      Map.entry("limit", "the page size (limit)"),
      Map.entry("offset", "the number of entries to skip (offset)"),
      Map.entry("order", "the order"),
      Map.entry("body", "the request"));

  private FieldNames() {}

  /** "The maximum price must be greater than 0." from {@code max_price} and "must be greater than 0". */
  static String sentence(String field, String rest) {
    String name = NAMES.getOrDefault(field, "this value");
    String text = Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + rest.trim();
    return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
  }
}
