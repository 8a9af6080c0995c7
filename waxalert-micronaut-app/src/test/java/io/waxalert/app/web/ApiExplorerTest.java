package io.waxalert.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.ServiceTest;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API explorer at {@code /swagger-ui}: Swagger UI over the generated OpenAPI document, open to
 * anyone, with every asset served by the service itself (no CDN: many deployments cannot reach one).
 */
@MicronautTest
class ApiExplorerTest extends ServiceTest {

  private static final String DOCUMENT = "/swagger/waxalert-0.1.yml";
  private static final Pattern LOCAL_ASSET = Pattern.compile("\"(/swagger-ui/res/[^\"]+)\"");

  @Test
  void theExplorerPageIsOpenToAnyoneAndLoadsTheGeneratedDocument() {
    Api.Response page = api().get("/swagger-ui", null);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.text()).contains("url: contextPath + '" + DOCUMENT + "'");
    Api.Response document = api().get(DOCUMENT, null);
    assertThat(document.status()).isEqualTo(200);
    assertThat(document.text()).startsWith("openapi: 3.").contains("/api/wanted-list/add");
  }

  @Test
  void everyAssetOfThePageIsServedByTheServiceItself() {
    String page = api().get("/swagger-ui/index.html", null).text();

    assertThat(page).doesNotContain("https://", "http://", "unpkg");
    Matcher asset = LOCAL_ASSET.matcher(page);
    List<String> assets = asset.results().map(found -> found.group(1)).toList();
    assertThat(assets).contains("/swagger-ui/res/swagger-ui-bundle.js", "/swagger-ui/res/swagger-ui.css");
    for (String path : assets) {
      Api.Response served = api().get(path, null);
      assertThat(served.status()).as(path).isEqualTo(200);
      assertThat(served.text()).as(path).isNotEmpty();
    }
  }

  @Test
  void theExplorerShowsTheServicesRoutesInAHeadlessBrowser() {
    try (Browser browser = Browser.start(server.getURL().toString())) {
      browser.open("/swagger-ui");

      WebElement route = new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(driver ->
          driver.findElements(By.cssSelector(".opblock-summary-path")).stream()
              .filter(path -> path.getText().contains("/api/wanted-list/add")).findFirst().orElse(null));
      assertThat(route.isDisplayed()).isTrue();
      assertThat(browser.driver.findElement(By.cssSelector(".info .title")).getText()).contains("waxalert");
    }
  }
}
