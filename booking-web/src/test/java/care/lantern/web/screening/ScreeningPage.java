package care.lantern.web.screening;

import care.lantern.web.testing.Browser;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The screening quiz and its result, as a person uses them: by legends, labels and links. */
final class ScreeningPage {

  private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

  private final WebDriver driver;

  private ScreeningPage(WebDriver driver) {
    this.driver = driver;
  }

  static ScreeningPage open(Browser browser, URL site, String instrument) {
    browser.driver().get(site + "screening/take.xhtml?instrument=" + instrument);
    return new ScreeningPage(browser.driver());
  }

  static ScreeningPage current(Browser browser) {
    return new ScreeningPage(browser.driver());
  }

  /** Chooses the option labelled {@code option} in the question numbered {@code number}. */
  ScreeningPage answer(int number, String option) {
    WebElement question = question(number);
    question.findElement(By.xpath(".//label[normalize-space()='" + option + "']")).click();
    return this;
  }

  /** Answers the first {@code questions} questions with {@code option}. */
  ScreeningPage answerAll(int questions, String option) {
    for (int number = 1; number <= questions; number++) {
      answer(number, option);
    }
    return this;
  }

  WebElement question(int number) {
    return driver.findElements(By.cssSelector("fieldset.question")).stream()
        .filter(fieldset -> legendNumber(fieldset).equals(number + "."))
        .findFirst()
        .orElseThrow();
  }

  private static String legendNumber(WebElement fieldset) {
    return fieldset.findElement(By.cssSelector("legend .question__number")).getText().trim();
  }

  ScreeningPage zip(String zip) {
    field("ZIP code").sendKeys(zip);
    return this;
  }

  ScreeningPage insurance(String payerName) {
    new Select(field("Insurance")).selectByVisibleText(payerName);
    return this;
  }

  ScreeningPage antidepressantsTried(String count) {
    new Select(field("How many antidepressants have you tried that did not help enough?"))
        .selectByVisibleText(count);
    return this;
  }

  /** Presses the button and waits for the next page, which may take a provider search. */
  ScreeningPage submit(String button) {
    Browser.clickAndWaitForNextPage(
        driver,
        driver.findElement(By.xpath("//input[@type='submit' and @value='" + button + "']")),
        PAGE_LOAD);
    return this;
  }

  private WebElement field(String label) {
    WebElement labelElement =
        driver.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
    return driver.findElement(By.id(labelElement.getAttribute("for")));
  }

  WebElement main() {
    return driver.findElement(By.tagName("main"));
  }

  /** The first element in main, what a person meets first after the header. */
  WebElement firstInMain() {
    return main().findElement(By.xpath("./*[1]"));
  }

  List<WebElement> crisisBoxes() {
    return driver.findElements(By.cssSelector("main .crisis"));
  }

  List<WebElement> bookLinks() {
    return driver.findElements(By.cssSelector("main a.book"));
  }

  WebElement errorSummary() {
    return driver.findElement(By.cssSelector(".error-summary"));
  }

  String screeningId() {
    String url = driver.getCurrentUrl();
    return url.substring(url.indexOf("id=") + "id=".length());
  }
}
