package care.lantern.web.screening;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.web.testing.Browser;
import care.lantern.web.testing.BrowserJourney;
import care.lantern.web.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A screening crosses between the two modules as on a production server: both WARs on one Payara
 * Micro, each with its own copy of the business classes, sharing the server's JCache. Taken through
 * the API, its result opens on the patient site; taken on the site, the API books with it. Either
 * used to answer 500 with {@code ClassCastException: TakenScreening cannot be cast to
 * TakenScreening}, one module's object read by the other.
 */
@BrowserJourney
@RunAsClient
class ScreeningAcrossModulesIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  @TargetsContainer(Deployments.WITH_API)
  static WebArchive web() {
    return Deployments.packagedWeb();
  }

  @ArquillianResource private URL deployment;

  /** The server's root: with two modules deployed Arquillian may report either one's address. */
  private URI server() {
    return URI.create(deployment.toString()).resolve("/");
  }

  private URL site() {
    try {
      return server().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aScreeningTakenThroughTheApiOpensWithItsResultOnThePatientSite() {
    HttpResponse<String> taken =
        post(
            "api/v1/screenings",
            "{\"instrument\":\"PHQ9\",\"answers\":[1,1,1,1,1,0,0,0,1],\"zip\":\"10001\"}");
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
    String id = json(taken).getString("id");

    HttpResponse<String> result = get("screening/result.xhtml?id=" + id);

    assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
    assertThat(result.body()).contains("Your score: 6 out of 27").contains("tel:988");
  }

  @Test
  void aScreeningTakenOnThePatientSiteTravelsWithABookingMadeThroughTheApi(Browser browser) {
    ScreeningPage page =
        ScreeningPage.open(browser, site(), "PHQ9")
            .answerAll(9, "Several days")
            .zip("10001")
            .insurance("Aetna")
            .submit("See my result");
    String screening = page.screeningId();
    String book = page.bookLinks().get(0).getAttribute("href");
    String provider = book.replaceAll(".*[?&]provider=(\\d+).*", "$1");
    JsonObject slot =
        Json.createReader(
                new StringReader(
                    get("api/v1/providers/" + provider + "/slots?treatment=CONSULTATION").body()))
            .readArray()
            .getJsonObject(0);

    HttpResponse<String> booked =
        post(
            "api/v1/appointments",
            Json.createObjectBuilder()
                .add("slotId", slot.getJsonNumber("id").longValue())
                .add(
                    "patient",
                    Json.createObjectBuilder()
                        .add("firstName", "Avery")
                        .add("lastName", "Quinn")
                        .add("email", "avery.quinn@example.com")
                        .add("phone", "(555) 010-2233")
                        .add("dateOfBirth", "1990-04-12")
                        .add("zip", "10001"))
                .add("payer", "AETNA")
                .add("reason", "Low mood since the spring.")
                .add("source", "SCREENING")
                .add("screeningId", screening)
                .add("consent", true)
                .build()
                .toString());

    assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
    assertThat(json(booked).getString("status")).isEqualTo("BOOKED");
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(server().resolve(path)).GET());
  }

  private HttpResponse<String> post(String path, String json) {
    return send(
        HttpRequest.newBuilder(server().resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
