package io.waxalert.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (both paths explicit, so
 * Selenium Manager never runs). Tests are skipped when either binary is missing.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Paths.get(System.getProperty("waxalert.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Paths.get(System.getProperty("waxalert.chromedriver", "/usr/bin/chromedriver"));

  final ChromeDriver driver;
  private final Path profile;
  private final String base;

  private Browser(ChromeDriver driver, Path profile, String base) {
    this.driver = driver;
    this.profile = profile;
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** Skips the calling test class (JUnit assumption) when Chromium or its driver is not installed. */
  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  static void assumeInstalled() {
    Assumptions.assumeTrue(installed(),
        "browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed"
            + " (apt-get install -y chromium chromium-driver)");
  }

  static Browser start(String base) {
    assumeInstalled();
    try {
      Path profile = Files.createTempDirectory("waxalert-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--no-first-run", "--window-size=1366,768", "--lang=en-GB", "--user-data-dir=" + profile);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      return new Browser(driver, profile, base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void open(String path) {
    driver.get(base + path);
  }

  String path() {
    String url = driver.getCurrentUrl();
    return url.startsWith(base) ? url.substring(base.length()) : url;
  }

  <T> T await(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class).until(condition);
  }

  WebElement visible(By by) {
    return await(ExpectedConditions.visibilityOfElementLocated(by));
  }

  WebElement byId(String id) {
    return visible(By.id(id));
  }

  /** Clicks {@code element} once scrolled to the middle of the screen (clear of toasts at the bottom). */
  void click(WebElement element) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    element.click();
  }

  void click(String id) {
    click(byId(id));
  }

  void type(String id, String text) {
    WebElement input = byId(id);
    driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", input);
    input.clear();
    input.sendKeys(text);
  }

  /** The two screens every flow is tried on. */
  enum Screen {
    DESKTOP(1366, 768, false, ""), PHONE(390, 844, true, "-phone");

    final int width;
    final int height;
    final boolean mobile;
    final String suffix;

    Screen(int width, int height, boolean mobile, String suffix) {
      this.width = width;
      this.height = height;
      this.mobile = mobile;
      this.suffix = suffix;
    }
  }

  private Screen screen = Screen.DESKTOP;

  /** Emulates {@code screen} (CSS pixels, a touch screen for the phone) until the next call. */
  void use(Screen screen) {
    this.screen = screen;
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", screen.width, "height", screen.height, "deviceScaleFactor", 1, "mobile", screen.mobile));
  }

  Screen screen() {
    return screen;
  }

  /**
   * The screenshot, named after the flow and the screen ({@code wanted-list-phone}), goes to
   * {@code -Dwaxalert.screenshots=<dir>}, else to target/screenshots.
   */
  void screenshot(String name) {
    try {
      Path dir = Paths.get(System.getProperty("waxalert.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + screen.suffix + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // best effort: a temp folder
      }
    }
  }
}
