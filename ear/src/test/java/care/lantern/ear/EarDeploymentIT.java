package care.lantern.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR deploys on a full Payara Server through the README's own script and both web modules
 * answer: against in-memory H2, or under {@code -Ppostgresql} against the PostgreSQL named by
 * {@code lantern.test.pg.url}, as production runs it.
 */
class EarDeploymentIT {

  /** Payara Server's port base: its HTTP port is this plus 80, its admin port plus 48. */
  static final int PORT_BASE = Integer.getInteger("lantern.ear.portBase", 28000);

  private static PayaraServer server;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void deployEar() {
    Path home = Path.of(System.getProperty("payara.server.home"));
    server = new PayaraServer(home, Path.of("target/payara-domains").toAbsolutePath(), PORT_BASE);
    server.start();
    server.deploy(
        Path.of(System.getProperty("lantern.repo"), "ear/deploy-to-payara-server.sh"),
        TestDatabase.fromSystemProperties().environment());
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void booksAConsultationThroughTheEar() {
    LanternApi api = new LanternApi(server.httpPort());

    LanternApi.Booking booking = api.bookAFreeSlot();

    HttpResponse<String> appointment = api.appointment(booking);
    assertThat(LanternApi.json(appointment).asJsonObject().getString("status")).isEqualTo("BOOKED");
    assertThat(api.freeSlots(booking.providerId()).getValuesAs(JsonObject.class))
        .noneMatch(slot -> slot.getInt("id") == booking.slotId());
  }

  @Test
  void bookingWebAnswersAtTheRootContext() throws Exception {
    HttpResponse<String> home = get("/");

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Lantern").contains("988");
  }

  @Test
  void referralApiAnswersUnderApiWithDataFromTheMigratedDatabase() throws Exception {
    HttpResponse<String> treatments = get("/api/v1/treatments");

    assertThat(treatments.statusCode()).isEqualTo(200);
    assertThat(treatments.body()).contains("\"code\":\"TMS\"");
  }

  @Test
  void clinicPortalSendsAnAnonymousVisitorToItsSignInPage() throws Exception {
    HttpResponse<String> portal = get("/clinic/");
    HttpResponse<String> signIn = get("/clinic/sign-in.xhtml");

    assertThat(portal.statusCode()).isEqualTo(302);
    assertThat(portal.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/clinic/sign-in.xhtml"));
    assertThat(signIn.statusCode()).isEqualTo(200);
    assertThat(signIn.body()).contains("Sign in to the clinic portal");
  }

  @Test
  void reportsHealthAndLanternsFiguresFromTheOneSharedCopy() throws Exception {
    HttpResponse<String> live = get("/health/live");
    HttpResponse<String> metrics = get("/metrics?scope=application");

    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body()).contains("\"threads\"").contains("\"module\":\"shared\"");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body().lines().filter(line -> line.startsWith("lantern_bookings_total{")))
        .anySatisfy(line -> assertThat(line).contains("module=\"shared\""));
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    URI uri = URI.create("http://localhost:" + server.httpPort() + path);
    return HTTP.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
