package care.lantern.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (never a downloaded browser),
 * with the helpers every journey needs: console errors and an axe-core accessibility scan.
 */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** A phone-sized window by default: if a page works there, it works on a desktop too. */
  public static Browser phone() {
    return open(412, 915);
  }

  public static Browser desktop() {
    return open(1280, 900);
  }

  private static Browser open(int width, int height) {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=" + width + "," + height);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Browser(driver);
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Severe browser console entries since the last call: script errors, failed loads, CSP blocks.
   */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** WCAG 2.1 A and AA violations of the current page that axe rates serious or critical. */
  public List<String> seriousAccessibilityViolations() {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    return results.getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
        .map(Browser::describe)
        .toList();
  }

  /**
   * Fails when the current page has a serious or critical WCAG 2.1 AA violation, or when the
   * browser logged a console error since the last look: the check every journey makes on every
   * page.
   */
  public void assertAccessibleWithoutConsoleErrors() {
    assertThat(seriousAccessibilityViolations()).as("serious accessibility violations").isEmpty();
    assertThat(consoleErrors()).as("console errors").isEmpty();
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + ": "
        + rule.getHelp()
        + " "
        + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList();
  }

  /**
   * Clicks {@code target} and waits, up to {@code patience}, until the browser has left the page it
   * was on. Chromium may answer a look at the old page's element mid-navigation with "node does not
   * belong to the document" rather than a stale-element error: both mean the page is gone.
   */
  public static void clickAndWaitForNextPage(
      WebDriver driver, WebElement target, Duration patience) {
    WebElement page = driver.findElement(By.tagName("html"));
    target.click();
    new WebDriverWait(driver, patience).until(d -> isGone(page));
  }

  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException gone) {
      return true;
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
