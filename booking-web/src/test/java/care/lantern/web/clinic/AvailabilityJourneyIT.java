package care.lantern.web.clinic;

import static care.lantern.web.book.BookingPages.clickAndWait;
import static care.lantern.web.book.BookingPages.heading;
import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.web.book.BookingPages;
import care.lantern.web.testing.Browser;
import care.lantern.web.testing.BrowserJourney;
import care.lantern.web.testing.Deployments;
import java.net.URL;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A clinic admin closes the weekday on which a patient has just booked: the preview lists the
 * booking as a conflict, saving keeps it booked and lists it for staff to resolve. On a phone-sized
 * screen, against the demo clinics.
 */
@BrowserJourney
@RunAsClient
class AvailabilityJourneyIT {

  @Deployment(testable = false)
  static WebArchive web() {
    return Deployments.packagedWeb();
  }

  @ArquillianResource private URL site;

  private void signIn(WebDriver driver) {
    driver.get(site + "clinic/sign-in.xhtml");
    driver.findElement(By.id("email")).sendKeys("demo.clinic@lantern.test");
    driver.findElement(By.id("password")).sendKeys("demo-clinic-pass");
    clickAndWait(driver, driver.findElement(By.id("signInButton")));
  }

  /** The address of the first provider's hours at the admin's clinic who has a free time soon. */
  private String availabilityOfABookableProvider(WebDriver driver) {
    driver.get(site + "clinic/availability.xhtml");
    int options = new Select(driver.findElement(By.id("providerChoice"))).getOptions().size();
    for (int option = 1; option < options; option++) {
      driver.get(site + "clinic/availability.xhtml");
      new Select(driver.findElement(By.id("providerChoice"))).selectByIndex(option);
      clickAndWait(
          driver, driver.findElement(By.cssSelector("#providerPicker input[type=submit]")));
      String address = driver.getCurrentUrl();
      driver.get(site + "book/slots.xhtml?" + address.substring(address.indexOf('?') + 1));
      if (!new BookingPages.Times(driver).buttons("IN_PERSON").isEmpty()) {
        return address;
      }
    }
    throw new AssertionError("No provider at the demo clinic has a free time");
  }

  @Test
  void closingABookedWeekdayKeepsTheAppointmentAndListsItForStaff(Browser browser) {
    WebDriver driver = browser.driver();
    signIn(driver);
    String hours = availabilityOfABookableProvider(driver);

    // A patient books the first free time, in the same browser.
    BookingPages.Times times = new BookingPages.Times(driver);
    String label = times.buttons("IN_PERSON").get(0).getAttribute("aria-label");
    DayOfWeek weekday = DayOfWeek.valueOf(label.split(", ")[2].toUpperCase(Locale.US));
    times.choose("IN_PERSON", "");
    BookingPages.Details details = new BookingPages.Details(driver);
    details.fillIn("ada@example.com");
    details.book();
    String reference = new BookingPages.Confirmation(driver).reference();
    String manage = driver.findElement(By.id("manage")).getAttribute("href");

    // The admin opens the provider's hours: the weekday has hours, nothing conflicts yet.
    driver.get(hours);
    assertThat(heading(driver)).isEqualTo("Availability");
    assertThat(main(driver)).doesNotContain(reference);
    List<WebElement> removeButtons = removeButtonsOn(driver, weekday);
    assertThat(removeButtons).isNotEmpty();
    assertThat(driver.findElement(By.id("previewButton")).getAttribute("data-busy-label"))
        .isEqualTo("Working out the effect…");
    browser.assertAccessibleWithoutConsoleErrors();

    // Remove the weekday's hours and preview.
    while (!removeButtonsOn(driver, weekday).isEmpty()) {
      clickAndWait(driver, removeButtonsOn(driver, weekday).get(0));
    }
    assertThat(fieldsetOf(driver, weekday).getText()).contains("Closed");
    assertThat(driver.findElements(By.id("saveButton"))).isEmpty();
    clickAndWait(driver, driver.findElement(By.id("previewButton")));

    assertThat(driver.findElement(By.id("effectTable")).getText()).contains("Times withdrawn");
    WebElement conflicts = driver.findElement(By.id("previewConflicts"));
    assertThat(conflicts.getText())
        .contains("Saving keeps them booked")
        .contains(reference)
        .contains("Ada Byron");
    browser.assertAccessibleWithoutConsoleErrors();

    // Save: the appointment stays booked and is listed for staff to resolve.
    clickAndWait(driver, driver.findElement(By.id("saveButton")));

    assertThat(driver.findElement(By.cssSelector("[role='status'].status-messages")).getText())
        .startsWith("Saved.")
        .contains("booked appointments are outside the new hours");
    WebElement outside = driver.findElement(By.id("conflicts"));
    assertThat(outside.getText())
        .contains("Contact each patient to move or cancel their appointment.")
        .contains(reference);
    assertThat(outside.findElement(By.linkText(reference)).getAttribute("href"))
        .contains("/clinic/appointment.xhtml?id=");
    assertThat(fieldsetOf(driver, weekday).getText()).contains("Closed");
    browser.assertAccessibleWithoutConsoleErrors();

    driver.get(manage);
    assertThat(new BookingPages.Manage(driver).status()).isEqualTo("Booked");
  }

  @Test
  void endingHoursBeforeTheyStartIsNamedNextToTheTime(Browser browser) {
    WebDriver driver = browser.driver();
    signIn(driver);
    driver.get(availabilityOfABookableProvider(driver));
    clickAndWait(driver, driver.findElement(By.id("days:6:addRule")));
    // A time input's keystrokes depend on the browser's locale; set what it would submit.
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = '08:00'", driver.findElement(By.id("days:6:rules:0:end")));
    clickAndWait(driver, driver.findElement(By.id("previewButton")));

    assertThat(driver.findElement(By.cssSelector("[role='alert'].error-summary")).getText())
        .contains("The end must be after the start (9:00 AM).");
    WebElement endAgain = driver.findElement(By.id("days:6:rules:0:end"));
    assertThat(endAgain.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(driver.findElement(By.id(endAgain.getAttribute("aria-describedby"))).getText())
        .endsWith("The end must be after the start (9:00 AM). Hours cannot run past midnight.");
    assertThat(driver.findElements(By.id("saveButton"))).isEmpty();
    browser.assertAccessibleWithoutConsoleErrors();
  }

  private static String main(WebDriver driver) {
    return driver.findElement(By.tagName("main")).getText();
  }

  private static WebElement fieldsetOf(WebDriver driver, DayOfWeek day) {
    return driver
        .findElement(By.id("days:" + day.ordinal() + ":addRule"))
        .findElement(By.xpath(".."));
  }

  private static List<WebElement> removeButtonsOn(WebDriver driver, DayOfWeek day) {
    return driver.findElements(
        By.cssSelector("[id^='days:" + day.ordinal() + ":rules:'][id$=':removeRule']"));
  }
}
