package io.waxalert.app.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.micronaut.core.annotation.Nullable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The wanted list's answer ({@link WantedListController.Entries}) as JSON bytes, the very bytes the
 * framework's serializer writes for it ({@code EntriesJsonTest} compares them), written straight to
 * a Jackson generator with every field name quoted and encoded once. A 200-entry list writes 7,600
 * field names; encoding each again was about a third of the serializer's time, and the bean
 * introspection behind each value most of the rest.
 */
final class EntriesJson {

  private static final JsonFactory JSON = new JsonFactory();
  private static final SerializableString ENTRIES = name("entries");
  private static final SerializableString CHECKED_EVERY = name("checked_every_seconds");
  private static final SerializableString TOTAL = name("total");
  private static final SerializableString ID = name("id");
  private static final SerializableString RELEASE_ID = name("discogs_release_id");
  private static final SerializableString MASTER_ID = name("discogs_master_id");
  private static final SerializableString FORMAT_FILTER = name("format_filter");
  private static final SerializableString TITLE = name("title");
  private static final SerializableString RELEASE_TITLE = name("release_title");
  private static final SerializableString ARTIST = name("artist_name");
  private static final SerializableString YEAR = name("release_year");
  private static final SerializableString FORMAT = name("release_format");
  private static final SerializableString COVER = name("cover_image_url");
  private static final SerializableString CATALOG = name("catalog_number");
  private static final SerializableString CURRENCY = name("currency");
  private static final SerializableString MAX_PRICE = name("max_price");
  private static final SerializableString MAX_PRICE_CURRENCY = name("max_price_currency");
  private static final SerializableString PRICE_BASIS = name("price_basis");
  private static final SerializableString UNKNOWN_SHIPPING = name("unknown_shipping");
  private static final SerializableString MIN_CONDITION = name("min_condition");
  private static final SerializableString MIN_SLEEVE = name("min_sleeve_condition");
  private static final SerializableString LOCATION_FILTER = name("location_filter");
  private static final SerializableString LOCATION_EXCLUDE = name("location_exclude");
  private static final SerializableString MIN_RATING = name("min_seller_rating");
  private static final SerializableString MIN_FEEDBACK = name("min_seller_feedback");
  private static final SerializableString UNDERPRICED = name("underpriced_percentage");
  private static final SerializableString BLOCKED = name("blocked_sellers");
  private static final SerializableString ACTIVE = name("is_active");
  private static final SerializableString STATUS = name("status");
  private static final SerializableString LAST_CHECKED = name("last_checked");
  private static final SerializableString LOWEST_PRICE = name("lowest_price");
  private static final SerializableString FOR_SALE = name("num_for_sale");
  private static final SerializableString CHECK_MESSAGE = name("check_message");
  private static final SerializableString MARKET_FETCHED = name("market_fetched_at");
  private static final SerializableString LAST_ALERT = name("last_alert_at");
  private static final SerializableString CREATED = name("created_at");
  private static final SerializableString UPDATED = name("updated_at");
  private static final SerializableString STATUS_DETAIL = name("status_detail");
  private static final SerializableString NEXT_CHECK = name("next_check_at");
  private static final SerializableString VERSIONS_WATCHED = name("versions_watched");
  private static final SerializableString VERSIONS_TOTAL = name("versions_total");

  private EntriesJson() {}

  static byte[] of(WantedListController.Entries answer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + 1_100 * answer.entries().size());
    try (JsonGenerator json = JSON.createGenerator(bytes)) {
      json.writeStartObject();
      json.writeFieldName(ENTRIES);
      json.writeStartArray();
      for (EntryView entry : answer.entries()) {
        write(json, entry);
      }
      json.writeEndArray();
      if (answer.checkedEverySeconds() != null) {
        json.writeFieldName(CHECKED_EVERY);
        json.writeNumber(answer.checkedEverySeconds());
      }
      if (answer.total() != null) {
        json.writeFieldName(TOTAL);
        json.writeNumber(answer.total());
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  /** Every component of {@link EntryView} in its order, nulls included ({@code Include.ALWAYS}). */
  private static void write(JsonGenerator json, EntryView e) throws IOException {
    json.writeStartObject();
    text(json, ID, e.id());
    number(json, RELEASE_ID, e.discogsReleaseId());
    number(json, MASTER_ID, e.discogsMasterId());
    text(json, FORMAT_FILTER, e.formatFilter());
    text(json, TITLE, e.title());
    text(json, RELEASE_TITLE, e.releaseTitle());
    text(json, ARTIST, e.artistName());
    number(json, YEAR, e.releaseYear());
    text(json, FORMAT, e.releaseFormat());
    text(json, COVER, e.coverImageUrl());
    text(json, CATALOG, e.catalogNumber());
    text(json, CURRENCY, e.currency());
    text(json, MAX_PRICE, e.maxPrice());
    text(json, MAX_PRICE_CURRENCY, e.maxPriceCurrency());
    text(json, PRICE_BASIS, e.priceBasis());
    text(json, UNKNOWN_SHIPPING, e.unknownShipping());
    text(json, MIN_CONDITION, e.minCondition());
    text(json, MIN_SLEEVE, e.minSleeveCondition());
    texts(json, LOCATION_FILTER, e.locationFilter());
    texts(json, LOCATION_EXCLUDE, e.locationExclude());
    json.writeFieldName(MIN_RATING);
    BigDecimal rating = e.minSellerRating();
    if (rating == null) {
      json.writeNull();
    } else {
      json.writeNumber(rating);
    }
    number(json, MIN_FEEDBACK, e.minSellerFeedback());
    number(json, UNDERPRICED, e.underpricedPercentage());
    texts(json, BLOCKED, e.blockedSellers());
    json.writeFieldName(ACTIVE);
    json.writeBoolean(e.isActive());
    text(json, STATUS, e.status());
    text(json, LAST_CHECKED, e.lastChecked());
    text(json, LOWEST_PRICE, e.lowestPrice());
    number(json, FOR_SALE, e.numForSale());
    text(json, CHECK_MESSAGE, e.checkMessage());
    text(json, MARKET_FETCHED, e.marketFetchedAt());
    text(json, LAST_ALERT, e.lastAlertAt());
    text(json, CREATED, e.createdAt());
    text(json, UPDATED, e.updatedAt());
    text(json, STATUS_DETAIL, e.statusDetail());
    text(json, NEXT_CHECK, e.nextCheckAt());
    number(json, VERSIONS_WATCHED, e.versionsWatched());
    number(json, VERSIONS_TOTAL, e.versionsTotal());
    json.writeEndObject();
  }

  private static void text(JsonGenerator json, SerializableString name, @Nullable String value) throws IOException {
    json.writeFieldName(name);
    json.writeString(value); // null as null
  }

  private static void number(JsonGenerator json, SerializableString name, @Nullable Number value) throws IOException {
    json.writeFieldName(name);
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Integer small) {
      json.writeNumber(small);
    } else {
      json.writeNumber(value.longValue());
    }
  }

  private static void texts(JsonGenerator json, SerializableString name, List<String> values) throws IOException {
    json.writeFieldName(name);
    json.writeStartArray();
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static SerializableString name(String name) {
    SerializedString quoted = new SerializedString(name);
    quoted.asQuotedUTF8(); // encoded now, once, not on the first answer
    return quoted;
  }
}
