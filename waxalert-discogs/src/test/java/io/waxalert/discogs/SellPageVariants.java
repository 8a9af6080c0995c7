package io.waxalert.discogs;

/**
 * Variants of the module's own sell page {@code sell-release-1001-rows.html} (4 rows: 60001 USD,
 * 60002 EUR, 60003 GBP with an "Unavailable in Germany" note, 60004 JPY), each changed only where
 * a test needs it.
 */
public final class SellPageVariants {

  private SellPageVariants() {}

  public static String rows() {
    return Fixtures.own("sell-release-1001-rows.html");
  }

  /** The first of two pages: its count says 8 are for sale. */
  public static String firstOfTwoPages() {
    return rows().replace("1 &ndash; 4 of 4", "1 &ndash; 4 of 8");
  }

  /** The second page: 60005 and 60006 are new, 60004 shows again (it moved while paging). */
  public static String secondOfTwoPages() {
    return rows().replace("1 &ndash; 4 of 4", "5 &ndash; 8 of 8")
        .replace("60001", "60005").replace("60002", "60006").replace("60003", "60004");
  }

  /** Rows the parser does not know (renamed class), no count: only the links to the listings remain. */
  public static String unknownRows() {
    return rows().replace("shortcut_navigable", "listing-card").replace("pagination_total", "pagination_summary")
        .replace("1 &ndash; 4 of 4", "");
  }

  /** No machine-readable price attributes: SEK, a euro price with comma decimals, CHF, AUD; shipping in dollars and A$. */
  public static String textPrices() {
    return rows()
        .replace("<span class=\"price\" data-currency=USD data-pricevalue=19.99>$19.99</span>",
            "<span class=\"price\">SEK 199.00</span>")
        .replace("<span class=\"price\" data-currency=EUR data-pricevalue=24.50>€24.50</span>",
            "<span class=\"price\">1.234,50 €</span>")
        .replace("<span class=\"price\" data-currency=GBP data-pricevalue=1250.00>£1,250.00</span>",
            "<span class=\"price\">CHF 12.50</span>")
        .replace("<span class=\"price\" data-currency=JPY data-pricevalue=12000>¥12,000</span>",
            "<span class=\"price\">A$25.00</span>")
        .replace("+€7.50", "+$5.00").replace("+¥2,400", "+A$8.00");
  }
}
