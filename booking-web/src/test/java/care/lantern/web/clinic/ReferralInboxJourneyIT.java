package care.lantern.web.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.web.book.BookingPages;
import care.lantern.web.clinic.PortalClient.Page;
import care.lantern.web.testing.Browser;
import care.lantern.web.testing.BrowserJourney;
import care.lantern.web.testing.Deployments;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Front-desk staff of the New York demo flagship take referrals in: the inbox, one referral
 * accepted into a free consultation, another declined with a reason. And a provider's calendar
 * feed, fetched as a calendar app fetches it. Runs against the demo referrals (LANTERN_DEMO in the
 * failsafe configuration), which are routed, never auto-scheduled, to the flagships.
 */
@BrowserJourney
@RunAsClient
class ReferralInboxJourneyIT {

  private static final String EMAIL = "demo.frontdesk@lantern.test";
  private static final String PASSWORD = "demo-frontdesk-pass";
  private static final String CLINIC = "Lantern Demo New York Flagship";

  @Deployment(testable = false)
  static WebArchive web() {
    return Deployments.packagedWeb();
  }

  @ArquillianResource private URL site;

  @Test
  void staffAcceptOneReferralIntoAFreeTimeAndDeclineAnotherWithAReason(Browser browser) {
    WebDriver driver = browser.driver();
    signIn(driver);

    // The inbox: urgent first, marked in words and not by colour alone.
    BookingPages.clickAndWait(driver, driver.findElement(By.linkText("Referral inbox")));
    assertThat(BookingPages.heading(driver)).isEqualTo("Referral inbox");
    List<WebElement> rows = driver.findElements(By.cssSelector("#referralsTable tbody tr"));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
    assertThat(rows.get(0).getText()).contains("Urgent").contains("Awaiting your answer");
    assertThat(rows.get(0).getText()).containsPattern("\\d{1,2}:\\d{2} [AP]M E[SD]T");
    browser.assertAccessibleWithoutConsoleErrors();

    // Accept the urgent one into the first free time.
    BookingPages.clickAndWait(driver, rows.get(0).findElement(By.cssSelector("th a")));
    assertThat(BookingPages.heading(driver)).startsWith("Referral for ");
    assertThat(driver.findElement(By.id("referralStatus")).getText())
        .isEqualTo("Awaiting your answer");
    assertThat(main(driver)).contains("Passive suicidal thoughts").contains("PHQ-9 score");
    WebElement accept = driver.findElement(By.id("acceptButton"));
    assertThat(accept.getAttribute("data-busy-label")).isEqualTo("Scheduling…");
    browser.assertAccessibleWithoutConsoleErrors();
    WebElement firstTime = driver.findElement(By.cssSelector("input[name='slot']"));
    driver.findElement(By.cssSelector("label[for='" + firstTime.getAttribute("id") + "']")).click();
    BookingPages.clickAndWait(driver, accept);

    assertThat(driver.findElement(By.id("referralStatus")).getText()).isEqualTo("Scheduled");
    String reference = driver.findElement(By.id("appointmentReference")).getText();
    assertThat(reference).matches("LN-[A-Z0-9]+");
    assertThat(driver.findElement(By.id("doneNotice")).getText())
        .contains("consultation " + reference + " is booked");
    assertThat(driver.findElement(By.id("history")).getText())
        .contains("Accepted by " + CLINIC + ": consultation " + reference);
    assertThat(driver.findElements(By.id("acceptButton"))).isEmpty();
    browser.assertAccessibleWithoutConsoleErrors();

    // Decline the next one waiting: a reason is required, and the referrer reads it.
    BookingPages.clickAndWait(driver, driver.findElement(By.id("backToInbox")));
    BookingPages.clickAndWait(
        driver, driver.findElement(By.cssSelector("#referralsTable tbody tr th a")));
    BookingPages.clickAndWait(driver, driver.findElement(By.id("declineButton")));
    assertThat(driver.findElement(By.id("reason-error")).getText())
        .contains("Tell the referrer why your clinic cannot take this patient.");
    assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("error-summary");
    browser.assertAccessibleWithoutConsoleErrors();
    driver.findElement(By.id("reason")).sendKeys("No TMS openings for six weeks.");
    BookingPages.clickAndWait(driver, driver.findElement(By.id("declineButton")));

    assertThat(driver.findElement(By.id("referralStatus")).getText()).isEqualTo("Declined");
    assertThat(driver.findElement(By.id("history")).getText())
        .contains("Declined by " + CLINIC + ": No TMS openings for six weeks.");
    assertThat(driver.findElements(By.id("declineButton"))).isEmpty();
    browser.assertAccessibleWithoutConsoleErrors();
  }

