package io.waxalert.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.PriceObservation;
import io.waxalert.core.spi.PriceObservationStore;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The alerts page (filters, "new since your last visit") and an entry's price chart, on a history
 * of three weeks of observed prices and real alerts found by "check all".
 */
@MicronautTest(transactional = false)
class AlertsAndChartBrowserTest extends BrowserTest {

  @Inject
  PriceObservationStore observations;

  /** Every check reads the (fake) market afresh, so a price drop is seen at once. */
  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("waxalert.monitor.market-max-age", "0s");
    return p;
  }

  @ParameterizedTest
  @EnumSource(Browser.Screen.class)
  void alertsAreFilteredByReleaseTypeAndDateAndTheNewOnesSinceTheLastVisitAreMarked(Browser.Screen screen) {
    browserSignIn("alerts", screen);
    String bearer = bearerOfBrowser();
    long blue = history(release(uniqueReleaseId(), "Blue Monday", "New Order"), 20, 14, 22);
    long atmos = history(release(uniqueReleaseId(), "Atmosphere", "Joy Division"), 10, 40, 40);
    FakeDiscogs.stats(blue, "EUR", "12.50", 4);
    FakeDiscogs.stats(atmos, "EUR", "20.00", 2);
    addByApi(bearer, "{\"release\": \"" + blue + "\", \"max_price\": \"15.00\"}");
    addByApi(bearer, "{\"release\": \"" + atmos + "\", \"underpriced_percentage\": 30}");
    checkAllByApi(bearer);

    browser.open("/alerts");
    browser.await(d -> alertRows().size() == 2);
    assertThat(browser.byId("alerts-new").getText()).contains("first visit");
    new Select(browser.byId("a-type")).selectByValue("underpriced");
    browser.await(d -> alertRows().size() == 1);
    assertThat(alertRows().get(0).getText()).contains("Atmosphere", "Underpriced", "20.00 EUR");
    new Select(browser.byId("a-type")).selectByValue("");
    new Select(browser.byId("a-entry")).selectByVisibleText("New Order – Blue Monday");
    browser.await(d -> alertRows().size() == 1);
    assertThat(alertRows().get(0).getText()).contains("Blue Monday", "Price matched", "12.50 EUR");
    new Select(browser.byId("a-entry")).selectByValue("");
    LocalDate today = LocalDate.now(ZoneId.systemDefault());
    date("a-from", today.plusDays(1));
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("alerts"), "No alerts match."));
    date("a-from", today);
    date("a-to", today);
    browser.await(d -> alertRows().size() == 2);

    // a later price drop alerts again; the next visit marks it as new
    FakeDiscogs.stats(blue, "EUR", "11.00", 5);
    checkAllByApi(bearer);
    browser.open("/alerts");
    browser.await(d -> alertRows().size() == 3);
    assertThat(browser.byId("alerts-new").getText()).startsWith("1 new alert since your last visit");
    assertThat(alertRows().get(0).getText()).contains("New", "11.00 EUR");
    browser.click(browser.byId("a-new"));
    browser.await(d -> alertRows().size() == 1);
    browser.click(browser.byId("a-new"));
    PageChecks.pageIsFine(browser, "alerts");
    browser.screenshot("alerts");
  }

  @ParameterizedTest
  @EnumSource(Browser.Screen.class)
  void theEntryChartShowsRoundTicksDistinctDatesTheMaximumTheAlertsAndTheReference(Browser.Screen screen) {
    browserSignIn("chart", screen);
    String bearer = bearerOfBrowser();
    long blue = history(release(uniqueReleaseId(), "Blue Monday", "New Order"), 20, 14, 22);
    FakeDiscogs.stats(blue, "EUR", "12.50", 4);
    String entry = addByApi(bearer, "{\"release\": \"" + blue + "\", \"max_price\": \"15.00\", \"underpriced_percentage\": 25}");
    checkAllByApi(bearer);
    FakeDiscogs.stats(blue, "EUR", "11.00", 5);
    checkAllByApi(bearer);

    browser.open("/entries/" + entry);
    browser.visible(By.cssSelector("#chart svg.chart"));
    browser.visible(By.cssSelector("#entry-alerts tbody tr"));
    assertThat(browser.byId("entry-title").getText()).contains("New Order – Blue Monday");

    List<String> dates = texts("#chart svg .tick.x");
    assertThat(dates).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
    assertRoundSteps(texts("#chart svg .tick.y"));
    assertThat(texts("#chart svg text.max-line")).containsExactly("your max 15.00");
    assertThat(texts("#chart svg text.ref-line")).hasSize(1).allMatch(t -> t.startsWith("median "));
    assertThat(browser.driver.findElements(By.cssSelector("#chart svg .marker"))).hasSize(2);
    assertThat(browser.driver.findElements(By.cssSelector("#chart svg .series-count"))).hasSize(1);
    assertThat(browser.byId("chart-summary").getText()).contains("Your maximum: 15.00 EUR.",
        "Reference for “underpriced”:", "the median of the lowest prices shown here", "25% below it is", "2 alerts are marked.");
    assertThat(browser.byId("chart-summary").getText()).contains("at the last check 11.00 EUR with 5 for sale");
    assertThat(browser.driver.findElement(By.cssSelector("#chart svg")).getAttribute("aria-describedby")).isEqualTo("chart-summary");
    PageChecks.pageIsFine(browser, "entry page");
    browser.script("window.scrollTo(0, 0);");
    browser.screenshot("entry");
    openDetails("details.chart-data summary");
    assertThat(browser.driver.findElements(By.cssSelector("#chart-table tbody tr"))).hasSize(22);
    PageChecks.noSidewaysScroll(browser, "entry page with the price table");
  }

  @ParameterizedTest
  @EnumSource(Browser.Screen.class)
  void theEntryPagePausesResumesAndDeletesWithUndo(Browser.Screen screen) {
    browserSignIn("entrypage", screen);
    long id = release(uniqueReleaseId(), "Love Will Tear Us Apart", "Joy Division");
    FakeDiscogs.stats(id, "EUR", "8.00", 2);
    String entry = addByApi(bearerOfBrowser(), "{\"release\": \"" + id + "\", \"max_price\": \"9.50\", \"min_condition\": \"VG\"}");
    browser.open("/entries/" + entry);
    assertThat(browser.byId("entry-price").getText()).isEqualTo("First check pending");
    browser.click("entry-toggle");
    browser.await(d -> toast().contains("Paused Joy Division – Love Will Tear Us Apart."));
    assertThat(browser.driver.findElement(By.cssSelector("#entry .status")).getText()).isEqualTo("Paused");
    assertThat(browser.byId("entry-toggle").getText()).isEqualTo("Resume");
    browser.click("entry-toggle");
    browser.await(d -> browser.byId("entry-toggle").getText().equals("Pause"));

    browser.click("entry-delete");
    browser.click("confirm-ok");
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("entry-title"), "Deleted Joy Division – Love Will Tear Us Apart"));
    assertThat(browser.driver.findElement(By.id("chart")).isDisplayed()).as("no chart of a deleted entry").isFalse();
    browser.click("toast-undo");
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("entry-criteria"), "≤ 9.50 EUR · media ≥ VG"));
    assertThat(browser.path()).as("the same entry, restored").isEqualTo("/entries/" + entry);
    PageChecks.pageIsFine(browser, "entry page after undo");
  }

  // ---------- helpers ----------

  /** {@code days} daily observations of the release, ending yesterday, prices between {@code low} and {@code high}. */
  private long history(long releaseId, int days, int low, int high) {
    Instant now = Instant.now();
    for (int day = days; day >= 1; day--) {
      int price = low + (day * 7 % (high - low + 1));
      observations.record(new PriceObservation(releaseId, now.minus(Duration.ofDays(day)),
          Money.of(new BigDecimal(price + ".00"), io.waxalert.core.model.Currency.EUR), 3 + day % 6));
    }
    return releaseId;
  }

  private List<WebElement> alertRows() {
    return browser.driver.findElements(By.cssSelector("#alerts-table tbody tr"));
  }

  private List<String> texts(String css) {
    return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  /** Sets an {@code <input type=date>} the way a date picker does, and tells the page. */
  private void date(String id, LocalDate day) {
    browser.script("var i = document.getElementById(arguments[0]); i.value = arguments[1];"
        + "i.dispatchEvent(new Event('change', {bubbles: true}));", id, day.format(DateTimeFormatter.ISO_LOCAL_DATE));
  }

  /** Price labels from 0 in equal steps of 1, 2, 2.5 or 5 times a power of ten. */
  private static void assertRoundSteps(List<String> labels) {
    assertThat(labels).hasSizeGreaterThanOrEqualTo(3);
    List<BigDecimal> values = labels.stream().map(BigDecimal::new).toList();
    assertThat(values.get(0)).isEqualByComparingTo("0");
    BigDecimal step = values.get(1).subtract(values.get(0));
    Set<BigDecimal> steps = new HashSet<>();
    for (int i = 1; i < values.size(); i++) {
      steps.add(values.get(i).subtract(values.get(i - 1)).stripTrailingZeros());
    }
    assertThat(steps).as("equal steps in %s", labels).hasSize(1);
    BigDecimal mantissa = step.movePointLeft(step.precision() - step.scale() - 1).stripTrailingZeros();
    assertThat(mantissa).as("round step %s in %s", step, labels)
        .isIn(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("2.5"), new BigDecimal("5"));
  }
}
