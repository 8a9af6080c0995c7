package io.waxalert.app.api;

import java.util.List;
import java.util.Objects;

/** The wanted list as RFC 4180 CSV, one entry per row with its criteria. */
final class Csv {

  private static final String HEADER = "id,discogs_release_id,discogs_master_id,format_filter,title,"
      + "catalog_number,max_price,max_price_currency,price_basis,unknown_shipping,min_condition,min_sleeve_condition,"
      + "location_filter,location_exclude,min_seller_rating,min_seller_feedback,underpriced_percentage,"
      + "blocked_sellers,is_active,status,lowest_price,num_for_sale";

  private static final String FORMULA_START = "=+-@\t\r";

  private Csv() {}

  static String of(List<EntryView> entries) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (EntryView e : entries) {
      csv.append(String.join(",", List.of(
          cell(e.id()), cell(e.discogsReleaseId()), cell(e.discogsMasterId()), cell(e.formatFilter()),
          cell(e.title()), cell(e.catalogNumber()), cell(e.maxPrice()), cell(e.maxPriceCurrency()), cell(e.priceBasis()),
          cell(e.unknownShipping()), cell(e.minCondition()), cell(e.minSleeveCondition()),
          cell(String.join(";", e.locationFilter())), cell(String.join(";", e.locationExclude())),
          cell(e.minSellerRating() == null ? null : e.minSellerRating().toPlainString()), cell(e.minSellerFeedback()),
          cell(e.underpricedPercentage()), cell(String.join(";", e.blockedSellers())),
          cell(e.isActive()), cell(e.status()), cell(e.lowestPrice()), cell(e.numForSale()))))
          .append("\r\n");
    }
    return csv.toString();
  }

  private static String cell(Object value) {
    String text = Objects.toString(value, "");
    // A leading formula character (or a tab or carriage return a spreadsheet skips before one) would
    // be run by spreadsheets: quote it away. Plain negative numbers stay numbers.
    if (!text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
