package io.waxalert.persistence.internal;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.Seller;
import io.waxalert.core.model.SleeveCondition;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A {@link Listing} as a row of {@code seller_listings} (migration V8) and back. */
public final class SellerListingRows {

  /** The columns a row is written with, after {@code seller_key} and {@code listing_id}. */
  public static final String VALUES = "discogs_release_id, price, price_currency, shipping, shipping_currency,"
      + " media_condition, sleeve_condition, seller_name, seller_rating, seller_feedback, ships_from, posted, url,"
      + " unavailable_in, read_at";

  /** The columns a listing is read from. */
  public static final String SELECTED = "listing_id, " + VALUES;

  private SellerListingRows() {}

  /** Binds the listing's values from parameter {@code first} on, in {@link #VALUES} order. */
  public static void bind(PreparedStatement statement, int first, Listing listing, Instant readAt) throws SQLException {
    int i = first;
    statement.setLong(i++, listing.releaseId());
    statement.setBigDecimal(i++, Columns.cents(listing.price().amount()));
    statement.setString(i++, listing.price().currency().name());
    Money shipping = listing.shipping();
    statement.setBigDecimal(i++, shipping == null ? null : Columns.cents(shipping.amount()));
    statement.setString(i++, shipping == null ? null : shipping.currency().name());
    statement.setString(i++, listing.mediaCondition().name());
    statement.setString(i++, listing.sleeveCondition().name());
    statement.setString(i++, listing.seller().name());
    statement.setBigDecimal(i++, listing.seller().rating());
    if (listing.seller().feedbackCount() == null) {
      statement.setNull(i++, Types.INTEGER);
    } else {
      statement.setInt(i++, listing.seller().feedbackCount());
    }
    statement.setString(i++, listing.shipsFrom());
    statement.setObject(i++, timestamp(listing.posted()), Types.TIMESTAMP_WITH_TIMEZONE);
    statement.setString(i++, listing.url());
    statement.setString(i++, listing.unavailableIn());
    statement.setObject(i, timestamp(readAt), Types.TIMESTAMP_WITH_TIMEZONE);
  }

  public static Listing read(ResultSet row) throws SQLException {
    BigDecimal shipping = row.getBigDecimal("shipping");
    Integer feedback = row.getObject("seller_feedback") == null ? null : row.getInt("seller_feedback");
    return new Listing(row.getLong("listing_id"), row.getLong("discogs_release_id"),
        new Money(row.getBigDecimal("price"), Currency.parse(row.getString("price_currency"))),
        shipping == null ? null : new Money(shipping, Currency.parse(row.getString("shipping_currency"))),
        MediaCondition.valueOf(row.getString("media_condition")),
        SleeveCondition.valueOf(row.getString("sleeve_condition")),
        new Seller(row.getString("seller_name"), row.getBigDecimal("seller_rating"), feedback),
        row.getString("ships_from"), Sql.instant(row, "posted"), row.getString("url"),
        row.getString("unavailable_in"));
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(Columns.instant(instant), ZoneOffset.UTC);
  }
}
