package care.lantern.web.clinic;

import static care.lantern.web.book.BookingPages.clickAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.web.testing.Browser;
import care.lantern.web.testing.BrowserJourney;
import care.lantern.web.testing.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The front desk on a phone: sign in, today's calendar, open the TMS session that has just started
 * (demo content), mark it attended. Every page is checked with axe and for console errors.
 */
@BrowserJourney
@RunAsClient
class CalendarJourneyIT {

  @Deployment(testable = false)
  static WebArchive web() {
    return Deployments.packagedWeb();
  }

  @ArquillianResource private URL site;

  @Test
  void frontDeskMarksTodaysStartedSessionAttended(Browser browser) {
    WebDriver driver = browser.driver();
    driver.get(site + "clinic/calendar.xhtml");
    driver.findElement(By.id("email")).sendKeys("demo.frontdesk@lantern.test");
    driver.findElement(By.id("password")).sendKeys("demo-frontdesk-pass");
    clickAndWait(driver, driver.findElement(By.id("signInButton")));

    assertThat(driver.findElement(By.tagName("h1")).getText())
        .startsWith("Calendar: Lantern Demo New York");
    assertThat(driver.findElement(By.id("zone")).getText()).contains("America/New_York");
    browser.assertAccessibleWithoutConsoleErrors();

    WebElement session =
        driver.findElements(By.cssSelector(".agenda__item")).stream()
            // Still booked: other test classes sharing a PostgreSQL database may have acted on
            // some.
            .filter(item -> item.getText().contains("TMS session · Booked"))
            .findFirst()
            .orElseThrow();
    clickAndWait(driver, session.findElement(By.cssSelector("a.agenda__link")));

    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Appointment LN-");
    assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Booked");
    assertThat(driver.findElement(By.id("patientName")).getText()).isNotBlank();
    browser.assertAccessibleWithoutConsoleErrors();

    clickAndWait(driver, driver.findElement(By.id("markAttended")));
    assertThat(driver.findElement(By.id("confirmHeading")).getText())
        .isEqualTo("Mark this appointment attended?");
    browser.assertAccessibleWithoutConsoleErrors();
    clickAndWait(driver, driver.findElement(By.cssSelector("input[id$='confirmAttended']")));

    assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Attended");
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains("Marked attended.", "can no longer be changed");
    assertThat(driver.findElements(By.id("markAttended"))).isEmpty();
    browser.assertAccessibleWithoutConsoleErrors();
  }
}
