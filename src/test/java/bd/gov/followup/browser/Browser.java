package bd.gov.followup.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person at one browser: Debian's headless Chromium with a fresh profile, in Bengali (first preferred language
 * bn), driven through Debian's chromedriver. Selenium is given both paths, so Selenium Manager never downloads a
 * browser or a driver.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
  /** How long to wait for an element; generous, since CI shares two cores with the application. */
  static final Duration PATIENCE = Duration.ofSeconds(Long.getLong("browser.patience", 30));
  /** The first page of a webapp loads its whole bundle: longer still. */
  static final Duration FIRST_PAGE = PATIENCE.multipliedBy(3);

  final String baseUrl;
  final String who;
  final WebDriver driver;
  final WebDriverWait wait;
  private final Path profile;

  Browser(String baseUrl, String who) {
    this.baseUrl = baseUrl;
    this.who = who;
    try {
      this.profile = Files.createTempDirectory("chromium-journey-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--lang=bn", "--accept-lang=bn,en", "--window-size=1400,1000");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "bn,en"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    this.driver = new ChromeDriver(service, options);
    this.driver.manage().window().setSize(new Dimension(1400, 1000));
    this.wait = new WebDriverWait(driver, PATIENCE);
    // AngularJS re-renders a list while a condition reads it: an element gone stale is read again, not a failure
    this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  /** Logs in on the sign-in form every Camunda webapp shows (selected by its ng-model, not by its translated text). */
  void logIn(String app, String user) {
    open("/camunda/app/" + app + "/default/");
    WebElement form = new WebDriverWait(driver, FIRST_PAGE).withMessage(app + " shows its sign-in form")
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
    WebElement username = form.findElement(By.cssSelector("input[ng-model=username]"));
    username.clear();
    username.sendKeys(user);
    WebElement password = form.findElement(By.cssSelector("input[ng-model=password]"));
    password.clear();
    password.sendKeys("demo");
    form.findElement(By.cssSelector("button[type=submit]")).click();
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** The first visible element of those found (ng-hide leaves hidden copies in the DOM). */
  WebElement visible(By by, String containing) {
    return wait.until(d -> d.findElements(by).stream()
        .filter(e -> isShown(e) && e.getText().contains(containing))
        .findFirst().orElse(null));
  }

  List<WebElement> allVisible(By by) {
    return driver.findElements(by).stream().filter(Browser::isShown).toList();
  }

  static boolean isShown(WebElement e) {
    try {
      return e.isDisplayed();
    } catch (org.openqa.selenium.StaleElementReferenceException gone) {
      return false;
    }
  }

  void click(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
      // a long form pushes Tasklist's complete button under the page footer in a headless window; the button is
      // still there and enabled, so press it as the keyboard would
      ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }
  }

  String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  void waitForText(String text) {
    wait.withMessage(() -> "page shows '" + text + "'")
        .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  Path screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(file, png);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temp directory left behind is harmless
      }
    }
  }
}