  @Test
  void aProvidersCalendarFeedCarriesTheirBookedConsultationButNoPatientDetails()
      throws IOException, InterruptedException {
    PortalClient staff = PortalClient.signedIn(site, EMAIL, PASSWORD);
    // Book a consultation from the last referral waiting, with whichever provider is first free.
    Page inbox = staff.get("clinic/referrals.xhtml");
    List<Element> links = inbox.document().select("#referralsTable tbody tr th a");
    Page referral = staff.get(links.get(links.size() - 1).attr("href"));
    String patient = referral.document().selectFirst("h1").text().replace("Referral for ", "");
    Element label =
        referral.document().select("label[for^=slot-]").stream()
            .filter(l -> l.text().contains("In person"))
            .findFirst()
            .orElseThrow();
    String slot = label.attr("for").substring("slot-".length());
    String provider = label.ownText();
    Page accepted =
        staff.submit(referral, "accept", "acceptButton", Map.of("slot", slot, "mode", "IN_PERSON"));
    String reference =
        staff.get(accepted.location()).document().getElementById("appointmentReference").text();

    // Issue the provider's feed link; the page shows it once.
    Page feeds = staff.get("clinic/feeds.xhtml");
    Element row =
        feeds.document().select("#feedsTable tbody tr").stream()
            .filter(tr -> provider.contains(tr.selectFirst("th").text()))
            .findFirst()
            .orElseThrow();
    Page issued =
        staff.submit(feeds, "feeds", row.selectFirst("input[type=submit]").attr("name"), Map.of());
    String feedUrl = issued.document().getElementById("feedUrl").val();
    assertThat(feedUrl).matches(".*/calendar-feeds/[A-Za-z0-9_-]{43}\\.ics");

    HttpResponse<String> feed = fetch(feedUrl);
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
    assertThat(feed.body())
        .contains("BEGIN:VCALENDAR")
        .contains("SUMMARY:Consultation · ref " + reference + " · in person")
        .contains("UID:" + reference + "-feed@lantern.care")
        .contains("TZID=America/New_York")
        .doesNotContain(patient.split(" ")[0])
        .doesNotContain(patient.split(" ")[1]);

    // A wrong token, or the link issued before a new one, is a feed that does not exist.
    assertThat(
            fetch(feedUrl.replaceAll("[A-Za-z0-9_-]{43}\\.ics$", "x".repeat(43) + ".ics"))
                .statusCode())
        .isEqualTo(404);
    Page reissued =
        staff.submit(
            staff.get("clinic/feeds.xhtml"),
            "feeds",
            row.selectFirst("input[type=submit]").attr("name"),
            Map.of());
    assertThat(reissued.document().getElementById("feedUrl").val()).isNotEqualTo(feedUrl);
    assertThat(fetch(feedUrl).statusCode()).isEqualTo(404);
  }

  private void signIn(WebDriver driver) {
    driver.get(URI.create(site.toString()).resolve("/clinic/sign-in.xhtml").toString());
    driver.findElement(By.id("email")).sendKeys(EMAIL);
    driver.findElement(By.id("password")).sendKeys(PASSWORD);
    BookingPages.clickAndWait(driver, driver.findElement(By.id("signInButton")));
    assertThat(main(driver)).contains(CLINIC);
  }

  private static HttpResponse<String> fetch(String url) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String main(WebDriver driver) {
    return driver.findElement(By.tagName("main")).getText();
  }
}
