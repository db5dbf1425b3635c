package care.lantern.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.cluster.Api.Answer;
import care.lantern.cluster.WebhookReceiver.Delivery;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue #15's cluster proofs, against {@code ./run.sh --nodes 2} (two Payara Micro nodes and
 * HAProxy) on a fresh PostgreSQL database, over real HTTP on loopback. One cluster serves every
 * test, so they run in order and the two that kill a node come last. The figures measured are
 * printed as "cluster figure: …" lines.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final Logger LOG = Logger.getLogger(ClusterIT.class.getName());

  private static final int NODES = 2;
  private static final String ADMIN_TOKEN = UUID.randomUUID().toString();

  private static final long SUITE_STARTED = System.nanoTime();
  private static Path directory;
  private static Database database;
  private static Cluster cluster;
  private static WebhookReceiver webhooks;
  private static String practiceKey;

  /** Signed in through the balancer before its node is killed; read again after. */
  private static PortalVisit portal;

  private static int portalNode;

  @BeforeAll
  static void startCluster() throws Exception {
    int port = Integer.getInteger("lantern.cluster.port");
    directory = Path.of(System.getProperty("lantern.cluster.dir"));
    deleteRecursively(directory);
    Files.createDirectories(directory);
    database = Database.createFresh(System.getProperty("lantern.cluster.pg"), "lantern_suite");
    long starting = System.nanoTime();
    cluster =
        Cluster.start(
            Path.of(System.getProperty("lantern.repo")),
            port,
            NODES,
            Map.of(
                "LANTERN_DATA_DIR", directory.resolve("data").toString(),
                "LANTERN_DB_URL", database.url(),
                "LANTERN_DB_USER", "postgres",
                "LANTERN_DB_PASSWORD", "",
                "LANTERN_DEMO", "true",
                "LANTERN_DEMO_CLINICS", "60",
                "LANTERN_DEMO_PROVIDERS", "180",
                "LANTERN_ADMIN_TOKEN", ADMIN_TOKEN,
                "LANTERN_OUTBOX_DIR", outbox().toString()),
            directory.resolve("run.log"),
            Duration.ofMinutes(4));
    figure("cluster start (run.sh --nodes 2 until 'Lantern is ready')", seconds(starting));
    webhooks = new WebhookReceiver(port + 50);
    Answer practice =
        balancer()
            .post(
                "admin/practices",
                "{\"name\":\"Cluster Suite Practice\",\"webhookUrl\":\"" + webhooks.url() + "\"}",
                "Authorization",
                "Bearer " + ADMIN_TOKEN);
    assertThat(practice.status()).as(practice.body()).isEqualTo(201);
    practiceKey = practice.object().getString("apiKey");
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (webhooks != null) {
      webhooks.close();
    }
    if (cluster != null) {
      cluster.close();
    }
    if (database != null) {
      database.close();
    }
    figure("whole suite", seconds(SUITE_STARTED));
  }

  @Test
  @Order(1)
  void givesEachOfFiftySlotsToExactlyOneOfFourRacersAcrossBothNodes() throws Exception {
    Api balancer = balancer();
    List<Long> slots = balancer.freeSlots(50);

    List<Answer> answers =
        Crowd.race(
            200,
            i ->
                balancer.post(
                    "appointments", Api.booking(slots.get(i % 50), "racer" + i + "@example.com")));

    assertThat(statuses(answers)).containsOnlyKeys(201, 409);
    assertThat(statuses(answers)).containsEntry(201, 50L).containsEntry(409, 150L);
    assertThat(
            database.count(
                "SELECT count(*) FROM appointment WHERE status = 'BOOKED' AND slot_id = ANY(?)",
                (Object) slots.toArray(Long[]::new)))
        .isEqualTo(50);
    assertServedByEveryNode(answers);
    figure(
        "200 bookings on 50 slots through the balancer", statuses(answers) + " " + byNode(answers));
  }

  @Test
  @Order(2)
  void createsOneReferralForAHundredConcurrentPostsWithOneIdempotencyKey() throws Exception {
    Api balancer = balancer();
    String key = UUID.randomUUID().toString();
    String body = Api.referral("idempotent@example.com", false);

    List<Answer> answers =
        Crowd.race(
            100,
            i ->
                balancer.post(
                    "referrals",
                    body,
                    "Authorization",
                    "Bearer " + practiceKey,
                    "Idempotency-Key",
                    key));

    assertThat(statuses(answers)).containsOnlyKeys(201);
    assertThat(answers.stream().map(a -> a.object().getString("id")).distinct()).hasSize(1);
    assertThat(database.count("SELECT count(*) FROM referral WHERE idempotency_key = ?", key))
        .isEqualTo(1);
    assertServedByEveryNode(answers);
    figure(
        "100 referral POSTs with one Idempotency-Key", statuses(answers) + " " + byNode(answers));
  }

  @Test
  @Order(3)
  void aTimeBookedOnOneNodeLeavesTheOtherNodesSearchWithinOneSecond() throws Exception {
    Api first = new Api(cluster.node(1));
    Api second = new Api(cluster.node(2));
    List<Long> propagation = new ArrayList<>();
    for (JsonValue value : second.searchNearNewYork().getJsonArray("items").subList(0, 3)) {
      JsonObject item = value.asJsonObject();
      long provider = item.getJsonNumber("id").longValue();
      String soonest = item.getString("nextAvailable");
      JsonObject slot =
          first
              .get("providers/" + provider + "/slots?treatment=CONSULTATION")
              .json()
              .asJsonArray()
              .stream()
              .map(JsonValue::asJsonObject)
              .filter(s -> sameInstant(s.getString("start"), soonest))
              .findFirst()
              .orElseThrow();

      Answer booked =
          first.post(
              "appointments",
              Api.booking(slot.getJsonNumber("id").longValue(), "spread@example.com"));
      assertThat(booked.status()).as(booked.body()).isEqualTo(201);
      long giveUp = booked.answeredNanos() + TimeUnit.SECONDS.toNanos(5);
      while (second.nextAvailable(provider).filter(s -> sameInstant(s, soonest)).isPresent()
          && System.nanoTime() < giveUp) {
        TimeUnit.MILLISECONDS.sleep(10);
      }
      propagation.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - booked.answeredNanos()));
    }

    figure("booking on node 1 gone from node 2's search after (ms)", propagation);
    assertThat(propagation).allMatch(ms -> ms <= 1000);
  }

  @Test
  @Order(4)
  void deliversEachWebhookEventOnceAndSendsOneEmailPerBooking() throws Exception {
    Api balancer = balancer();
    List<Answer> referrals =
        Crowd.race(
            20,
            i ->
                balancer.post(
                    "referrals",
                    Api.referral("hook" + i + "@example.com", false),
                    "Authorization",
                    "Bearer " + practiceKey,
                    "Idempotency-Key",
                    UUID.randomUUID().toString()));
    List<Long> slots = balancer.freeSlots(20);
    List<Answer> bookings =
        Crowd.race(
            20, i -> balancer.post("appointments", Api.booking(slots.get(i), "mail@example.com")));
    assertThat(statuses(referrals)).containsOnlyKeys(201);
    assertThat(statuses(bookings)).containsOnlyKeys(201);
    assertServedByEveryNode(referrals);
    assertServedByEveryNode(bookings);

    long events = database.count("SELECT count(*) FROM webhook_delivery");
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (webhooks.received().size() < events && System.nanoTime() < giveUp) {
      TimeUnit.MILLISECONDS.sleep(200);
    }
    // Long enough for a second dispatcher to send anything again.
    TimeUnit.SECONDS.sleep(3);
    List<Delivery> received = webhooks.received();
    assertThat(received).extracting(Delivery::id).doesNotHaveDuplicates();
    assertThat(received.stream().map(Delivery::id).collect(Collectors.toSet()))
        .isEqualTo(
            Set.copyOf(
                database.strings("SELECT id FROM webhook_delivery WHERE delivered_at IS NOT NULL")))
        .hasSize((int) events);
    Map<String, Long> emails = emailsPerReference(bookings);
    assertThat(emails).hasSize(20).allSatisfy((reference, count) -> assertThat(count).isOne());
    figure(
        "webhook deliveries / events, emails / bookings",
        received.size() + " / " + events + ", " + emails.size() + " / " + bookings.size());
  }

  @Test
  @Order(5)
  void losesNoAcknowledgedBookingWhenANodeIsKilledUnderLoad() throws Exception {
    Api balancer = balancer();
    portal = new PortalVisit(cluster.balancer());
    PortalVisit.Page signedIn = portal.signIn("demo.clinic@lantern.test", "demo-clinic-pass");
    assertThat(signedIn.location()).as("signed in").endsWith("/clinic/");
    portalNode = nodeNamed(portal.node());
    Queue<Long> slots = new ConcurrentLinkedQueue<>(balancer.freeSlots(1500));
    List<Answer> answers = new CopyOnWriteArrayList<>();
    ExecutorService load = Executors.newFixedThreadPool(8);
    long loadStarted = System.nanoTime();
    long stopAt = loadStarted + TimeUnit.SECONDS.toNanos(12);
    for (int i = 0; i < 8; i++) {
      load.submit(
          () -> {
            Long slot;
            while (System.nanoTime() < stopAt && (slot = slots.poll()) != null) {
              answers.add(balancer.post("appointments", Api.booking(slot, "load@example.com")));
            }
          });
    }

    TimeUnit.SECONDS.sleep(3);
    long killed = System.nanoTime();
    cluster.kill(portalNode);
    load.shutdown();
    assertThat(load.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

    List<Answer> failures = answers.stream().filter(a -> a.status() != 201).toList();
    long windowStart = failures.stream().mapToLong(Answer::sentNanos).min().orElse(killed);
    long windowEnd = failures.stream().mapToLong(Answer::answeredNanos).max().orElse(killed);
    List<Answer> after = answers.stream().filter(a -> a.sentNanos() > windowEnd).toList();
    figure(
        "kill -9 of node " + portalNode + " under load: answers, failures, error window (s)",
        answers.size()
            + ", "
            + failures.stream()
                .map(a -> a.status() + (a.failure() == null ? "" : " " + a.failure()))
                .toList()
            + ", "
            + String.format("%.2f", (windowEnd - windowStart) / 1e9)
            + " (first failure "
            + String.format("%.2f", (windowStart - killed) / 1e9)
            + " s after the kill)");
    assertThat(failures).allMatch(Answer::serverError);
    assertThat(windowEnd - windowStart).isLessThanOrEqualTo(TimeUnit.SECONDS.toNanos(3));
    assertThat(after).hasSizeGreaterThan(20).allMatch(a -> a.status() == 201);

    List<String> acknowledged =
        answers.stream()
            .filter(a -> a.status() == 201)
            .map(a -> a.object().getString("reference"))
            .toList();
    assertThat(
            database.count(
                "SELECT count(*) FROM appointment a JOIN slot s ON s.id = a.active_slot_id"
                    + " WHERE a.reference = ANY(?) AND a.status = 'BOOKED' AND s.status = 'BOOKED'",
                (Object) acknowledged.toArray(String[]::new)))
        .isEqualTo(acknowledged.size());
    assertNothingHalfWritten();
  }

  @Test
  @Order(6)
  void keepsAPortalSessionWhoseNodeWasKilled() throws Exception {
    assertThat(portal).as("signed in by the test that kills its node").isNotNull();
    assertThat(cluster.isRunning(portalNode)).isFalse();

    PortalVisit.Page home = portal.get("clinic/");

    assertThat(home.status())
        .as(
            "still signed in after node %d died: answered %d %s, %s",
            portalNode, home.status(), home.location(), home.document().title())
        .isEqualTo(200);
    assertThat(home.document().text())
        .contains("Signed in as Demo Clinic Admin", "Lantern Demo New York Flagship");
    assertThat(nodeNamed(portal.node())).isNotEqualTo(portalNode);
  }

  /** No slot held without both halves of its hold, no booked slot without its appointment. */
  private static void assertNothingHalfWritten() {
    assertThat(
            database.count(
                "SELECT count(*) FROM slot WHERE (held_until IS NULL) <> (hold_token IS NULL)"))
        .as("slots with half a hold")
        .isZero();
    assertThat(
            database.count(
                "SELECT count(*) FROM slot s WHERE s.status = 'BOOKED' AND NOT EXISTS"
                    + " (SELECT 1 FROM appointment a WHERE a.active_slot_id = s.id)"))
        .as("booked slots without an appointment")
        .isZero();
    assertThat(
            database.count(
                "SELECT count(*) FROM appointment a LEFT JOIN slot s ON s.id = a.active_slot_id"
                    + " WHERE a.status = 'BOOKED' AND (s.id IS NULL OR s.status <> 'BOOKED')"))
        .as("booked appointments without their slot")
        .isZero();
  }

  /**
   * A client of the balancer with no connections yet: HAProxy closes a connection idle for 10 s,
   * and a POST sent on such a closed connection fails in the client, whatever the nodes do.
   */
  private static Api balancer() {
    return new Api(cluster.balancer());
  }

  private static void assertServedByEveryNode(List<Answer> answers) {
    assertThat(byNode(answers).keySet())
        .as("nodes that served, by the balancer's cookie")
        .hasSize(NODES);
  }

  /** The node a LANTERN_NODE cookie names: its number. */
  private static int nodeNamed(String cookie) {
    return Integer.parseInt(cookie.replaceAll("\\D", ""));
  }

  private static Map<Integer, Long> statuses(List<Answer> answers) {
    return count(answers.stream().map(Answer::status));
  }

  private static Map<String, Long> byNode(List<Answer> answers) {
    return count(answers.stream().map(Answer::node));
  }

  private static <K extends Comparable<K>> Map<K, Long> count(Stream<K> keys) {
    return keys.collect(
        Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
  }

  /** The booking emails of the booked answers in the shared outbox, counted per reference. */
  private static Map<String, Long> emailsPerReference(List<Answer> bookings) throws IOException {
    List<String> references =
        bookings.stream().map(a -> a.object().getString("reference")).toList();
    try (Stream<Path> files = Files.list(outbox())) {
      List<String> names = files.map(f -> f.getFileName().toString()).toList();
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String reference : references) {
        counts.put(
            reference, names.stream().filter(n -> n.endsWith(reference + "-booked.eml")).count());
      }
      return counts;
    }
  }

  private static Path outbox() {
    return directory.resolve("outbox");
  }

  private static boolean sameInstant(String a, String b) {
    return OffsetDateTime.parse(a).toInstant().equals(OffsetDateTime.parse(b).toInstant());
  }

  private static String seconds(long since) {
    return String.format("%.1f s", (System.nanoTime() - since) / 1e9);
  }

  private static void figure(String what, Object value) {
    LOG.info(() -> "cluster figure: " + what + ": " + value);
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (Files.exists(path)) {
      try (Stream<Path> all = Files.walk(path)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
