package care.lantern.web.book;

import care.lantern.web.testing.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page objects for the booking flow: what a patient sees and does, without the markup. Public for
 * the portal journeys, which book as a patient first.
 */
public final class BookingPages {

  private BookingPages() {}

  /** Clicks something that submits a form or follows a link, and waits for the next page. */
  public static void clickAndWait(WebDriver driver, WebElement element) {
    Browser.clickAndWaitForNextPage(driver, element, Duration.ofSeconds(30));
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.tagName("h1")).isEmpty());
  }

  public static String heading(WebDriver driver) {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public static String main(WebDriver driver) {
    return driver.findElement(By.tagName("main")).getText();
  }

  /** "Choose a time", also the picker on the manage page. */
  public record Times(WebDriver driver) {

    public List<WebElement> buttons(String mode) {
      return driver.findElements(By.cssSelector("input[data-mode='" + mode + "']"));
    }

    /** The first time in {@code mode} other than {@code exceptSlot}; returns its slot id. */
    public String choose(String mode, String exceptSlot) {
      WebElement button =
          buttons(mode).stream()
              .filter(b -> !b.getAttribute("data-slot").equals(exceptSlot))
              .findFirst()
              .orElseThrow();
      String slot = button.getAttribute("data-slot");
      clickAndWait(driver, button);
      return slot;
    }

    /** "2:00 PM EST, Tuesday, March 3" of the button that would choose {@code slot}. */
    public String describe(String slot, String mode) {
      String name =
          driver
              .findElement(
                  By.cssSelector("input[data-slot='" + slot + "'][data-mode='" + mode + "']"))
              .getAttribute("aria-label");
      return name.substring(name.indexOf(", ") + 2);
    }

    public String zoneNote() {
      return driver.findElement(By.className("zone-note")).getText();
    }

    List<String> dayHeadings() {
      return driver.findElements(By.cssSelector("legend .day__heading")).stream()
          .map(WebElement::getText)
          .toList();
    }
  }

  /** "Your details". */
  public record Details(WebDriver driver) {

    public void fill(String id, String value) {
      WebElement input = driver.findElement(By.id(id));
      input.clear();
      input.sendKeys(value);
    }

    public void fillIn(String email) {
      fill("firstName", "Ada");
      fill("lastName", "Byron");
      fill("email", email);
      fill("phone", "(555) 010-0199");
      fill("dateOfBirth", "1980-04-27");
      fill("zip", "10001");
      new Select(driver.findElement(By.id("payer"))).selectByValue("AETNA");
      fill("reason", "Low mood for months; my doctor suggested TMS.");
      WebElement consent = driver.findElement(By.id("consent"));
      if (!consent.isSelected()) {
        consent.click();
      }
    }

    public void book() {
      clickAndWait(driver, driver.findElement(By.id("book")));
    }

    public String value(String id) {
      return driver.findElement(By.id(id)).getAttribute("value");
    }

    public String errorOf(String id) {
      WebElement input = driver.findElement(By.id(id));
      String describedBy = input.getAttribute("aria-describedby");
      return List.of(describedBy.split(" ")).stream()
          .filter(ref -> ref.endsWith("-error"))
          .map(ref -> driver.findElement(By.id(ref)).getText())
          .findFirst()
          .orElse("");
    }

    public WebElement errorSummary() {
      return driver.findElement(By.cssSelector("[role='alert'].error-summary"));
    }

    public String holdNote() {
      return driver.findElement(By.className("hold-note")).getText();
    }
  }

  /** "You're booked". */
  public record Confirmation(WebDriver driver) {

    public String reference() {
      return driver.findElement(By.id("reference")).getText();
    }

    public String calendarLink() {
      return driver.findElement(By.id("calendar")).getAttribute("href");
    }

    public void manage() {
      clickAndWait(driver, driver.findElement(By.id("manage")));
    }
  }

  /** The manage page. */
  public record Manage(WebDriver driver) {

    public String status() {
      return driver.findElement(By.id("status")).getText();
    }

    public String when() {
      return driver.findElement(By.className("when")).getText();
    }

    public String statusMessage() {
      return driver.findElement(By.cssSelector("[role='status'].status-messages")).getText();
    }

    public void follow(String linkId) {
      clickAndWait(driver, driver.findElement(By.id(linkId)));
    }

    public void confirmCancel() {
      clickAndWait(driver, driver.findElement(By.cssSelector("input[id$='confirmCancel']")));
    }
  }
}
