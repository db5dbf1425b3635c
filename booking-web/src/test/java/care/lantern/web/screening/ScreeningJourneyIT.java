package care.lantern.web.screening;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.web.testing.Browser;
import care.lantern.web.testing.BrowserJourney;
import care.lantern.web.testing.Deployments;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@BrowserJourney
@RunAsClient
class ScreeningJourneyIT {

  private static final String SEVERAL_DAYS = "Several days";
  private static final String NOT_AT_ALL = "Not at all";

  @Deployment(testable = false)
  static WebArchive web() {
    return Deployments.packagedWeb();
  }

  @ArquillianResource private URL site;

  @Test
  void urgentPhq9ShowsCrisisLinesFirstThenProvidersToBookWithTheScreening(Browser browser) {
    ScreeningPage page =
        ScreeningPage.open(browser, site, "PHQ9")
            .answerAll(8, SEVERAL_DAYS)
            .answer(9, SEVERAL_DAYS)
            .zip("10001")
            .insurance("Aetna")
            .submit("See my result");

    assertThat(browser.driver().getCurrentUrl()).contains("/screening/result.xhtml?id=");
    WebElement first = page.firstInMain();
    assertThat(first.getAttribute("class")).contains("crisis");
    assertThat(first.getAttribute("role")).isEqualTo("alert");
    assertThat(first.getText()).contains("988");
    assertThat(first.findElement(By.cssSelector("a[href='tel:988']")).isDisplayed()).isTrue();
    assertThat(first.findElement(By.cssSelector("a[href='sms:988']")).isDisplayed()).isTrue();
    assertThat(first.findElement(By.cssSelector("a[href='tel:911']")).isDisplayed()).isTrue();
    assertThat(page.main().getText()).contains("This is a screening, not a diagnosis");
    List<WebElement> bookLinks = page.bookLinks();
    assertThat(bookLinks).isNotEmpty();
    assertThat(bookLinks.get(0).getAttribute("href"))
        .contains("/book/slots.xhtml?provider=")
        .contains("&clinic=")
        .endsWith("&screening=" + page.screeningId());
  }

  @Test
  void resultWithoutRiskShowsNoCrisisBox(Browser browser) {
    ScreeningPage page =
        ScreeningPage.open(browser, site, "PHQ9")
            .answerAll(9, NOT_AT_ALL)
            .answer(1, SEVERAL_DAYS)
            .submit("See my result");

    assertThat(browser.driver().getCurrentUrl()).contains("/screening/result.xhtml?id=");
    assertThat(page.crisisBoxes()).isEmpty();
    assertThat(page.main().getText())
        .contains("Your score: 1 out of 27")
        .contains("Few or no signs");
  }

  @Test
  void missingAnswersAreNamedInASummaryLinkingToEachQuestion(Browser browser) {
    ScreeningPage page =
        ScreeningPage.open(browser, site, "PHQ9")
            .answer(1, SEVERAL_DAYS)
            .answer(2, NOT_AT_ALL)
            .submit("See my result");

    assertThat(browser.driver().getCurrentUrl()).contains("instrument=PHQ9");
    WebElement summary = page.errorSummary();
    assertThat(summary.getAttribute("role")).isEqualTo("alert");
    List<WebElement> links = summary.findElements(By.tagName("a"));
    assertThat(links).hasSize(7);
    assertThat(links.get(0).getText()).isEqualTo("Question 3: please choose an answer.");
    String target = links.get(0).getAttribute("href").replaceAll(".*#", "");
    assertThat(page.question(3).findElement(By.id(target)).getAttribute("type")).isEqualTo("radio");
    assertThat(page.question(3).getText()).contains("Question 3: please choose an answer.");
    assertThat(page.question(1).findElements(By.cssSelector(".field-error")))
        .allSatisfy(error -> assertThat(error.getText()).isEmpty());
    assertThat(page.question(1).findElement(By.cssSelector("input:checked")).getAttribute("value"))
        .isEqualTo("1");
  }

  @Test
  void ptsdScreenAsksAboutTraumaFirstAndANoEndsTheQuestionsWithAConsultation(Browser browser) {
    ScreeningPage page = ScreeningPage.open(browser, site, "PCPTSD5");

    assertThat(browser.driver().findElements(By.cssSelector("fieldset.question"))).hasSize(1);
    browser
        .driver()
        .findElement(
            By.xpath("//fieldset[contains(@class,'question')]//label[normalize-space()='No']"))
        .click();
    page.submit("Continue");

    assertThat(page.main().getText())
        .contains("no further questions")
        .contains("Psychiatric")
        .doesNotContain("Please check your answers");
  }

  @Test
  void homePageLeadsToTheThreeQuizzes(Browser browser) {
    browser.driver().get(site.toString());

    browser.driver().findElement(By.linkText("Take a free screening quiz")).click();

    assertThat(browser.driver().findElements(By.cssSelector("main .card h2")))
        .extracting(WebElement::getText)
        .containsExactly(
            "Patient Health Questionnaire (PHQ-9)",
            "Generalized Anxiety Disorder scale (GAD-7)",
            "Primary Care PTSD Screen for DSM-5 (PC-PTSD-5)");
  }

  @Test
  void quizAndResultPagesPassAnAxeScanWithoutConsoleErrors(Browser browser) {
    ScreeningPage page = ScreeningPage.open(browser, site, "PHQ9");
    browser.assertAccessibleWithoutConsoleErrors();

    page.answer(1, SEVERAL_DAYS).submit("See my result");
    browser.assertAccessibleWithoutConsoleErrors();

    page.answerAll(9, SEVERAL_DAYS).zip("10001").submit("See my result");
    assertThat(page.crisisBoxes()).hasSize(1);
    browser.assertAccessibleWithoutConsoleErrors();

    ScreeningPage.open(browser, site, "PCPTSD5");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.driver().get(site + "screening/index.xhtml");
    browser.assertAccessibleWithoutConsoleErrors();
  }
}
