package care.lantern.api.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.api.ApiClient;
import care.lantern.api.Deployments;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contract's appointment clauses over real HTTP, against demo slots in a real database. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppointmentsIT {

  private static final int RACERS = 50;

  @Deployment(testable = false)
  static WebArchive api() {
    return Deployments.packagedApi()
        .addClass(ScreeningsKeptBriefly.class)
        .addAsResource(
            new StringAsset(ScreeningsKeptBriefly.class.getName()),
            "META-INF/services/" + Extension.class.getName());
  }

  @ArquillianResource private URL deployment;

  @Test
  void booksAFreeSlotWithAReferenceAndAManageLink() {
    ApiClient api = new ApiClient(deployment);
    JsonObject slot = freeSlots(api).getJsonObject(0);

    var booked = api.post("appointments", "application/json", booking(slot.getInt("id"), true));

    assertThat(booked.status()).isEqualTo(201);
    JsonObject appointment = booked.json().asJsonObject();
    assertThat(appointment.getString("status")).isEqualTo("BOOKED");
    assertThat(appointment.getString("reference")).matches("LN-[2-9A-Z]{6}");
    assertThat(appointment.getString("start")).isEqualTo(slot.getString("start"));
    assertThat(appointment.getString("manageUrl")).contains("token=");
    assertThat(booked.header("Location"))
        .endsWith("/appointments/" + appointment.getString("reference"));
    assertThat(appointment.getJsonObject("clinic").getString("timezone")).isNotBlank();
    assertThat(booked.body()).doesNotContain("alex.rivera@example.com");
  }

  @Test
  void givesARacedSlotToExactlyOneOfFiftyPatients() throws Exception {
    ApiClient api = new ApiClient(deployment);
    int slotId = freeSlots(api).getJsonObject(3).getInt("id");
    ExecutorService pool = Executors.newFixedThreadPool(RACERS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ApiClient.Answer>> answers = new ArrayList<>();
    Callable<ApiClient.Answer> attempt =
        () -> {
          start.await();
          return api.post("appointments", "application/json", booking(slotId, true));
        };
    for (int i = 0; i < RACERS; i++) {
      answers.add(pool.submit(attempt));
    }
    start.countDown();
    List<ApiClient.Answer> results = new ArrayList<>();
    for (Future<ApiClient.Answer> answer : answers) {
      results.add(answer.get(2, TimeUnit.MINUTES));
    }
    pool.shutdown();

    assertThat(results).filteredOn(a -> a.status() == 201).hasSize(1);
    assertThat(results).filteredOn(a -> a.status() == 409).hasSize(RACERS - 1);
    JsonObject problem =
        results.stream()
            .filter(a -> a.status() == 409)
            .findFirst()
            .orElseThrow()
            .json()
            .asJsonObject();
    assertThat(problem.getString("detail")).contains("just taken");
    assertThat(problem.getJsonArray("alternatives")).isNotEmpty();
    assertThat(freeSlots(api).stream().map(v -> v.asJsonObject().getInt("id")))
        .doesNotContain(slotId);
  }

  @Test
  void cancelFreesTheSlotAgain() {
    ApiClient api = new ApiClient(deployment);
    int slotId = freeSlots(api).getJsonObject(5).getInt("id");
    JsonObject appointment =
        api.post("appointments", "application/json", booking(slotId, true)).json().asJsonObject();

    var cancelled = api.send(post(manage(appointment, "/cancel"), ""));

    assertThat(cancelled.status())
        .as(cancelled.response().uri() + " " + cancelled.body())
        .isEqualTo(200);
    assertThat(cancelled.json().asJsonObject().getString("status")).isEqualTo("CANCELLED");
    assertThat(freeSlots(api).stream().map(v -> v.asJsonObject().getInt("id"))).contains(slotId);
  }

  @Test
  void rescheduleTakesTheNewSlotAndFreesTheOld() {
    ApiClient api = new ApiClient(deployment);
    JsonArray free = freeSlots(api);
    int oldSlot = free.getJsonObject(7).getInt("id");
    JsonObject target = free.getJsonObject(9);
    JsonObject appointment =
        api.post("appointments", "application/json", booking(oldSlot, true)).json().asJsonObject();

    var moved =
        api.send(
            post(manage(appointment, "/reschedule"), "{\"slotId\":" + target.getInt("id") + "}"));

    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.json().asJsonObject().getString("start")).isEqualTo(target.getString("start"));
    var ids = freeSlots(api).stream().map(v -> v.asJsonObject().getInt("id")).toList();
    assertThat(ids).contains(oldSlot).doesNotContain(target.getInt("id"));
  }

  @Test
  void refusesToRescheduleToAnotherProvidersTimeAndKeepsTheAppointment() {
    ApiClient api = new ApiClient(deployment);
    JsonObject mine = freeSlots(api).getJsonObject(17);
    int othersSlot = freeSlots(api, 1).getJsonObject(1).getInt("id");
    JsonObject appointment =
        api.post("appointments", "application/json", booking(mine.getInt("id"), true))
            .json()
            .asJsonObject();

    var refused =
        api.send(post(manage(appointment, "/reschedule"), "{\"slotId\":" + othersSlot + "}"));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    JsonObject error = refused.json().asJsonObject().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("slotId");
    assertThat(error.getString("message"))
        .startsWith("This appointment can only move to another free consultation time with ")
        .contains(appointment.getJsonObject("provider").getString("name"))
        .contains(appointment.getJsonObject("clinic").getString("name"));
    JsonObject kept =
        api.send(HttpRequest.newBuilder(manage(appointment, "")).GET()).json().asJsonObject();
    assertThat(kept.getString("status")).isEqualTo("BOOKED");
    assertThat(kept.getString("start")).isEqualTo(mine.getString("start"));
    assertThat(freeSlots(api, 1).stream().map(v -> v.asJsonObject().getInt("id")))
        .contains(othersSlot);
  }

  @Test
  void searchShowsTheNextFreeConsultationMovingOnWithABookingAndBackWithItsCancellation() {
    ApiClient api = new ApiClient(deployment);
    String search = "providers?zip=10001&treatment=CONSULTATION&payer=AETNA&size=100";
    // A provider whose next free consultation is already bookable (beyond the minimum notice).
    JsonObject slot =
        api.get(search).json().asJsonObject().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(item -> item.get("nextAvailable") instanceof JsonString)
            .flatMap(item -> firstFreeSlotAtNextAvailable(api, item).stream())
            .findFirst()
            .orElseThrow();
    long provider = slot.getJsonNumber("providerId").longValue();

    JsonObject appointment =
        api.post("appointments", "application/json", booking(slot.getInt("id"), true))
            .json()
            .asJsonObject();
    Instant afterBooking = nextAvailable(api, search, provider);
    api.send(post(manage(appointment, "/cancel"), ""));
    Instant afterCancelling = nextAvailable(api, search, provider);

    Instant booked = OffsetDateTime.parse(slot.getString("start")).toInstant();
    assertThat(afterBooking).isAfter(booked);
    assertThat(afterCancelling).isEqualTo(booked);
  }

  @Test
  void servesTheAppointmentAndItsCalendarOnlyWithTheRightToken() {
    ApiClient api = new ApiClient(deployment);
    JsonObject appointment =
        api.post(
                "appointments",
                "application/json",
                booking(freeSlots(api).getJsonObject(11).getInt("id"), true))
            .json()
            .asJsonObject();
    String reference = appointment.getString("reference");

    var wrong = api.get("appointments/" + reference + "?token=not-the-token");
    var ics = api.send(HttpRequest.newBuilder(manage(appointment, "/calendar.ics")).GET());

    assertThat(wrong.status()).isEqualTo(404);
    assertThat(wrong.contentType()).startsWith("application/problem+json");
    assertThat(ics.status()).isEqualTo(200);
    assertThat(ics.contentType()).startsWith("text/calendar");
    assertThat(ics.body())
        .contains("BEGIN:VCALENDAR", "UID:" + reference + "@lantern.care", "METHOD:REQUEST");
  }

  @Test
  void refusesABookingWithoutConsentNamingEveryBadField() {
    ApiClient api = new ApiClient(deployment);
    String body =
        booking(freeSlots(api).getJsonObject(13).getInt("id"), false)
            .replace("alex.rivera@example.com", "not-an-email");

    var refused = api.post("appointments", "application/json", body);

    assertThat(refused.status()).isEqualTo(400);
    var fields =
        refused.json().asJsonObject().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList();
    assertThat(fields).containsExactlyInAnyOrder("consent", "patient.email");
  }

  @Test
  void namesAnUnknownModeAndSourceAmongTheOtherFieldsInTheOrderOfTheForm() {
    ApiClient api = new ApiClient(deployment);
    String body =
        booking(freeSlots(api).getJsonObject(14).getInt("id"), false)
            .replace("\"source\": \"SEARCH\"", "\"source\": \"FRIEND\", \"mode\": \"BY_PIGEON\"")
            .replace(
                "\"reason\": \"Depression not helped by two medications\"", "\"reason\": \" \"");

    var refused = api.post("appointments", "application/json", body);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(
            refused.json().asJsonObject().getJsonArray("errors").stream()
                .map(JsonValue::asJsonObject))
        .extracting(e -> e.getString("field") + ": " + e.getString("message"))
        .containsExactly(
            "mode: This time is not offered in that mode.",
            "reason: Tell the clinic briefly what you would like help with.",
            "source: Use SEARCH, SCREENING or REFERRAL.",
            "consent: Please agree that the clinic may use these details to arrange your"
                + " consultation.");
  }

  /**
   * The deployment keeps screenings for {@link ScreeningsKeptBriefly#KEPT_FOR} instead of two
   * hours, through the same cache expiry: a booking attaches the screening while it is kept, and
   * once it has expired the booking is refused with the contract's message and takes no slot.
   */
  @Test
  void attachesAScreeningOnlyWhileItsResultIsKept() throws InterruptedException {
    ApiClient api = new ApiClient(deployment);
    JsonArray free = freeSlots(api);
    int first = free.getJsonObject(15).getInt("id");
    // The list names a slot once per mode it can be booked in: the next other slot.
    int second =
        free.getValuesAs(JsonObject.class).stream()
            .skip(16)
            .mapToInt(slot -> slot.getInt("id"))
            .filter(id -> id != first)
            .findFirst()
            .orElseThrow();
    String screeningId =
        api.post(
                "screenings",
                "application/json",
                "{\"instrument\":\"PHQ9\",\"answers\":[2,2,2,2,2,2,2,2,1],\"zip\":\"10001\"}")
            .json()
            .asJsonObject()
            .getString("id");
    Instant kept = Instant.now();

    var whileKept = api.post("appointments", "application/json", withScreening(first, screeningId));
    Thread.sleep(
        Duration.between(Instant.now(), kept.plus(ScreeningsKeptBriefly.KEPT_FOR).plusSeconds(1))
            .toMillis());
    var afterExpiry =
        api.post("appointments", "application/json", withScreening(second, screeningId));

    assertThat(whileKept.status()).as(whileKept.body()).isEqualTo(201);
    assertThat(afterExpiry.status()).as(afterExpiry.body()).isEqualTo(400);
    assertThat(afterExpiry.contentType()).startsWith("application/problem+json");
    assertThat(afterExpiry.body())
        .contains("screeningId")
        .contains("This screening result has expired (results are kept for 2 hours).");
    assertThat(freeSlots(api).getValuesAs(JsonObject.class))
        .extracting(slot -> slot.getInt("id"))
        .contains(second)
        .doesNotContain(first);
  }

  @Test
  void countsBookingsConflictsAndSearchesOnMetrics() {
    ApiClient api = new ApiClient(deployment);
    Map<String, Double> before = lanternMetrics(api);
    int slotId = freeSlots(api).getJsonObject(2).getInt("id");

    var booked = api.post("appointments", "application/json", booking(slotId, true));
    var taken = api.post("appointments", "application/json", booking(slotId, true));
    Map<String, Double> after = lanternMetrics(api);

    assertThat(booked.status()).isEqualTo(201);
    assertThat(taken.status()).isEqualTo(409);
    assertThat(after)
        .as("after")
        .containsKeys("lantern_bookings_total", "lantern_searches_seconds_count");
    assertThat(
            after.get("lantern_bookings_total")
                - before.getOrDefault("lantern_bookings_total", 0.0))
        .as("%s then %s", before, after)
        .isEqualTo(1);
    assertThat(
            after.get("lantern_slot_conflicts_total")
                - before.getOrDefault("lantern_slot_conflicts_total", 0.0))
        .isEqualTo(1);
    // Payara shows a timer only once it has timed something.
    assertThat(
            after.get("lantern_searches_seconds_count")
                - before.getOrDefault("lantern_searches_seconds_count", 0.0))
        .as("%s then %s", before, after)
        .isEqualTo(1);
    assertThat(after.get("lantern_searches_seconds_sum"))
        .isGreaterThan(before.getOrDefault("lantern_searches_seconds_sum", 0.0));
    // Read from the outbox (-1 would say the database did not answer), and from the index.
    assertThat(after.get("lantern_webhooks_pending")).isGreaterThanOrEqualTo(0);
    assertThat(after.get("lantern_webhooks_oldest_due_age_seconds")).isGreaterThanOrEqualTo(0);
    assertThat(after.get("lantern_search_index_ready")).isIn(0.0, 1.0);
    assertThat(after.get("lantern_search_index_lag_seconds")).isBetween(0.0, 1.0);
  }

  @Test
  void answersMalformedJsonAndWrongMediaTypeWithProblems() {
    ApiClient api = new ApiClient(deployment);

    var malformed = api.post("appointments", "application/json", "{\"slotId\": ");
    var wrongType = api.post("appointments", "text/plain", "hello");

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).startsWith("application/problem+json");
    assertThat(wrongType.status()).isEqualTo(415);
    assertThat(wrongType.contentType()).startsWith("application/problem+json");
  }

  private static JsonArray freeSlots(ApiClient api) {
    return freeSlots(api, 0);
  }

  /** Lantern's series on {@code /metrics} in Prometheus' text format, summed over their tags. */
  private Map<String, Double> lanternMetrics(ApiClient api) {
    var answer =
        api.send(
            HttpRequest.newBuilder(
                    URI.create(deployment.toString()).resolve("/metrics?scope=application"))
                .GET());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer
        .body()
        .lines()
        .filter(line -> line.startsWith("lantern_"))
        .map(line -> line.split("[{ ]"))
        .collect(
            Collectors.toMap(
                sample -> sample[0],
                sample -> Double.valueOf(sample[sample.length - 1]),
                Double::sum));
  }

  /** The free slots of the search's {@code rank}th soonest provider (from 0). */
  private static JsonArray freeSlots(ApiClient api, int rank) {
    int provider =
        api.get("providers?zip=10001&treatment=CONSULTATION&payer=AETNA&sort=soonest")
            .json()
            .asJsonObject()
            .getJsonArray("items")
            .getJsonObject(rank)
            .getInt("id");
    return api.get("providers/" + provider + "/slots").json().asJsonArray();
  }

  /** The provider's first bookable slot, with its provider's id, if it is the search's time. */
  private static Optional<JsonObject> firstFreeSlotAtNextAvailable(ApiClient api, JsonObject item) {
    JsonArray slots = api.get("providers/" + item.getInt("id") + "/slots").json().asJsonArray();
    Instant next = OffsetDateTime.parse(item.getString("nextAvailable")).toInstant();
    return slots.stream()
        .map(JsonValue::asJsonObject)
        .findFirst()
        .filter(first -> OffsetDateTime.parse(first.getString("start")).toInstant().equals(next))
        .map(first -> Json.createObjectBuilder(first).add("providerId", item.getInt("id")).build());
  }

  private static Instant nextAvailable(ApiClient api, String search, long provider) {
    return api.get(search).json().asJsonObject().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(item -> item.getJsonNumber("id").longValue() == provider)
        .map(item -> OffsetDateTime.parse(item.getString("nextAvailable")).toInstant())
        .findFirst()
        .orElseThrow();
  }

  private URI manage(JsonObject appointment, String action) {
    String token = appointment.getString("manageUrl").replaceAll(".*[?&]token=([^&]+).*", "$1");
    return new ApiClient(deployment)
        .uri("appointments/" + appointment.getString("reference") + action + "?token=" + token);
  }

  private static HttpRequest.Builder post(URI uri, String json) {
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  private static String withScreening(int slotId, String screeningId) {
    return booking(slotId, true)
        .replace(
            "\"source\": \"SEARCH\"",
            "\"source\": \"SCREENING\", \"screeningId\": \"" + screeningId + "\"");
  }

  private static String booking(int slotId, boolean consent) {
    return """
        {"slotId": %d,
         "patient": {"firstName": "Alex", "lastName": "Rivera", "email": "alex.rivera@example.com",
                     "phone": "(555) 010-0199", "dateOfBirth": "1980-04-27", "zip": "10001"},
         "payer": "AETNA", "reason": "Depression not helped by two medications",
         "source": "SEARCH", "consent": %b}
        """
        .formatted(slotId, consent);
  }
}
