package care.lantern.api.referral;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.api.ApiClient;
import care.lantern.api.Deployments;
import care.lantern.api.Racers;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contract's referral clauses over real HTTP, against the demo directory and its slots. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferralsIT {

  private static final String DEMO_KEY = "lantern-demo-key";
  private static final String ADMIN_TOKEN = "test-admin-token";
  private static final int RACERS = 10;
  private static final int SLOT_RACERS = 20;

  @Deployment(testable = false)
  static WebArchive api() {
    return Deployments.packagedApi();
  }

  @ArquillianResource private URL deployment;

  /**
   * Micro reports the deployment before its start-up singletons (migrations, demo data, the demo
   * practice) have finished; wait until the demo key is accepted.
   */
  @BeforeEach
  void awaitDemoPractice() throws InterruptedException {
    long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (get(DEMO_KEY, "referrals?size=1").status() != 200 && System.nanoTime() < giveUp) {
      TimeUnit.SECONDS.sleep(1);
    }
  }

  /**
   * The API's root. The Micro adapter may report the context of another servlet of the server (its
   * default web module at {@code /}), so the contract's context root is set here explicitly.
   */
  private URL apiRoot() {
    try {
      return URI.create(
              deployment.getProtocol()
                  + "://"
                  + deployment.getHost()
                  + ":"
                  + deployment.getPort()
                  + "/api/")
          .toURL();
    } catch (MalformedURLException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private URI uri(String path) {
    return URI.create(apiRoot() + "v1/" + path);
  }

  private ApiClient.Answer submit(String key, String idempotencyKey, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("referrals"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return new ApiClient(apiRoot()).send(request);
  }

  private ApiClient.Answer get(String key, String path) {
    return new ApiClient(apiRoot())
        .send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + key).GET());
  }

  private static String referral(String treatment, boolean autoSchedule, String email) {
    return "{\"patient\":{\"firstName\":\"Alex\",\"lastName\":\"Rivera\",\"email\":\""
        + email
        + "\",\"phone\":\"(555) 010-0199\",\"dateOfBirth\":\"1980-04-27\",\"zip\":\"10001\"},"
        + "\"payer\":\"AETNA\",\"diagnosisCodes\":[\"F33.2\"],\"phq9Score\":19,"
        + "\"priorAntidepressantTrials\":2,\"requestedTreatments\":[\""
        + treatment
        + "\"],\"urgency\":\"ROUTINE\",\"autoSchedule\":"
        + autoSchedule
        + "}";
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  @Test
  void refusesARequestWithoutAValidKey() {
    var missing = submit(null, key(), referral("TMS", false, "alex.rivera@example.com"));
    var wrong =
        submit(
            "lk_aaaaaaaaaa_" + "b".repeat(32),
            key(),
            referral("TMS", false, "alex.rivera@example.com"));

    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"lantern\"");
    assertThat(missing.contentType()).startsWith("application/problem+json");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(get("nonsense", "referrals").status()).isEqualTo(401);
  }

  @Test
  void routesAReferralToMatchingProvidersWithTheirNextSlots() {
    var answer = submit(DEMO_KEY, key(), referral("TMS", false, "alex.rivera@example.com"));

    assertThat(answer.status()).isEqualTo(201);
    JsonObject referral = answer.json().asJsonObject();
    assertThat(referral.getString("status")).isEqualTo("ROUTED");
    assertThat(answer.header("Location")).endsWith("/referrals/" + referral.getString("id"));
    assertThat(referral.getString("createdAt")).endsWith("Z");
    assertThat(referral.getJsonArray("matches")).isNotEmpty();
    JsonObject match = referral.getJsonArray("matches").getJsonObject(0);
    assertThat(match.getString("treatment")).isEqualTo("TMS");
    assertThat(match.getJsonNumber("distanceMiles").doubleValue()).isLessThanOrEqualTo(25.0);
    assertThat(match.getJsonArray("nextSlots")).isNotEmpty();
    assertThat(match.getJsonArray("nextSlots").getJsonObject(0).getString("start"))
        .matches(".*T.*[+-]\\d\\d:\\d\\d");
    assertThat(referral.containsKey("appointment")).isFalse();
    assertThat(referral.getJsonArray("history"))
        .extracting(v -> v.asJsonObject().getString("status"))
        .containsExactly("RECEIVED", "ROUTED");
    assertThat(answer.body()).doesNotContain("alex.rivera@example.com");
  }

  @Test
  void autoSchedulesTheEarliestMatchingConsultation() {
    var answer = submit(DEMO_KEY, key(), referral("TMS", true, "sam.lee@example.com"));

    assertThat(answer.status()).isEqualTo(201);
    JsonObject referral = answer.json().asJsonObject();
    assertThat(referral.getString("status")).isEqualTo("SCHEDULED");
    JsonObject appointment = referral.getJsonObject("appointment");
    assertThat(appointment.getString("reference")).matches("LN-[2-9A-Z]{6}");
    assertThat(appointment.getString("status")).isEqualTo("BOOKED");
    assertThat(appointment.containsKey("manageUrl")).isFalse();
    assertThat(referral.getJsonArray("history"))
        .extracting(v -> v.asJsonObject().getString("status"))
        .containsExactly("RECEIVED", "ROUTED", "SCHEDULED");
    long providerId = appointment.getJsonObject("provider").getJsonNumber("id").longValue();
    String start = appointment.getString("start");
    var free = new ApiClient(apiRoot()).get("providers/" + providerId + "/slots");
    assertThat(free.status()).isEqualTo(200);
    long bookedSlot =
        referral.getJsonArray("matches").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getJsonObject("provider").getJsonNumber("id").longValue() == providerId)
            .flatMap(m -> m.getJsonArray("nextSlots").stream().map(JsonValue::asJsonObject))
            .filter(s -> s.getString("start").equals(start))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    assertThat(
            free.json().asJsonArray().stream()
                .map(s -> s.asJsonObject().getJsonNumber("id").longValue()))
        .doesNotContain(bookedSlot);
  }

  @Test
  void followsThePatientsCancellationFromTheEmailedManageLink() throws Exception {
    JsonObject referral =
        submit(DEMO_KEY, key(), referral("TMS", true, "kim.park@example.com"))
            .json()
            .asJsonObject();
    String reference = referral.getJsonObject("appointment").getString("reference");
    String token = manageTokenEmailedFor(reference);

    var cancelled =
        new ApiClient(apiRoot())
            .send(
                HttpRequest.newBuilder(uri("appointments/" + reference + "/cancel?token=" + token))
                    .POST(HttpRequest.BodyPublishers.noBody()));
    JsonObject followed =
        get(DEMO_KEY, "referrals/" + referral.getString("id")).json().asJsonObject();

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(followed.getString("status")).isEqualTo("CANCELLED");
    assertThat(followed.getJsonArray("history"))
        .extracting(v -> v.asJsonObject().getString("status"))
        .containsExactly("RECEIVED", "ROUTED", "SCHEDULED", "CANCELLED");
  }

  /**
   * The confirmation email lands in the outbox (no SMTP in the tests); its manage link holds the
   * token.
   */
  private static String manageTokenEmailedFor(String reference) throws Exception {
    Path outbox = Path.of(System.getProperty("lantern.outbox.dir"));
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < giveUp) {
      if (Files.isDirectory(outbox)) {
        try (var files = Files.list(outbox)) {
          var email = files.filter(f -> f.getFileName().toString().contains(reference)).findFirst();
          if (email.isPresent()) {
            Matcher link =
                Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(Files.readString(email.get()));
            assertThat(link.find()).isTrue();
            return link.group(1);
          }
        }
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
    throw new AssertionError("No confirmation email for " + reference + " in " + outbox);
  }

  @Test
  void answersTheSameRequestUnderTheSameKeyWithTheFirstReferral() {
    String idempotencyKey = key();
    var first = submit(DEMO_KEY, idempotencyKey, referral("TMS", false, "kim.ortiz@example.com"));
    var again =
        submit(
            DEMO_KEY,
            idempotencyKey,
            "  " + referral("TMS", false, "kim.ortiz@example.com").replace(":", " : "));

    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().asJsonObject().getString("id"))
        .isEqualTo(first.json().asJsonObject().getString("id"));
    assertThat(again.body()).isEqualTo(first.body());
  }

  @Test
  void refusesTheSameKeyWithAnotherBody() {
    String idempotencyKey = key();
    submit(DEMO_KEY, idempotencyKey, referral("TMS", false, "kim.ortiz@example.com"));

    var other =
        submit(DEMO_KEY, idempotencyKey, referral("CONSULTATION", false, "kim.ortiz@example.com"));

    assertThat(other.status()).isEqualTo(409);
    assertThat(other.contentType()).startsWith("application/problem+json");
    assertThat(other.json().asJsonObject().getString("detail")).contains("Idempotency-Key");
  }

  @Test
  void createsOneReferralForTenConcurrentRequestsWithOneKey() throws Exception {
    String idempotencyKey = key();
    String body = referral("TMS", true, "jo.park@example.com");

    List<ApiClient.Answer> results =
        Racers.race(RACERS, racer -> submit(DEMO_KEY, idempotencyKey, body));

    assertThat(results).extracting(ApiClient.Answer::status).containsOnly(201);
    assertThat(results)
        .extracting(a -> a.json().asJsonObject().getString("id"))
        .containsOnly(results.get(0).json().asJsonObject().getString("id"));
    assertThat(results)
        .extracting(a -> a.json().asJsonObject().getString("status"))
        .containsOnly("SCHEDULED");
  }

  /**
   * Referrals sent at the same moment that all want the earliest consultations of the same nearby
   * providers: each is answered 201 and kept; each booked consultation has a slot of its own, no
   * provider is booked twice at one time, and a referral that finds every slot it was offered taken
   * stays ROUTED, with its matches and a note saying why.
   */
  @Test
  void concurrentAutoScheduledReferralsBookDistinctSlots() throws Exception {
    List<JsonObject> answered =
        Racers.race(
                SLOT_RACERS,
                racer ->
                    submit(
                        DEMO_KEY, key(), referral("TMS", true, "racer" + racer + "@example.com")))
            .stream()
            .map(
                answer -> {
                  assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                  return answer.json().asJsonObject();
                })
            .toList();

    assertThat(answered).extracting(r -> r.getString("id")).doesNotHaveDuplicates();
    for (JsonObject referral : answered) {
      JsonObject kept =
          get(DEMO_KEY, "referrals/" + referral.getString("id")).json().asJsonObject();
      assertThat(kept.getString("status")).isEqualTo(referral.getString("status"));
      assertThat(kept.get("appointment")).isEqualTo(referral.get("appointment"));
    }
    Map<Boolean, List<JsonObject>> scheduled =
        answered.stream()
            .collect(Collectors.partitioningBy(r -> r.getString("status").equals("SCHEDULED")));
    assertThat(scheduled.get(true)).isNotEmpty();
    assertThat(scheduled.get(false))
        .allSatisfy(
            unscheduled -> {
              assertThat(unscheduled.getString("status")).isEqualTo("ROUTED");
              assertThat(unscheduled.getJsonArray("matches")).isNotEmpty();
              JsonArray history = unscheduled.getJsonArray("history");
              assertThat(history.getJsonObject(history.size() - 1).getString("note"))
                  .startsWith("Not scheduled");
            });
    List<Long> bookedSlots = scheduled.get(true).stream().map(ReferralsIT::bookedSlot).toList();
    assertThat(bookedSlots).doesNotHaveDuplicates();
    Map<Long, Long> offeredTo =
        answered.stream()
            .flatMap(ReferralsIT::offeredSlots)
            .collect(Collectors.groupingBy(slot -> slot, Collectors.counting()));
    assertThat(bookedSlots)
        .as("a booked slot was offered to several of the racing referrals")
        .anyMatch(slot -> offeredTo.get(slot) > 1);
    Map<Long, List<JsonObject>> byProvider =
        scheduled.get(true).stream()
            .map(r -> r.getJsonObject("appointment"))
            .collect(
                Collectors.groupingBy(
                    a -> a.getJsonObject("provider").getJsonNumber("id").longValue()));
    byProvider.forEach(
        (provider, appointments) -> {
          List<JsonObject> inOrder =
              appointments.stream()
                  .sorted(Comparator.comparing(a -> OffsetDateTime.parse(a.getString("start"))))
                  .toList();
          for (int i = 1; i < inOrder.size(); i++) {
            assertThat(OffsetDateTime.parse(inOrder.get(i - 1).getString("end")))
                .as("provider %d booked twice at once", provider)
                .isBeforeOrEqualTo(OffsetDateTime.parse(inOrder.get(i).getString("start")));
          }
          assertThat(freeSlots(provider)).doesNotContainAnyElementsOf(bookedSlots);
        });
  }

  /** The slot of the referral's appointment: the offered slot of that provider and start. */
  private static long bookedSlot(JsonObject referral) {
    JsonObject appointment = referral.getJsonObject("appointment");
    long provider = appointment.getJsonObject("provider").getJsonNumber("id").longValue();
    return referral.getJsonArray("matches").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getJsonObject("provider").getJsonNumber("id").longValue() == provider)
        .flatMap(m -> m.getJsonArray("nextSlots").stream().map(JsonValue::asJsonObject))
        .filter(s -> s.getString("start").equals(appointment.getString("start")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  /** Each slot routing offered the referral, once. */
  private static Stream<Long> offeredSlots(JsonObject referral) {
    return referral.getJsonArray("matches").stream()
        .flatMap(m -> m.asJsonObject().getJsonArray("nextSlots").stream())
        .map(s -> s.asJsonObject().getJsonNumber("id").longValue())
        .distinct();
  }

  private List<Long> freeSlots(long provider) {
    return new ApiClient(apiRoot())
        .get("providers/" + provider + "/slots").json().asJsonArray().stream()
            .map(s -> s.asJsonObject().getJsonNumber("id").longValue())
            .toList();
  }

  @Test
  void hidesAReferralFromAnotherPractice() {
    String id =
        submit(DEMO_KEY, key(), referral("TMS", false, "alex.rivera@example.com"))
            .json()
            .asJsonObject()
            .getString("id");
    String otherKey = registerPractice("Elm Street Family Medicine").getString("apiKey");

    assertThat(get(DEMO_KEY, "referrals/" + id).status()).isEqualTo(200);
    var hidden = get(otherKey, "referrals/" + id);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.contentType()).startsWith("application/problem+json");
    var own = get(otherKey, "referrals").json().asJsonObject();
    assertThat(own.getInt("total")).isZero();
    assertThat(own.getJsonArray("items")).isEmpty();
  }

  @Test
  void listsTheCallersReferralsByStatus() {
    submit(DEMO_KEY, key(), referral("TMS", false, "alex.rivera@example.com"));

    var page = get(DEMO_KEY, "referrals?status=ROUTED&page=0&size=2");

    assertThat(page.status()).isEqualTo(200);
    JsonObject body = page.json().asJsonObject();
    assertThat(body.getInt("total")).isPositive();
    assertThat(body.getInt("size")).isEqualTo(2);
    assertThat(body.getJsonArray("items"))
        .extracting(v -> v.asJsonObject().getString("status"))
        .containsOnly("ROUTED");
    assertThat(get(DEMO_KEY, "referrals?size=101").status()).isEqualTo(400);
    assertThat(get(DEMO_KEY, "referrals?status=LOST").status()).isEqualTo(400);
  }

  @Test
  void namesEveryInvalidField() {
    String body =
        referral("TMS", false, "not-an-email").replace("\"F33.2\"", "\"G43.909\",\"F33.2\"");

    var invalid = submit(DEMO_KEY, key(), body);

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.contentType()).startsWith("application/problem+json");
    assertThat(invalid.json().asJsonObject().getJsonArray("errors"))
        .extracting(v -> v.asJsonObject().getString("field"))
        .contains("diagnosisCodes[0]", "patient.email");
  }

  @Test
  void requiresAnIdempotencyKey() {
    var missing = submit(DEMO_KEY, null, referral("TMS", false, "alex.rivera@example.com"));

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().asJsonObject().getJsonArray("errors"))
        .extracting(v -> v.asJsonObject().getString("field"))
        .containsExactly("Idempotency-Key");
  }

  @Test
  void refusesARevokedKeyAndAdminCallsWithoutTheToken() {
    JsonObject issued = registerPractice("Oak Avenue Psychotherapy");
    String apiKey = issued.getString("apiKey");
    assertThat(get(apiKey, "referrals").status()).isEqualTo(200);

    var revoked =
        new ApiClient(apiRoot())
            .send(
                HttpRequest.newBuilder(
                        uri("admin/keys/" + issued.getJsonNumber("keyId").longValue() + "/revoke"))
                    .header("Authorization", "Bearer " + ADMIN_TOKEN)
                    .POST(HttpRequest.BodyPublishers.noBody()));

    assertThat(revoked.status()).isEqualTo(200);
    assertThat(get(apiKey, "referrals").status()).isEqualTo(401);
    var noToken =
        new ApiClient(apiRoot())
            .post("admin/practices", "application/json", "{\"name\":\"Mallory\"}");
    assertThat(noToken.status()).isEqualTo(401);
  }

  @Test
  void createsAClinicStaffAccountWithAPasswordShownOnce() {
    long clinicId =
        new ApiClient(apiRoot())
            .get("providers?zip=10001&radiusMiles=25")
            .json()
            .asJsonObject()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonObject("clinic")
            .getJsonNumber("id")
            .longValue();
    String email = "staff-" + System.nanoTime() + "@clinic.example";

    var created =
        adminPost(
            "admin/clinic-staff",
            "{\"email\":\""
                + email
                + "\",\"name\":\"Ana Front\",\"role\":\"STAFF\",\"clinicIds\":["
                + clinicId
                + "]}");
    var again =
        adminPost(
            "admin/clinic-staff",
            "{\"email\":\"" + email + "\",\"name\":\"Ana\",\"clinicIds\":[" + clinicId + "]}");
    var invalid =
        adminPost(
            "admin/clinic-staff", "{\"email\":\"nope\",\"role\":\"OWNER\",\"clinicIds\":[-1]}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Cache-Control")).isEqualTo("no-store");
    JsonObject account = created.json().asJsonObject();
    assertThat(account.getString("email")).isEqualTo(email);
    assertThat(account.getString("role")).isEqualTo("STAFF");
    assertThat(account.getString("password")).hasSizeGreaterThanOrEqualTo(20);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).contains("already exists");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(error -> error.getString("field"))
        .contains("email", "name", "role", "clinicIds");
    assertThat(
            new ApiClient(apiRoot())
                .post("admin/clinic-staff", "application/json", "{\"email\":\"x@y.example\"}")
                .status())
        .isEqualTo(401);
  }

  /** One request the webhook receiver got, and whether its signature held. */
  record Received(String deliveryId, String body, boolean signatureValid, int answered) {}

  /**
   * The closed loop: the practice's webhook hears every status change, signed, and a failed
   * delivery is retried. The receiver refuses the first delivery it gets, then checks every
   * signature as a practice's system would.
   */
  @Test
  void deliversEveryStatusChangeSignedAndRetriesAFailedDelivery() throws Exception {
    List<Received> received = new CopyOnWriteArrayList<>();
    AtomicBoolean refusedOnce = new AtomicBoolean();
    AtomicReference<String> secret = new AtomicReference<>("");
    HttpServer receiver = HttpServer.create(new InetSocketAddress(0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          byte[] bytes;
          try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readAllBytes();
          }
          String body = new String(bytes, StandardCharsets.UTF_8);
          int answer = refusedOnce.compareAndSet(false, true) ? 500 : 204;
          received.add(
              new Received(
                  exchange.getRequestHeaders().getFirst("Lantern-Delivery"),
                  body,
                  signed(
                      secret.get(),
                      exchange.getRequestHeaders().getFirst("Lantern-Signature"),
                      body),
                  answer));
          exchange.sendResponseHeaders(answer, -1);
          exchange.close();
        });
    receiver.start();
    try {
      JsonObject practice =
          registerPractice(
              "Birch Lane Primary Care",
              "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
      secret.set(practice.getString("webhookSecret"));

      var sent =
          submit(practice.getString("apiKey"), key(), referral("TMS", false, "b@example.com"));
      String referralId = sent.json().asJsonObject().getString("id");
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (received.stream().filter(r -> r.answered() == 204).count() < 2
          && System.nanoTime() < giveUp) {
        TimeUnit.MILLISECONDS.sleep(250);
      }

      List<Received> accepted = received.stream().filter(r -> r.answered() == 204).toList();
      assertThat(accepted)
          .extracting(Received::body)
          .containsExactlyInAnyOrder(
              "{\"referralId\":\"" + referralId + "\",\"status\":\"RECEIVED\"}",
              "{\"referralId\":\"" + referralId + "\",\"status\":\"ROUTED\"}");
      assertThat(received).allMatch(Received::signatureValid);
      Received refused = received.get(0);
      assertThat(refused.answered()).isEqualTo(500);
      assertThat(accepted).extracting(Received::deliveryId).contains(refused.deliveryId());
    } finally {
      receiver.stop(0);
    }
  }

  /** Checks {@code t=<ts>,v1=<hex>} as a receiver should: HMAC-SHA256 over "ts.body". */
  private static boolean signed(String secret, String header, String body) {
    if (header == null || !header.matches("t=\\d+,v1=[0-9a-f]{64}")) {
      return false;
    }
    String timestamp = header.substring(2, header.indexOf(','));
    String signature = header.substring(header.indexOf("v1=") + 3);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String expected =
          HexFormat.of()
              .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
      return MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.US_ASCII),
          signature.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private ApiClient.Answer adminPost(String path, String json) {
    return new ApiClient(apiRoot())
        .send(
            HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private JsonObject registerPractice(String name) {
    return registerPractice(name, null);
  }

  private JsonObject registerPractice(String name, String webhookUrl) {
    var answer =
        adminPost(
            "admin/practices",
            "{\"name\":\""
                + name
                + "\""
                + (webhookUrl == null ? "" : ",\"webhookUrl\":\"" + webhookUrl + "\"")
                + "}");
    assertThat(answer.status()).isEqualTo(201);
    return answer.json().asJsonObject();
  }
}
