import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's writing side, through the public API only (bench/run.sh compiles and runs it; the
 * JDK alone, no libraries). wrk drives the searches; this program does what wrk cannot do well:
 * pace writes by the wall clock, chain a booking to its cancel, time a run that ends when its slots
 * run out, and time one booking's way to another node.
 *
 * <pre>
 *   collect BASE OUT PER_CALENDAR LIMIT RADIUS ZIP...   free slot ids of calendars near the ZIPs
 *   writer BASE SLOTS SECONDS RATE                      book and cancel at RATE writes/s
 *   book BASE SLOTS CLIENTS                             book each slot once, then each again
 *   freshness BASE_A BASE_B SAMPLES TIMEOUT_MS ZIP...   from A's 201 to B's search showing it
 * </pre>
 *
 * Every booking is of an obviously synthetic patient (example.invalid, 555-01xx phone) paying
 * SELF_PAY: slots are collected from searches for consultations paid by SELF_PAY, at the clinic the
 * search showed, so the clinic accepts it. Each command prints one summary line (WRITES, BOOKINGS,
 * FRESHNESS) in the key=value form of wrk's RESULT line.
 */
public final class Bookings {

  private static final String SEARCH_CRITERIA = "treatment=CONSULTATION&payer=SELF_PAY";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public static void main(String[] args) throws Exception {
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    switch (args[0]) {
      case "collect" -> collect(
          rest.get(0), Path.of(rest.get(1)), Integer.parseInt(rest.get(2)),
          Integer.parseInt(rest.get(3)), rest.get(4), rest.subList(5, rest.size()));
      case "writer" -> writer(
          rest.get(0), slots(rest.get(1)), Integer.parseInt(rest.get(2)),
          Double.parseDouble(rest.get(3)));
      case "book" -> book(rest.get(0), slots(rest.get(1)), Integer.parseInt(rest.get(2)));
      case "freshness" -> freshness(
          rest.get(0), rest.get(1), Integer.parseInt(rest.get(2)), Integer.parseInt(rest.get(3)),
          rest.subList(4, rest.size()));
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  // collect: many calendars, a few slots each, so that writes spread like patients' do.

  /**
   * Up to {@code perCalendar} of the earliest free slots of each calendar (a provider at the clinic
   * the search shows) that consultation searches around the ZIPs find, until {@code limit} slots.
   * The ZIPs take turns, one search result each, so that the slots spread over every metro; the
   * earliest slots, because those are what searches show.
   */
  static void collect(
      String base, Path out, int perCalendar, int limit, String radius, List<String> zips)
      throws IOException {
    List<Deque<Object>> results = new ArrayList<>();
    int[] nextPage = new int[zips.size()]; // -1 once the last page has been read
    zips.forEach(zip -> results.add(new ArrayDeque<>()));
    Set<String> calendars = new LinkedHashSet<>();
    List<Long> slots = new ArrayList<>();
    boolean any = true;
    while (any && slots.size() < limit) {
      any = false;
      for (int z = 0; z < zips.size() && slots.size() < limit; z++) {
        if (results.get(z).isEmpty() && nextPage[z] >= 0) {
          List<?> items = (List<?>) ((Map<?, ?>) getJson(base + "/api/v1/providers?zip="
              + zips.get(z) + "&radiusMiles=" + radius + "&" + SEARCH_CRITERIA + "&size=100&page="
              + nextPage[z])).get("items");
          results.get(z).addAll(items);
          nextPage[z] = items.size() < 100 ? -1 : nextPage[z] + 1;
        }
        Object item = results.get(z).pollFirst();
        if (item == null) {
          continue;
        }
        any = true;
        long provider = id(item);
        long clinic = id(((Map<?, ?>) item).get("clinic"));
        if (calendars.add(provider + "@" + clinic)) {
          freeSlots(base, provider).stream()
              .filter(slot -> ((Number) slot.get("clinicId")).longValue() == clinic)
              .map(Bookings::id)
              .distinct() // one entry per mode
              .limit(Math.min(perCalendar, limit - slots.size()))
              .forEach(slots::add);
        }
      }
    }
    Files.write(out, slots.stream().map(String::valueOf).toList());
    System.out.printf("collected %d free slots of %d calendars%n", slots.size(), calendars.size());
  }

  // writer: a steady trickle of writes beside the searches.

  /**
   * {@code rate} writes a second for {@code seconds}, on the clock whatever the answers' speed:
   * ticks alternate between booking the next slot (round the list) and cancelling the oldest
   * booking (booking instead while none has been answered yet), so each slot is free again long
   * before the list comes round to it. A booking's 409 (the
   * slot was taken meanwhile) is honest; anything else but 201 and 200 is a failure.
   */
  static void writer(String base, List<Long> slots, int seconds, double rate)
      throws InterruptedException {
    Deque<Booked> booked = new ArrayDeque<>();
    Tally tally = new Tally();
    AtomicInteger tick = new AtomicInteger();
    AtomicInteger nextSlot = new AtomicInteger();
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    // Enough senders that a slow answer never delays the next tick.
    ExecutorService senders = Executors.newFixedThreadPool(16);
    long periodMicros = Math.round(1_000_000 / rate);
    long started = System.nanoTime();
    clock.scheduleAtFixedRate(
        () -> {
          int n = tick.getAndIncrement();
          Booked oldest;
          synchronized (booked) {
            oldest = n % 2 == 1 ? booked.pollFirst() : null;
          }
          if (oldest != null) {
            senders.execute(() -> tally.count("cancel", cancel(base, oldest)));
          } else {
            long slot = slots.get(nextSlot.getAndIncrement() % slots.size());
            senders.execute(
                () -> {
                  Answer answer = bookSlot(base, slot);
                  tally.count("book", answer);
                  answer.booked().ifPresent(b -> {
                    synchronized (booked) {
                      booked.addLast(b);
                    }
                  });
                });
          }
        },
        0,
        periodMicros,
        TimeUnit.MICROSECONDS);
    TimeUnit.SECONDS.sleep(seconds);
    clock.shutdown();
    senders.shutdown();
    senders.awaitTermination(30, TimeUnit.SECONDS);
    double elapsed = (System.nanoTime() - started) / 1e9;
    String during = tally.summary();
    // Leave the directory as it was: the bookings still open are cancelled, outside the figures.
    booked.forEach(b -> cancel(base, b));
    System.out.printf(
        "WRITES %s writes_per_s=%.1f cancelled_after=%d%n",
        during, tally.total() / elapsed, booked.size());
  }

  // book: booking throughput on distinct slots, then the same slots again.

  /**
   * {@code clients} concurrent clients book every slot exactly once between them (bookings/s over
   * the whole pass); then a second pass asks for every slot again, where each must be a 409. Over
   * both passes each slot must have had exactly one 201.
   */
  static void book(String base, List<Long> slots, int clients) throws InterruptedException {
    int[] created = new int[slots.size()];
    for (int pass = 1; pass <= 2; pass++) {
      Tally tally = new Tally();
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      long started = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        pool.execute(
            () -> {
              for (int i = next.getAndIncrement(); i < slots.size(); i = next.getAndIncrement()) {
                Answer answer = bookSlot(base, slots.get(i));
                tally.count("book", answer);
                if (answer.status() == 201) {
                  synchronized (created) {
                    created[i]++;
                  }
                }
              }
            });
      }
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.HOURS);
      double elapsed = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "BOOKINGS pass=%d slots=%d clients=%d %s bookings_per_s=%.0f%n",
          pass, slots.size(), clients, tally.summary(), tally.total() / elapsed);
    }
    long notOnce = Arrays.stream(created).filter(n -> n != 1).count();
    System.out.printf("BOOKINGS slots_without_exactly_one_201=%d%n", notOnce);
  }

  // freshness: how long a booking on node A takes to leave node B's search.

  /**
   * Per sample: the next free time of one calendar as node B's search shows it (rotating over the
   * ZIPs and the page's providers), its slot from B's slot list, a booking of it through node A,
   * then B's same search every 20 ms until that calendar's next available is later than the booked
   * start (or the provider left the page); the delay runs from A's 201 to that answer. Timeouts
   * count apart. The booking is cancelled after each sample.
   */
  static void freshness(String a, String b, int samples, int timeoutMillis, List<String> zips)
      throws InterruptedException {
    List<Double> delays = new ArrayList<>();
    int timeouts = 0;
    int skipped = 0;
    for (int k = 0; delays.size() + timeouts < samples && skipped < samples * 4; k++) {
      String search = b + "/api/v1/providers?zip=" + zips.get(k % zips.size())
          + "&radiusMiles=25&" + SEARCH_CRITERIA + "&sort=soonest&size=20";
      List<?> items = (List<?>) ((Map<?, ?>) getJson(search)).get("items");
      Map<?, ?> item = items.isEmpty() ? null : (Map<?, ?>) items.get((k / zips.size()) % items.size());
      Object next = item == null ? null : item.get("nextAvailable");
      if (next == null) {
        skipped++;
        continue;
      }
      long provider = id(item);
      long clinic = id(item.get("clinic"));
      OffsetDateTime start = OffsetDateTime.parse((String) next);
      Long slot = freeSlots(b, provider).stream()
          .filter(s -> ((Number) s.get("clinicId")).longValue() == clinic)
          .filter(s -> OffsetDateTime.parse((String) s.get("start")).isEqual(start))
          .map(Bookings::id)
          .findFirst()
          .orElse(null);
      Answer answer = slot == null ? null : bookSlot(a, slot);
      if (answer == null || answer.status() != 201) {
        skipped++; // B showed a time A no longer had: that is the stale window, not a sample
        continue;
      }
      long booked = System.nanoTime();
      long deadline = booked + timeoutMillis * 1_000_000L;
      boolean moved = false;
      while (!moved && System.nanoTime() < deadline) {
        moved = movedPast(getJson(search), provider, start);
        if (!moved) {
          TimeUnit.MILLISECONDS.sleep(20);
        }
      }
      if (moved) {
        delays.add((System.nanoTime() - booked) / 1e6);
      } else {
        timeouts++;
      }
      cancel(a, answer.booked().orElseThrow());
    }
    Collections.sort(delays);
    System.out.printf(
        "FRESHNESS samples=%d timeouts=%d skipped=%d p50_ms=%.0f p99_ms=%.0f max_ms=%.0f%n",
        delays.size(), timeouts, skipped, percentile(delays, 50), percentile(delays, 99),
        delays.isEmpty() ? Double.NaN : delays.get(delays.size() - 1));
  }

  private static boolean movedPast(Object page, long provider, OffsetDateTime booked) {
    for (Object item : (List<?>) ((Map<?, ?>) page).get("items")) {
      if (id(item) == provider) {
        Object next = ((Map<?, ?>) item).get("nextAvailable");
        return next == null || OffsetDateTime.parse((String) next).isAfter(booked);
      }
    }
    return true;
  }

  // The API's writes.

  record Booked(String reference, String token) {}

  /** An answer's status, with the booking it made if it made one (-1: no answer at all). */
  record Answer(int status, Optional<Booked> booked, double millis) {}

  static Answer bookSlot(String base, long slot) {
    String body = """
        {"slotId":%d,"patient":{"firstName":"Bench","lastName":"Synthetic",\
        "email":"bench.synthetic@example.invalid","phone":"555-010-0199",\
        "dateOfBirth":"1970-01-01","zip":"10001"},"payer":"SELF_PAY",\
        "reason":"Synthetic benchmark booking, not a patient","source":"SEARCH","consent":true}"""
        .formatted(slot);
    return send(
        HttpRequest.newBuilder(URI.create(base + "/api/v1/appointments"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static Answer cancel(String base, Booked booked) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "/api/v1/appointments/" + booked.reference()
                + "/cancel?token=" + booked.token()))
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  private static Answer send(HttpRequest.Builder request) {
    long started = System.nanoTime();
    try {
      HttpResponse<String> response =
          HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      double millis = (System.nanoTime() - started) / 1e6;
      Optional<Booked> booked = Optional.empty();
      if (response.statusCode() == 201) {
        Map<?, ?> json = (Map<?, ?>) Json.parse(response.body());
        String manage = (String) json.get("manageUrl");
        booked = Optional.of(
            new Booked((String) json.get("reference"), manage.substring(manage.indexOf("token=") + 6)));
      } else if (response.statusCode() != 200 && response.statusCode() != 409) {
        // The problem's title and detail only: the API never echoes patient details.
        System.err.println("unexpected " + response.statusCode() + " " + response.body());
      }
      return new Answer(response.statusCode(), booked, millis);
    } catch (IOException | InterruptedException failed) {
      System.err.println("no answer: " + failed);
      return new Answer(-1, Optional.empty(), (System.nanoTime() - started) / 1e6);
    }
  }

  private static List<Map<?, ?>> freeSlots(String base, long provider) {
    // The API's default range: the next 14 days.
    return ((List<?>) getJson(base + "/api/v1/providers/" + provider + "/slots?treatment=CONSULTATION"))
        .stream().<Map<?, ?>>map(slot -> (Map<?, ?>) slot).toList();
  }

  private static Object getJson(String url) {
    try {
      HttpResponse<String> response =
          HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(response.statusCode() + " from " + url);
      }
      return Json.parse(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long id(Object json) {
    return ((Number) ((Map<?, ?>) json).get("id")).longValue();
  }

  private static List<Long> slots(String file) throws IOException {
    return Files.readAllLines(Path.of(file)).stream().map(Long::valueOf).toList();
  }

  private static double percentile(List<Double> sorted, int p) {
    return sorted.isEmpty()
        ? Double.NaN
        : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  /** Answers counted by kind and status, with their latencies. */
  static final class Tally {
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

    void count(String kind, Answer answer) {
      String key = switch (answer.status()) {
        case 201 -> kind.equals("book") ? "created" : "other";
        case 200 -> kind.equals("cancel") ? "cancelled" : "other";
        case 409 -> "conflicts";
        default -> "other";
      };
      counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      millis.add(answer.millis());
    }

    int total() {
      return millis.size();
    }

    String summary() {
      List<Double> sorted = new ArrayList<>(millis);
      Collections.sort(sorted);
      return String.format(
          "attempted=%d created=%d cancelled=%d conflicts=%d other=%d p50_ms=%.1f p99_ms=%.1f",
          total(), get("created"), get("cancelled"), get("conflicts"), get("other"),
          percentile(sorted, 50), percentile(sorted, 99));
    }

    private int get(String key) {
      AtomicInteger n = counts.get(key);
      return n == null ? 0 : n.get();
    }
  }

  /** Just enough JSON for the API's answers: objects, arrays, strings, numbers, literals. */
  static final class Json {
    private final String text;
    private int at;

    private Json(String text) {
      this.text = text;
    }

    static Object parse(String text) {
      return new Json(text).value();
    }

    private Object value() {
      skipSpace();
      char c = text.charAt(at);
      if (c == '{') {
        Map<String, Object> object = new LinkedHashMap<>();
        at++;
        while (!consume('}')) {
          consume(',');
          skipSpace();
          String key = string();
          skipSpace();
          consume(':');
          object.put(key, value());
          skipSpace();
        }
        return object;
      }
      if (c == '[') {
        List<Object> array = new ArrayList<>();
        at++;
        while (!consume(']')) {
          consume(',');
          array.add(value());
          skipSpace();
        }
        return array;
      }
      if (c == '"') {
        return string();
      }
      int start = at;
      while (at < text.length() && ",}] \n\r\t".indexOf(text.charAt(at)) < 0) {
        at++;
      }
      String literal = text.substring(start, at);
      return switch (literal) {
        case "null" -> null;
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> literal.matches("-?\\d+") ? (Number) Long.valueOf(literal) : Double.valueOf(literal);
      };
    }

    private String string() {
      StringBuilder s = new StringBuilder();
      at++; // the opening quote
      for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
        if (c == '\\') {
          char e = text.charAt(at++);
          s.append(switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'u' -> {
              at += 4;
              yield (char) Integer.parseInt(text.substring(at - 4, at), 16);
            }
            default -> e;
          });
        } else {
          s.append(c);
        }
      }
      return s.toString();
    }

    private boolean consume(char c) {
      skipSpace();
      if (at < text.length() && text.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    private void skipSpace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }
  }
}
