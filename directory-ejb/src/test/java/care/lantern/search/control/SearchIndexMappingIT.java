package care.lantern.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.DirectoryChanged;
import care.lantern.directory.entity.GeoPoint;
import care.lantern.directory.entity.Payer;
import care.lantern.directory.entity.Provider;
import care.lantern.directory.entity.Treatment;
import care.lantern.directory.entity.ZipCode;
import care.lantern.scheduling.control.NextFreeSlots;
import care.lantern.scheduling.control.ProviderTime;
import care.lantern.scheduling.control.SlotChanges;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.BookingPolicy;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.CalendarsChanged;
import care.lantern.scheduling.entity.Slot;
import care.lantern.search.control.ProviderSearchQuery.Hit;
import care.lantern.search.control.ProviderSearchQuery.Hits;
import care.lantern.search.entity.ProviderSummary;
import care.lantern.search.entity.SearchCriteria;
import care.lantern.testing.FiredEvents;
import care.lantern.testing.TestBookings;
import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The search index answers as the SQL search does ({@link ProviderSearchQuery}, the reference):
 * over a generated directory with bookings, holds (some lapsing), cancels and withdrawn slots at
 * clinics with REMS certifications ending around the search day, thousands of random searches (each
 * filter, both sorts, pages past the end, radii on a clinic's distance) must find the same hits in
 * the same order with the same totals, distances and next free times, and the same summaries. The
 * seed is {@code -Dlantern.search.seed}, and every failure names it.
 */
class SearchIndexMappingIT {

  private static final long SEED = Long.getLong("lantern.search.seed", 20261203L);
  private static final int SEARCHES = Integer.getInteger("lantern.search.searches", 2000);

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final List<String> LANGUAGES = List.of("en", "es", "zh", "ru");

  /** Hold lapses and notices fall between these: at a hold's end, on a slot's start, a day on. */
  private static final List<Duration> LATER =
      List.of(
          Duration.ZERO,
          Duration.ofSeconds(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(10),
          Duration.ofMinutes(11),
          Duration.ofHours(2),
          Duration.ofDays(1));

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final List<String> searchedZips = new ArrayList<>();
  private static final List<GeoPoint> clinicLocations = new ArrayList<>();
  private static final List<Long> providerIds = new ArrayList<>();

  /** The reference data's codes, as the migrations load them. */
  private static final List<String> TREATMENTS = new ArrayList<>();

  private static final List<String> PAYERS = new ArrayList<>();
  private static final Map<String, GeoPoint> origins = new HashMap<>();

  @BeforeAll
  static void directory() {
    Random random = new Random(SEED);
    db.run(em -> generate(em, random));
  }

  @Test
  void answersEveryRandomSearchAsTheSqlSearchDoes() {
    SearchableDirectory index = read(NOW);
    Random random = new Random(SEED + 1);
    EntityManager em = db.entityManager();
    try {
      for (int i = 0; i < SEARCHES; i++) {
        Instant now = NOW.plus(LATER.get(random.nextInt(LATER.size())));
        LocalDate today = random.nextInt(4) == 0 ? TODAY.plusDays(1) : TODAY;
        requireSameAnswer(em, index, randomSearch(random), now, today, "search " + i);
      }
    } finally {
      em.close();
    }
  }

  @Test
  void showsAHoldABookingAndACancelOnceTheirCalendarsChanged() {
    SearchIndex index =
        new SearchIndex(db.dataSource(), Runnable::run, Clock.fixed(NOW, ZoneOffset.UTC));
    index.everythingChanged();
    Slot first = firstFreeSlot(0);
    long providerId = first.getProvider().getId();
    SearchCriteria nearby = near(first);

    Set<CalendarId> held =
        changing(
            (em, time, changes) ->
                time.hold(
                    em.find(Slot.class, first.getId()),
                    "hold-token",
                    NOW.plus(BookingPolicy.HOLD_TIME),
                    NOW));
    assertThat(nextAvailable(index, nearby, providerId))
        .as("shown until its calendar's change arrives")
        .contains(first.start());
    index.calendarsChanged(new CalendarsChanged(held));
    assertThat(nextAvailable(index, nearby, providerId)).isNotEqualTo(Optional.of(first.start()));
    requireSameAnswer(index.ready().orElseThrow(), nearby, NOW, "after the hold");

    Set<CalendarId> booked =
        changing(
            (em, time, changes) ->
                time.book(
                    TestBookings.booked(em.find(Slot.class, first.getId()), "LN-INDEX1", NOW),
                    Optional.of("hold-token"),
                    NOW));
    index.calendarsChanged(new CalendarsChanged(booked));
    requireSameAnswer(
        index.ready().orElseThrow(), nearby, NOW.plus(Duration.ofMinutes(11)), "booked");

    Set<CalendarId> cancelled =
        changing(
            (em, time, changes) -> changes.release(byReference(em, "LN-INDEX1").cancel(NOW), NOW));
    index.calendarsChanged(new CalendarsChanged(cancelled));
    assertThat(nextAvailable(index, nearby, providerId)).contains(first.start());
    requireSameAnswer(index.ready().orElseThrow(), nearby, NOW, "cancelled");
  }

  @Test
  void answersNothingOnceItHasNotReadTheChangeNoticesForASecondAndIsNotReadyAfterTen() {
    Instant[] now = {NOW};
    Clock moving =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    SearchIndex index = new SearchIndex(db.dataSource(), Runnable::run, moving);
    index.everythingChanged();
    index.poll();
    assertThat(index.ready()).isPresent();

    now[0] = NOW.plus(SearchIndex.BEHIND_AFTER).plusMillis(1);
    assertThat(index.ready()).as("behind: searches go to SQL").isEmpty();
    assertThat(index.readChangesWithin(SearchReadiness.NOT_READY_AFTER))
        .as("still ready for a while")
        .isTrue();

    now[0] = NOW.plus(SearchReadiness.NOT_READY_AFTER).plusMillis(1);
    assertThat(index.readChangesWithin(SearchReadiness.NOT_READY_AFTER))
        .as("behind for longer: the node goes not-ready")
        .isFalse();

    index.poll();
    assertThat(index.ready()).as("current again").isPresent();
    assertThat(index.readChangesWithin(SearchReadiness.NOT_READY_AFTER)).isTrue();
  }

  @Test
  void showsAChangeMadeByAnotherModuleOnceItReadsTheChangeNotices() {
    SearchIndex index =
        new SearchIndex(db.dataSource(), Runnable::run, Clock.fixed(NOW, ZoneOffset.UTC));
    index.everythingChanged();
    index.poll(); // whatever the other tests left
    Slot first = firstFreeSlot(2);
    long providerId = first.getProvider().getId();
    SearchCriteria nearby = near(first);

    // Made elsewhere: this index hears no CalendarsChanged, only the committed notices.
    changing(
        (em, time, changes) ->
            time.book(
                TestBookings.booked(em.find(Slot.class, first.getId()), "LN-INDEX2", NOW),
                Optional.empty(),
                NOW));
    assertThat(nextAvailable(index, nearby, providerId)).contains(first.start());

    index.poll();

    assertThat(nextAvailable(index, nearby, providerId)).isNotEqualTo(Optional.of(first.start()));
    requireSameAnswer(index.ready().orElseThrow(), nearby, NOW, "after the other module's booking");
  }

  @Test
  void searchesInSqlFromADirectoryChangeUntilBuiltAnew() {
    Queue<Runnable> builds = new ArrayDeque<>();
    SearchIndex index =
        new SearchIndex(db.dataSource(), builds::add, Clock.fixed(NOW, ZoneOffset.UTC));
    index.everythingChanged();
    assertThat(index.ready()).as("not built yet").isEmpty();
    builds.remove().run();
    assertThat(index.ready()).isPresent();

    Slot first = firstFreeSlot(1);
    long providerId = first.getProvider().getId();
    db.run(
        em ->
            em.createNamedQuery("Slot.withdraw")
                .setParameter("ids", List.of(first.getId()))
                .executeUpdate());
    index.directoryChanged(new DirectoryChanged());

    assertThat(index.ready()).as("stale").isEmpty();
    builds.remove().run();
    requireSameAnswer(index.ready().orElseThrow(), near(first), NOW, "after the withdrawal");
    assertThat(nextAvailable(index, near(first), providerId))
        .isNotEqualTo(Optional.of(first.start()));
  }

  private interface Change {
    void on(EntityManager em, ProviderTime time, SlotChanges changes);
  }

  /** Runs {@code change} through the real scheduling code; the calendars it announced. */
  private static Set<CalendarId> changing(Change change) {
    FiredEvents<CalendarsChanged> fired = new FiredEvents<>();
    db.run(
        em -> {
          SlotChanges changes = new SlotChanges(em, fired);
          change.on(em, new ProviderTime(em, changes), changes);
        });
    Set<CalendarId> calendars = new HashSet<>();
    fired.fired().forEach(event -> calendars.addAll(event.calendars()));
    return calendars;
  }

  private static Appointment byReference(EntityManager em, String reference) {
    return em.createQuery(
            "SELECT a FROM Appointment a WHERE a.reference = :reference", Appointment.class)
        .setParameter("reference", reference)
        .getSingleResult();
  }

  private static Optional<Instant> nextAvailable(
      SearchIndex index, SearchCriteria criteria, long providerId) {
    return index
        .ready()
        .orElseThrow()
        .run(criteria, origin(criteria.zip()), NOW, TODAY)
        .hits()
        .stream()
        .filter(hit -> hit.providerId() == providerId)
        .findFirst()
        .orElseThrow()
        .nextAvailable();
  }

  /**
   * The earliest free consultation, by the SQL profile query, of the {@code skip}+1st provider at
   * one clinic who has one.
   */
  private static Slot firstFreeSlot(int skip) {
    return db.inTransaction(
        em ->
            providerIds.stream()
                .map(id -> em.find(Provider.class, id))
                .filter(provider -> provider.clinics().size() == 1)
                .flatMap(
                    provider -> {
                      Clinic clinic = provider.clinics().get(0);
                      return new ProviderSearchQuery(em)
                          .nextAvailable(CalendarId.of(provider, clinic), NOW).stream()
                              .map(
                                  start ->
                                      em.createNamedQuery("Slot.at", Slot.class)
                                          .setParameter("provider", provider.getId())
                                          .setParameter("clinic", clinic.getId())
                                          .setParameter("type", AppointmentType.CONSULTATION)
                                          .setParameter("start", start.atOffset(ZoneOffset.UTC))
                                          .getSingleResult());
                    })
                .skip(skip)
                .findFirst()
                .orElseThrow());
  }

  /** Every provider near the slot's clinic, soonest first. */
  private static SearchCriteria near(Slot slot) {
    String zip = db.inTransaction(em -> em.find(Clinic.class, slot.getClinic().getId()).getZip());
    return SearchCriteria.validated(
        new SearchCriteria.Input(zip, 2, null, null, null, null, null, "soonest", 0, 100));
  }

  private static void requireSameAnswer(
      SearchableDirectory index, SearchCriteria criteria, Instant now, String which) {
    db.run(em -> requireSameAnswer(em, index, criteria, now, TODAY, which));
  }

  /** The index's answer and summaries are the SQL search's, read through {@code em}. */
  private static void requireSameAnswer(
      EntityManager em,
      SearchableDirectory index,
      SearchCriteria criteria,
      Instant now,
      LocalDate today,
      String which) {
    String context = which + " (seed " + SEED + "): " + criteria + " at " + now + " on " + today;
    GeoPoint origin = origin(criteria.zip());
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    Hits fromIndex = index.run(criteria, origin, now, today);
    Hits fromSql = new ProviderSearchQuery(em).run(criteria, origin, now, today);
    assertThat(fromIndex.total()).as(context).isEqualTo(fromSql.total());
    assertThat(fromIndex.hits()).as(context).hasSameSizeAs(fromSql.hits());
    for (int i = 0; i < fromSql.hits().size(); i++) {
      Hit expected = fromSql.hits().get(i);
      Hit actual = fromIndex.hits().get(i);
      String hit = context + ", hit " + i;
      assertThat(actual.providerId()).as(hit).isEqualTo(expected.providerId());
      assertThat(actual.clinicId()).as(hit).isEqualTo(expected.clinicId());
      assertThat(actual.distanceMiles()).as(hit).isCloseTo(expected.distanceMiles(), within(1e-9));
      assertThat(actual.nextAvailable()).as(hit).isEqualTo(expected.nextAvailable());
      ProviderSummary summary =
          ProviderSummaries.of(
              em.find(Provider.class, expected.providerId()),
              em.find(Clinic.class, expected.clinicId()),
              expected,
              criteria.treatment(),
              clock);
      assertThat(index.summary(actual, criteria.treatment(), clock)).as(hit).isEqualTo(summary);
    }
  }

  private static SearchCriteria randomSearch(Random random) {
    String zip = searchedZips.get(random.nextInt(searchedZips.size()));
    int radius;
    if (random.nextInt(3) == 0) {
      // On the edge: a clinic's distance rounded either way.
      GeoPoint clinic = clinicLocations.get(random.nextInt(clinicLocations.size()));
      double miles =
          SearchableDirectory.milesBetween(origin(zip), clinic.latitude(), clinic.longitude());
      radius = (int) (random.nextBoolean() ? Math.floor(miles) : Math.ceil(miles));
      radius = Math.max(1, Math.min(SearchCriteria.MAX_RADIUS, radius));
    } else {
      radius = List.of(1, 2, 5, 10, 25, 50, 100, 250).get(random.nextInt(8));
    }
    return SearchCriteria.validated(
        new SearchCriteria.Input(
            zip,
            radius,
            random.nextInt(3) == 0 ? null : TREATMENTS.get(random.nextInt(TREATMENTS.size())),
            random.nextInt(3) == 0 ? null : PAYERS.get(random.nextInt(PAYERS.size())),
            random.nextInt(4) == 0,
            random.nextInt(4) == 0
                ? (random.nextInt(5) == 0 ? "fr" : pick(random, LANGUAGES))
                : null,
            random.nextInt(3) == 0,
            random.nextBoolean() ? "distance" : "soonest",
            random.nextInt(4),
            1 + random.nextInt(random.nextBoolean() ? 5 : 40)));
  }

  private static SearchableDirectory read(Instant now) {
    try (Connection connection = db.dataSource().getConnection()) {
      return DirectoryReader.read(connection, now);
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    }
  }

  private static GeoPoint origin(String zip) {
    return origins.computeIfAbsent(
        zip, z -> db.inTransaction(em -> em.find(ZipCode.class, z).location()));
  }

  /**
   * About 40 clinics around New York (some sharing a ZIP's exact centroid, so distances tie), 150
   * providers at one to three of them, and a few days of consultation slots on a quarter-hour grid,
   * so that one provider's slots at two clinics overlap; then bookings, holds, cancels and
   * withdrawals on random slots, and the next-free pointers as a bulk load leaves them.
   */
  private static void generate(EntityManager em, Random random) {
    em.createNamedQuery("Treatment.all", Treatment.class)
        .getResultList()
        .forEach(treatment -> TREATMENTS.add(treatment.getCode()));
    em.createNamedQuery("Payer.all", Payer.class)
        .getResultList()
        .forEach(payer -> PAYERS.add(payer.getCode()));
    // New York City's and western Long Island's ZIP codes, up to about 30 miles apart.
    List<ZipCode> near =
        em.createQuery(
                "SELECT z FROM ZipCode z WHERE z.zip BETWEEN '10001' AND '11499' ORDER BY z.zip",
                ZipCode.class)
            .getResultList();
    List<ZipCode> clinicZips = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      clinicZips.add(near.get(random.nextInt(near.size())));
    }
    List<Clinic> clinics = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ZipCode zip = clinicZips.get(random.nextInt(clinicZips.size()));
      GeoPoint at =
          random.nextBoolean()
              ? zip.location()
              : new GeoPoint(
                  zip.location().latitude() + (random.nextDouble() - 0.5) / 50,
                  zip.location().longitude() + (random.nextDouble() - 0.5) / 50);
      Clinic clinic =
          new Clinic(
              "Clinic " + i,
              i + " Test Street",
              zip,
              at,
              "(555) 0100",
              random.nextBoolean(),
              List.of("en"));
      for (String treatment : TREATMENTS) {
        if (random.nextInt(3) > 0) {
          clinic.offer(treatment, some(random, PAYERS));
        }
      }
      int rems = random.nextInt(4);
      if (rems > 0) {
        clinic.certifyForSpravato("REMS-" + i, TODAY.plusDays(rems - 2));
      }
      clinic.changeBookingRules(
          24,
          Duration.ZERO,
          Duration.ZERO,
          Duration.ofMinutes(List.of(0, 60, 120, 1440).get(random.nextInt(4))));
      em.persist(clinic);
      clinics.add(clinic);
      clinicLocations.add(at);
      searchedZips.add(zip.getZip());
    }
    searchedZips.addAll(List.of("10001", "11201", "07030", "19107", "60601"));
    List<Provider> providers = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      Provider provider =
          new Provider(
              "Provider " + i,
              random.nextBoolean() ? "MD" : "NP",
              "Bio",
              5,
              "Board certified",
              "Listen",
              random.nextInt(4) > 0,
              some(random, LANGUAGES));
      int at = 1 + random.nextInt(3);
      for (int c = 0; c < at; c++) {
        provider.practiseAt(clinics.get(random.nextInt(clinics.size())));
      }
      em.persist(provider);
      providers.add(provider);
    }
    em.flush();
    providers.forEach(p -> providerIds.add(p.getId()));

    List<Slot> slots = new ArrayList<>();
    for (Provider provider : providers) {
      for (Clinic clinic : provider.clinics()) {
        Set<Integer> quarters = new HashSet<>();
        int count = random.nextInt(10);
        for (int s = 0; s < count; s++) {
          quarters.add(random.nextInt(3 * 96) - 8);
        }
        for (int quarter : quarters) {
          Instant start = NOW.plus(Duration.ofMinutes(15L * quarter));
          AppointmentType type =
              random.nextInt(10) == 0 ? AppointmentType.TMS_SESSION : AppointmentType.CONSULTATION;
          Slot slot =
              new Slot(
                  provider,
                  clinic,
                  type,
                  start,
                  start.plus(Duration.ofMinutes(45)),
                  EnumSet.of(AppointmentMode.IN_PERSON));
          em.persist(slot);
          slots.add(slot);
        }
      }
    }
    em.flush();

    int booked = 0;
    for (Slot slot : slots) {
      int fate = random.nextInt(20);
      if (fate < 2) {
        em.createNamedQuery("Slot.withdraw")
            .setParameter("ids", List.of(slot.getId()))
            .executeUpdate();
      } else if (fate < 5) {
        // Held from up to a quarter of an hour ago: some holds lapsed, others lapse during the
        // test.
        Instant heldAt = NOW.minus(Duration.ofSeconds(random.nextInt(15 * 60)));
        em.createNamedQuery("Slot.hold")
            .setParameter("id", slot.getId())
            .setParameter("until", heldAt.plus(BookingPolicy.HOLD_TIME).atOffset(ZoneOffset.UTC))
            .setParameter("holdToken", "token-" + slot.getId())
            .setParameter("now", NOW.atOffset(ZoneOffset.UTC))
            .executeUpdate();
      } else if (fate < 8 && slot.getAppointmentType() == AppointmentType.CONSULTATION) {
        int taken =
            em.createNamedQuery("Slot.take")
                .setParameter("id", slot.getId())
                .setParameter("now", NOW.atOffset(ZoneOffset.UTC))
                .setParameter("holdToken", "")
                .executeUpdate();
        if (taken == 1) {
          em.refresh(slot);
          var appointment = TestBookings.booked(slot, "LN-GEN" + booked++, NOW);
          em.persist(appointment);
          if (fate == 7) {
            em.flush();
            appointment.cancel(NOW);
            em.flush();
            em.createNamedQuery("Slot.release").setParameter("id", slot.getId()).executeUpdate();
          }
        }
      }
    }
    em.flush();
    new NextFreeSlots(em).addMissing(NOW);
  }

  private static <T> List<T> some(Random random, List<T> from) {
    List<T> chosen = new ArrayList<>();
    for (T each : from) {
      if (random.nextInt(3) == 0) {
        chosen.add(each);
      }
    }
    return chosen;
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
