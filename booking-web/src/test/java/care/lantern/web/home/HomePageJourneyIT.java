package care.lantern.web.home;

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
import org.openqa.selenium.WebElement;

@BrowserJourney
@RunAsClient
class HomePageJourneyIT {

  @Deployment(testable = false)
  static WebArchive web() {
    return Deployments.packagedWeb();
  }

  @ArquillianResource private URL site;

  @Test
  void homePageShowsTheShellWithTheCrisisLineInTheFooter(Browser browser) {
    browser.driver().get(site.toString());

    assertThat(browser.driver().getTitle()).contains("Lantern");
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
    WebElement footer = browser.driver().findElement(By.tagName("footer"));
    assertThat(footer.getText()).contains("988");
    assertThat(footer.findElement(By.cssSelector("a[href='tel:988']")).isDisplayed()).isTrue();
  }

  @Test
  void homePageLoadsWithoutConsoleErrors(Browser browser) {
    browser.driver().get(site.toString());

    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void homePagePassesAnAxeScanWithoutSeriousViolations(Browser browser) {
    browser.driver().get(site.toString());

    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
  }

  @Test
  void skipLinkIsTheFirstStopForKeyboardUsers(Browser browser) {
    browser.driver().get(site.toString());

    browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);

    assertThat(browser.driver().switchTo().activeElement().getAttribute("href")).endsWith("#main");
  }
}
