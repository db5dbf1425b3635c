package care.lantern.web.providers;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.web.testing.Browser;
import care.lantern.web.testing.BrowserJourney;
import care.lantern.web.testing.Deployments;
import java.net.URL;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** A patient finds a provider near them and reads their profile, against the demo directory. */
@BrowserJourney
@RunAsClient
class ProviderSearchJourneyIT {

  @Deployment(testable = false)
  static WebArchive web() {
    return Deployments.packagedWeb();
  }

  @ArquillianResource private URL site;

  @Test
  void findsATmsProviderTakingAetnaNearAZipAndOpensTheirProfile(Browser browser) {
    browser.driver().get(site.toString());
    new ProviderPages.SearchForm(browser.driver())
        .zip("10001")
        .choose("Treatment", "Transcranial magnetic stimulation (TMS)")
        .choose("Insurance", "Aetna")
        .submit();

    var results = new ProviderPages.Results(browser.driver());
    assertThat(browser.driver().getCurrentUrl())
        .contains("/providers/search.xhtml?", "zip=10001", "treatment=TMS", "payer=AETNA");
    assertThat(browser.driver().getTitle()).matches("\\d+ providers? near 10001 · Lantern");
    List<WebElement> cards = results.cards();
    assertThat(cards).isNotEmpty();
    WebElement first = cards.get(0);
    assertThat(results.distanceOf(first)).matches("\\d+\\.\\d miles");
    WebElement next = results.nextAvailableOf(first);
    assertThat(next).isNotNull();
    assertThat(next.getText()).matches("\\w{3} \\d{1,2} \\w{3}, \\d{1,2}:\\d{2} [AP]M [A-Z]{3,4}");
    assertThat(first.getText()).contains("Transcranial magnetic stimulation (TMS)", "Aetna");

    results.openProfile(first);

    var profile = new ProviderPages.Profile(browser.driver());
    assertThat(browser.driver().getCurrentUrl()).contains("/providers/view.xhtml?id=", "zip=10001");
    assertThat(profile.section("Qualifications")).isNotBlank();
    assertThat(profile.section("Treatment philosophy")).isNotBlank();
    assertThat(profile.section("Locations")).contains("Times shown in");
    assertThat(profile.bookingLink().getAttribute("href"))
        .matches(".*/book/slots\\.xhtml\\?provider=\\d+&clinic=\\d+");
  }

  @Test
  void resultsAndProfilePassAnAxeScanWithoutConsoleErrorsAtPhoneWidth(Browser browser) {
    browser.driver().get(site + "providers/search.xhtml?zip=10001&treatment=TMS&payer=AETNA");

    assertThat(new ProviderPages.Results(browser.driver()).cards()).isNotEmpty();
    browser.assertAccessibleWithoutConsoleErrors();
    assertThat(scrollsSideways(browser)).isFalse();

    new ProviderPages.Results(browser.driver())
        .openProfile(new ProviderPages.Results(browser.driver()).cards().get(0));

    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
    browser.assertAccessibleWithoutConsoleErrors();
    assertThat(scrollsSideways(browser)).isFalse();
  }

  @Test
  void showsAnUnknownZipCodeAsAnErrorNextToTheField(Browser browser) {
    browser.driver().get(site.toString());
    new ProviderPages.SearchForm(browser.driver()).zip("00000").submit();

    var results = new ProviderPages.Results(browser.driver());
    assertThat(browser.driver().getTitle()).startsWith("Check your search");
    assertThat(results.errorSummary().getText()).contains("ZIP code");
    WebElement zip = new ProviderPages.SearchForm(browser.driver()).field("ZIP code");
    assertThat(zip.getAttribute("value")).isEqualTo("00000");
    assertThat(zip.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(zip.getAttribute("aria-describedby")).contains("zip-error");
    assertThat(browser.driver().findElement(By.id("zip-error")).getText()).contains("ZIP code");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
  }

  @Test
  void answersAnUnknownProviderWithTheNotFoundPage(Browser browser) {
    browser.driver().get(site + "providers/view.xhtml?id=999999999");

    assertThat(browser.driver().getTitle()).startsWith("Page not found");
  }

  @Test
  void suggestsDroppingAFilterWhenNothingMatchesAndKeepsTheOthers(Browser browser) {
    browser.driver().get(site + "providers/search.xhtml?zip=10001&radiusMiles=10&language=bn");

    var results = new ProviderPages.Results(browser.driver());
    assertThat(results.cards()).isEmpty();
    assertThat(browser.driver().getTitle()).startsWith("No providers near 10001");
    assertThat(browser.driver().findElement(By.linkText("Search within 25 miles"))).isNotNull();

    results.follow("Show providers in any language");

    assertThat(browser.driver().getCurrentUrl()).contains("zip=10001", "radiusMiles=10");
    assertThat(browser.driver().getCurrentUrl()).doesNotContain("language=");
    assertThat(results.cards()).isNotEmpty();
  }

  @Test
  void pagesAndSortsWithoutLosingTheFilters(Browser browser) {
    // Every demo provider speaks English: a kept filter that still leaves more than one page.
    browser.driver().get(site + "providers/search.xhtml?zip=10001&radiusMiles=250&language=en");
    var results = new ProviderPages.Results(browser.driver());
    assertThat(results.cards()).hasSize(20);

    results.follow("Soonest available");
    List<OffsetDateTime> starts =
        results.cards().stream()
            .map(results::nextAvailableOf)
            .takeWhile(time -> time != null)
            .map(time -> OffsetDateTime.parse(time.getAttribute("datetime")))
            .toList();
    assertThat(starts).hasSizeGreaterThan(1);
    assertThat(starts.stream().map(OffsetDateTime::toInstant).toList()).isSorted();

    results.follow("Next page");

    assertThat(browser.driver().getCurrentUrl())
        .contains("zip=10001", "radiusMiles=250", "language=en", "sort=soonest", "page=2");
    assertThat(browser.driver().findElement(By.cssSelector(".pager")).getText())
        .contains("Page 2 of");
    assertThat(results.cards()).isNotEmpty();
  }

  private static boolean scrollsSideways(Browser browser) {
    return (Boolean)
        ((JavascriptExecutor) browser.driver())
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
  }
}
