package care.lantern.web.providers;

import care.lantern.web.testing.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Page objects for the provider search journey: what a person sees and does, not markup. */
final class ProviderPages {

  private ProviderPages() {}

  /** Clicks {@code target} and waits until the browser has left the page it was on. */
  static void navigateBy(WebDriver driver, WebElement target) {
    Browser.clickAndWaitForNextPage(driver, target, Duration.ofSeconds(20));
  }

  /** The search form, on the home page or below the results. */
  record SearchForm(WebDriver driver) {

    /** The input a label with exactly this text is bound to, as assistive technology finds it. */
    WebElement field(String label) {
      WebElement labelElement =
          driver.findElements(By.tagName("label")).stream()
              .filter(l -> l.getText().trim().equals(label))
              .findFirst()
              .orElseThrow(() -> new AssertionError("No label '" + label + "'"));
      return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    SearchForm zip(String zip) {
      WebElement input = field("ZIP code");
      input.clear();
      input.sendKeys(zip);
      return this;
    }

    SearchForm choose(String label, String visibleText) {
      new Select(field(label)).selectByVisibleText(visibleText);
      return this;
    }

    void submit() {
      navigateBy(
          driver, driver.findElement(By.cssSelector("form[role=search] button[type=submit]")));
    }
  }

  /** The results page. */
  record Results(WebDriver driver) {

    List<WebElement> cards() {
      return driver.findElements(By.cssSelector("ul.cards > li.card"));
    }

    String distanceOf(WebElement card) {
      return card.findElement(By.cssSelector(".distance")).getText();
    }

    /** The {@code <time>} of the next free consultation, or null when the card shows none. */
    WebElement nextAvailableOf(WebElement card) {
      return card.findElements(By.cssSelector(".next-available time")).stream()
          .findFirst()
          .orElse(null);
    }

    void openProfile(WebElement card) {
      navigateBy(driver, card.findElement(By.cssSelector("h3 a")));
    }

    void follow(String linkText) {
      navigateBy(driver, driver.findElement(By.partialLinkText(linkText)));
    }

    WebElement errorSummary() {
      return driver.findElement(By.cssSelector(".error-summary[role=alert]"));
    }
  }

  /** A provider's profile. */
  record Profile(WebDriver driver) {

    String section(String heading) {
      WebElement h2 =
          driver.findElements(By.tagName("h2")).stream()
              .filter(h -> h.getText().trim().equals(heading))
              .findFirst()
              .orElseThrow(() -> new AssertionError("No section '" + heading + "'"));
      return h2.findElement(By.xpath("./..")).getText().substring(heading.length()).trim();
    }

    WebElement bookingLink() {
      return driver.findElement(By.linkText("Book a consultation"));
    }
  }
}
