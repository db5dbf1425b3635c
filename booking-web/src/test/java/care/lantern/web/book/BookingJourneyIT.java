package care.lantern.web.book;

import static care.lantern.web.book.BookingPages.heading;
import static care.lantern.web.book.BookingPages.main;
import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.web.testing.Browser;
import care.lantern.web.testing.BrowserJourney;
import care.lantern.web.testing.Deployments;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A patient books a consultation on a phone-sized screen, then moves and cancels it with the manage
 * link. Runs against the demo directory (LANTERN_DEMO in the failsafe configuration).
 */
@BrowserJourney
@RunAsClient
class BookingJourneyIT {

  private static final String TIME = "\\d{1,2}:\\d{2} [AP]M E[SD]T";

  @Deployment(testable = false)
  static WebArchive web() {
    return Deployments.packagedWeb();
  }

  @ArquillianResource private URL site;

  /**
   * The booking page of a demo provider near 10001 who takes Aetna for consultations and has a free
   * time soon, reached as a patient reaches it: search, profile, "Book a consultation".
   */
  private String slotsAddress(WebDriver driver) {
    driver.get(site + "providers/search.xhtml?zip=10001&treatment=CONSULTATION&payer=AETNA");
    WebElement card =
        driver.findElements(By.cssSelector("ul.cards > li.card")).stream()
            .filter(c -> !c.findElements(By.cssSelector(".next-available time")).isEmpty())
            .findFirst()
            .orElseThrow();
    BookingPages.clickAndWait(driver, card.findElement(By.cssSelector("h3 a")));
    return driver.findElement(By.id("book")).getAttribute("href");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(site + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void patientBooksMovesAndCancelsAConsultation(Browser browser) {
    WebDriver driver = browser.driver();
    // Choose a time.
    driver.get(slotsAddress(driver));
    BookingPages.Times times = new BookingPages.Times(driver);
    assertThat(heading(driver)).isEqualTo("Choose a time");
    assertThat(times.zoneNote()).isEqualTo("Times are shown in Eastern Time (America/New_York).");
    assertThat(times.dayHeadings()).isNotEmpty();
    assertThat(main(driver)).containsPattern(TIME);
    browser.assertAccessibleWithoutConsoleErrors();
    String first = times.choose("IN_PERSON", "");

    // Fill in the details; a mistyped email is named next to its input, nothing typed is lost.
    BookingPages.Details details = new BookingPages.Details(driver);
    assertThat(heading(driver)).isEqualTo("Your details");
    assertThat(details.holdNote())
        .containsPattern("We are keeping this time for you until " + TIME);
    assertThat(driver.findElement(By.id("book")).getAttribute("data-busy-label"))
        .isEqualTo("Booking…");
    browser.assertAccessibleWithoutConsoleErrors();
    details.fillIn("ada.example.com");
    details.book();

    assertThat(heading(driver)).isEqualTo("Your details");
    assertThat(details.errorSummary().getText())
        .contains("Enter an email address like name@example.com.");
    assertThat(details.errorOf("email")).endsWith("Enter an email address like name@example.com.");
    assertThat(driver.findElement(By.id("email")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(details.value("firstName")).isEqualTo("Ada");
    assertThat(details.value("reason")).isEqualTo("Low mood for months; my doctor suggested TMS.");
    assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("error-summary");
    browser.assertAccessibleWithoutConsoleErrors();
    details.fill("email", "ada@example.com");
    details.book();

    // Booked.
    BookingPages.Confirmation confirmation = new BookingPages.Confirmation(driver);
    assertThat(heading(driver)).isEqualTo("You’re booked");
    String reference = confirmation.reference();
    assertThat(reference).matches("LN-[A-Z0-9]+");
    assertThat(main(driver))
        .contains("We sent a confirmation to ada@example.com.")
        .contains("Times are shown in Eastern Time (America/New_York).")
        .containsPattern("please cancel at least \\d+ hours before");
    assertThat(confirmation.calendarLink())
        .contains("/api/v1/appointments/" + reference + "/calendar.ics?token=");
    browser.assertAccessibleWithoutConsoleErrors();

    // Manage: move it to another time.
    confirmation.manage();
    BookingPages.Manage manage = new BookingPages.Manage(driver);
    assertThat(heading(driver)).isEqualTo("Your appointment");
    assertThat(manage.status()).isEqualTo("Booked");
    browser.assertAccessibleWithoutConsoleErrors();
    manage.follow("rescheduleLink");
    browser.assertAccessibleWithoutConsoleErrors();
    String next = times.buttons("IN_PERSON").get(0).getAttribute("data-slot");
    String nextTime = times.describe(next, "IN_PERSON");
    times.choose("IN_PERSON", first);

    String time = nextTime.substring(0, nextTime.indexOf(", "));
    assertThat(manage.statusMessage()).startsWith("Your appointment is moved to").contains(time);
    assertThat(manage.when()).contains(time);
    assertThat(manage.status()).isEqualTo("Booked");
    browser.assertAccessibleWithoutConsoleErrors();

    // Cancel, after a confirmation step.
    manage.follow("cancelLink");
    assertThat(main(driver)).contains("Cancel this appointment?");
    browser.assertAccessibleWithoutConsoleErrors();
    manage.confirmCancel();

    assertThat(manage.status()).isEqualTo("Cancelled");
    assertThat(manage.statusMessage()).startsWith("Your appointment is cancelled.");
    assertThat(driver.findElements(By.id("cancelLink"))).isEmpty();
    browser.assertAccessibleWithoutConsoleErrors();
  }

  @Test
  void aTimeTakenByAnotherPatientMeanwhileOffersTheNextFreeTimes(Browser browser) {
    WebDriver driver = browser.driver();
    String address = slotsAddress(driver);
    driver.get(address);
    BookingPages.Times mine = new BookingPages.Times(driver);
    String wanted = mine.buttons("IN_PERSON").get(0).getAttribute("data-slot");

    try (Browser other = Browser.phone()) {
      other.driver().get(address);
      new BookingPages.Times(other.driver()).choose("IN_PERSON", "");
    }
    BookingPages.clickAndWait(
        driver,
        driver.findElement(
            By.cssSelector("input[data-slot='" + wanted + "'][data-mode='IN_PERSON']")));

    assertThat(heading(driver)).isEqualTo("Choose a time");
    assertThat(driver.findElement(By.cssSelector("[role='alert']")).getText())
        .startsWith("This time was just taken.");
    assertThat(driver.findElement(By.id("alternativesHeading")).getText())
        .isEqualTo("Next free times");
    assertThat(driver.findElements(By.cssSelector("input[data-slot='" + wanted + "']"))).isEmpty();
    browser.assertAccessibleWithoutConsoleErrors();
  }

  @Test
  void aManageLinkWithAWrongTokenIsAPageThatDoesNotExist()
      throws IOException, InterruptedException {
    HttpResponse<String> manage = get("appointments/manage.xhtml?ref=LN-NOPE99&token=wrong");
    HttpResponse<String> confirmation = get("book/confirmation.xhtml?ref=LN-NOPE99&token=wrong");

    assertThat(manage.statusCode()).isEqualTo(404);
    assertThat(manage.body()).contains("Page not found");
    assertThat(confirmation.statusCode()).isEqualTo(404);
  }

  @Test
  void slotsOfAnUnknownProviderAreAPageThatDoesNotExist() throws IOException, InterruptedException {
    assertThat(get("book/slots.xhtml?provider=999999999&clinic=1").statusCode()).isEqualTo(404);
    assertThat(get("book/details.xhtml?provider=1&slot=nonsense&mode=IN_PERSON").statusCode())
        .isEqualTo(404);
  }
}
