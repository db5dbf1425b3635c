package care.lantern.web.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The checks every journey makes on every page catch what they are there for: a page with a script
 * that logs an error, and a page with an input that has no label (a WCAG 2.1 A failure axe rates
 * critical), each fail the journeys' check on its own, and a clean page passes it. The pages are
 * planted in the test deployment only, next to the site as it ships.
 */
@BrowserJourney
@RunAsClient
class BrowserChecksIT {

  private static final String PAGES = "browser-checks/";

  @Deployment(testable = false)
  static WebArchive webWithPlantedPages() {
    WebArchive web = Deployments.packagedWeb();
    for (String page :
        new String[] {
          "clean.html", "console-error.html", "console-error.js", "unlabelled-input.html"
        }) {
      web.addAsWebResource(PAGES + page, PAGES + page);
    }
    return web;
  }

  @ArquillianResource private URL site;

  @Test
  void aCleanPagePassesTheJourneysCheck(Browser browser) {
    browser.driver().get(site + PAGES + "clean.html");

    assertThat(browser.driver().getTitle()).isEqualTo("A clean page");
    browser.assertAccessibleWithoutConsoleErrors();
  }

  @Test
  void reportsAnErrorAPageLogsToTheConsole(Browser browser) {
    browser.driver().get(site + PAGES + "console-error.html");

    assertThat(browser.consoleErrors())
        .singleElement()
        .asString()
        .contains("console-error.js")
        .contains("planted console error");
  }

  @Test
  void failsTheJourneysCheckOnAConsoleErrorAlone(Browser browser) {
    browser.driver().get(site + PAGES + "console-error.html");

    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    assertThatThrownBy(browser::assertAccessibleWithoutConsoleErrors)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("console errors")
        .hasMessageContaining("planted console error");
  }

  @Test
  void reportsAnInputWithoutALabelAsASeriousViolation(Browser browser) {
    browser.driver().get(site + PAGES + "unlabelled-input.html");

    assertThat(browser.seriousAccessibilityViolations())
        .singleElement()
        .asString()
        .startsWith("label: ")
        .contains("#nameless");
  }

  @Test
  void failsTheJourneysCheckOnAnAccessibilityViolationAlone(Browser browser) {
    browser.driver().get(site + PAGES + "unlabelled-input.html");

    assertThat(browser.consoleErrors()).isEmpty();
    assertThatThrownBy(browser::assertAccessibleWithoutConsoleErrors)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("serious accessibility violations")
        .hasMessageContaining("label: ");
  }
}
