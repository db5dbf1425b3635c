package care.lantern.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.Availability;
import care.lantern.scheduling.entity.AvailabilityDraft;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.InvalidAvailabilityException;
import care.lantern.scheduling.entity.InvalidSessionException;
import care.lantern.scheduling.entity.Slot;
import care.lantern.scheduling.entity.SlotUnavailableException;
import care.lantern.scheduling.entity.WeeklyAvailability;
import care.lantern.scheduling.entity.WeeklyRule;
import care.lantern.testing.FiredEvents;
import care.lantern.testing.TestCalendars;
import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A provider who works at two clinics against the real database: a booking, hold or session at one
 * clinic refuses and hides the overlapping time at the other, even when twenty patients race for
 * it, and hours at one clinic may not overlap the provider's hours at the other.
 */
class ProviderTimeMappingIT {

  /** Monday 23 November 2026, 7:00 AM in New York. */
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final int RACERS = 20;
  private static final AtomicInteger REFERENCES = new AtomicInteger();

  @RegisterExtension static final TestDatabase db = new TestDatabase();
  private static long northId;
  private static long southId;

  @BeforeAll
  static void twoClinics() {
    long[] ids = db.inTransaction(TestCalendars::harborClinics);
    northId = ids[0];
    southId = ids[1];
  }

  @Test
  void aBookingAtOneClinicRefusesAndHidesTheOverlappingSlotAtTheOther() {
    long provider = providerAtBoth();
    Instant ten = day(1).plus(Duration.ofHours(15));
    long north = slot(provider, northId, ten);
    long south = slot(provider, southId, ten.plus(Duration.ofMinutes(30)));
    long later = slot(provider, southId, ten.plus(Duration.ofHours(2)));

    assertThat(nextFreeAfterRefresh(provider, southId, southId)).contains(south);

    book(north, Optional.empty());

    assertThatThrownBy(() -> book(south, Optional.empty()))
        .isInstanceOf(SlotUnavailableException.class);
    assertThat(freeSlots(provider)).containsExactly(later);
    assertThat(nextFreeAfterRefresh(provider, northId, southId)).contains(later);
  }

  @Test
  void aHoldAtOneClinicRefusesTheOverlappingSlotAtTheOtherAndHidesItUntilItEnds() {
    long provider = providerAtBoth();
    Instant ten = day(2).plus(Duration.ofHours(15));
    long north = slot(provider, northId, ten);
    long south = slot(provider, southId, ten.plus(Duration.ofMinutes(30)));

    hold(north, "first-patient");

    assertThatThrownBy(() -> hold(south, "second-patient"))
        .isInstanceOf(SlotUnavailableException.class);
    assertThatThrownBy(() -> book(south, Optional.empty()))
        .isInstanceOf(SlotUnavailableException.class);
    assertThat(freeSlots(provider)).isEmpty();
    book(north, Optional.of("first-patient"));
  }

  @Test
  void aSessionAtOneClinicRefusesAPatientTheOverlappingSlotAtTheOther() {
    long provider = providerAtBoth();
    Instant ten = day(3).plus(Duration.ofHours(15));
    long south = slot(provider, southId, ten.plus(Duration.ofMinutes(15)));
    String patientOf =
        book(slot(provider, northId, day(3).plus(Duration.ofHours(19))), Optional.empty());

    bookSessionAtNorth(provider, ten, patientOf);

    assertThatThrownBy(() -> book(south, Optional.empty()))
        .isInstanceOf(SlotUnavailableException.class);
  }

  @Test
  void aSessionAtOneClinicIsRefusedWhileAPatientHoldsTheProviderAtTheOther() {
    long provider = providerAtBoth();
    Instant ten = day(4).plus(Duration.ofHours(15));
    String patientOf =
        book(slot(provider, northId, day(4).plus(Duration.ofHours(19))), Optional.empty());
    hold(slot(provider, southId, ten), "patient");

    assertThatThrownBy(
            () -> bookSessionAtNorth(provider, ten.plus(Duration.ofMinutes(10)), patientOf))
        .isInstanceOf(InvalidSessionException.class)
        .extracting(e -> ((InvalidSessionException) e).errors().get(0).field())
        .isEqualTo("time");
  }

  @Test
  void anAppointmentMovedToATimeOverlappingItselfDoesNotBlockItself() {
    long provider = providerAtBoth();
    Instant ten = day(5).plus(Duration.ofHours(15));
    long booked = slot(provider, northId, ten);
    long halfAnHourLater = slot(provider, northId, ten.plus(Duration.ofMinutes(30)));
    String reference = book(booked, Optional.empty());

    inTransaction(
        em -> {
          Appointment moving = byReference(em, reference);
          Slot target = em.find(Slot.class, halfAnHourLater);
          new ProviderTime(em, new SlotChanges(em, new FiredEvents<>()))
              .take(target, Optional.empty(), Optional.of(moving.getId()), NOW);
          return moving.moveTo(target, AppointmentMode.IN_PERSON, NOW);
        });

    Instant start = inTransaction(em -> byReference(em, reference).start());
    assertThat(start).isEqualTo(ten.plus(Duration.ofMinutes(30)));
  }

  @Test
  void twentyPatientsRacingForOverlappingSlotsAtTwoClinicsGetExactlyOne() throws Exception {
    long provider = providerAtBoth();
    Instant ten = day(6).plus(Duration.ofHours(15));
    List<Long> slots =
        List.of(
            slot(provider, northId, ten),
            slot(provider, southId, ten.plus(Duration.ofMinutes(15))));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(RACERS);
    try {
      List<Future<Optional<Throwable>>> attempts = new ArrayList<>();
      for (int i = 0; i < RACERS; i++) {
        attempts.add(pool.submit(race(start, slots.get(i % 2))));
      }
      start.countDown();
      List<Throwable> failures = new ArrayList<>();
      for (Future<Optional<Throwable>> attempt : attempts) {
        attempt.get().ifPresent(failures::add);
      }

      assertThat(failures).hasSize(RACERS - 1).allMatch(SlotUnavailableException.class::isInstance);
      List<?> booked =
          inTransaction(
              em ->
                  new ProviderTime(em, new SlotChanges(em, new FiredEvents<>()))
                      .appointmentsOverlapping(
                          provider, ten, ten.plus(Duration.ofHours(1)), Optional.empty()));
      assertThat(booked).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void publishingLeavesOutTimesTheProviderIsOpenAtAnotherClinic() {
    long provider = providerAtBoth();
    // Hours stored before the rule existed: Mondays 9 to 12 at North, 10 to 1 at South.
    storeHours(provider, northId, monday(9, 12));
    storeHours(provider, southId, monday(10, 13));
    inTransaction(
        em -> {
          Provider p = em.find(Provider.class, provider);
          SlotPublisher publisher =
              new SlotPublisher(em, new SlotCalculator(), new SlotChanges(em, new FiredEvents<>()));
          publisher.publish(p, em.find(Clinic.class, northId), NOW);
          publisher.publish(p, em.find(Clinic.class, southId), NOW);
          return null;
        });

    List<LocalTime> southStarts =
        inTransaction(
            em ->
                em.createNamedQuery("Slot.startsOf", java.time.OffsetDateTime.class)
                    .setParameter("provider", provider)
                    .setParameter("clinic", southId)
                    .setParameter("type", AppointmentType.CONSULTATION)
                    .setParameter("from", NOW.atOffset(ZoneOffset.UTC))
                    .getResultStream()
                    .map(start -> start.atZoneSameInstant(java.time.ZoneId.of("America/New_York")))
                    .map(start -> start.toLocalTime())
                    .distinct()
                    .toList());
    assertThat(southStarts).containsExactly(LocalTime.NOON);
  }

  @Test
  void hoursOverlappingTheProvidersHoursAtAnotherClinicAreRefusedNamingIt() {
    long provider = providerAtBoth();
    storeHours(provider, northId, monday(9, 12));
    AvailabilityDraft draft =
        new AvailabilityDraft(
            List.of(
                new AvailabilityDraft.RuleRow(DayOfWeek.TUESDAY, "09:00", "12:00", true, false),
                new AvailabilityDraft.RuleRow(DayOfWeek.MONDAY, "11:00", "15:00", true, false)),
            List.of());

    assertThatThrownBy(
            () ->
                inTransaction(
                    em -> {
                      Clinic south = em.find(Clinic.class, southId);
                      Availability hours =
                          Availability.validated(draft, LocalDate.of(2026, 11, 23), false);
                      new CalendarAvailability(
                              em,
                              new SlotPublisher(
                                  em,
                                  new SlotCalculator(),
                                  new SlotChanges(em, new FiredEvents<>())))
                          .requireClearOfOtherClinics(
                              em.find(Provider.class, provider), south, draft, hours, NOW);
                      return null;
                    }))
        .isInstanceOf(InvalidAvailabilityException.class)
        .extracting(e -> ((InvalidAvailabilityException) e).errors())
        .satisfies(
            errors ->
                assertThat(errors)
                    .containsExactly(
                        new FieldError(
                            "rules[1].start",
                            "These hours overlap this provider's hours at North Harbor Clinic:"
                                + " Monday 9:00 AM to 12:00 PM (first on 2026-11-23). A provider"
                                + " can be at one clinic at a time: change the times here or"
                                + " there.")));
  }

  private static Callable<Optional<Throwable>> race(CountDownLatch start, long slot) {
    return () -> {
      start.await();
      try {
        book(slot, Optional.empty());
        return Optional.empty();
      } catch (RuntimeException lost) {
        return Optional.of(lost);
      }
    };
  }

  /** Takes the slot and records the appointment in one transaction, as the booking page does. */
  private static String book(long slotId, Optional<String> holdToken) {
    return inTransaction(
        em -> {
          Slot slot = em.find(Slot.class, slotId);
          new ProviderTime(em, new SlotChanges(em, new FiredEvents<>()))
              .take(slot, holdToken, Optional.empty(), NOW);
          em.refresh(slot);
          Appointment appointment =
              new Appointment(
                  slot,
                  TestAppointments.booking(),
                  "LN-PT" + REFERENCES.incrementAndGet(),
                  "token",
                  NOW);
          em.persist(appointment);
          return appointment.getReference();
        });
  }

  /** A TMS session at North for the patient of appointment {@code patientOf}. */
  private static Appointment bookSessionAtNorth(long provider, Instant start, String patientOf) {
    return inTransaction(
        em ->
            new TreatmentSessions(em, CLOCK, new SlotChanges(em, new FiredEvents<>()))
                .book(
                    new CalendarId(provider, northId),
                    AppointmentType.TMS_SESSION,
                    start,
                    byReference(em, patientOf)));
  }

  private static void hold(long slotId, String token) {
    inTransaction(
        em -> {
          new ProviderTime(em, new SlotChanges(em, new FiredEvents<>()))
              .hold(em.find(Slot.class, slotId), token, NOW.plus(Duration.ofMinutes(10)), NOW);
          return null;
        });
  }

  private static List<Long> freeSlots(long provider) {
    return inTransaction(
        em ->
            new ProviderTime(em, new SlotChanges(em, new FiredEvents<>()))
                .freeConsultations(provider, NOW, NOW.plus(Duration.ofDays(28)), NOW).stream()
                    .map(Slot::getId)
                    .toList());
  }

  /** The pointer of the provider's calendar at {@code clinic} after {@code changed} changed. */
  private static Optional<Long> nextFreeAfterRefresh(long provider, long changed, long clinic) {
    return inTransaction(
        em -> {
          new NextFreeSlots(em).refresh(new CalendarId(provider, changed), NOW);
          return em.createNativeQuery(
                  "SELECT slot_id FROM next_free_slot WHERE provider_id = ? AND clinic_id = ?")
              .setParameter(1, provider)
              .setParameter(2, clinic)
              .getResultStream()
              .findFirst()
              .map(id -> ((Number) id).longValue());
        });
  }

  private static Appointment byReference(EntityManager em, String reference) {
    return em.createNamedQuery("Appointment.byReference", Appointment.class)
        .setParameter("reference", reference)
        .getSingleResult();
  }

  private static long providerAtBoth() {
    return inTransaction(
        em -> {
          Provider provider =
              new Provider("Ari Lane", "MD", "Bio", 5, "Board", "Listen", true, List.of("en"));
          provider.practiseAt(em.find(Clinic.class, northId));
          provider.practiseAt(em.find(Clinic.class, southId));
          em.persist(provider);
          em.flush();
          return provider.getId();
        });
  }

  private static void storeHours(long provider, long clinic, WeeklyRule rule) {
    inTransaction(
        em -> {
          em.persist(
              new WeeklyAvailability(
                  em.find(Provider.class, provider), em.find(Clinic.class, clinic), rule));
          return null;
        });
  }

  private static long slot(long provider, long clinic, Instant start) {
    return inTransaction(
        em -> {
          Slot slot =
              new Slot(
                  em.find(Provider.class, provider),
                  em.find(Clinic.class, clinic),
                  AppointmentType.CONSULTATION,
                  start,
                  start.plus(Duration.ofMinutes(45)),
                  EnumSet.of(AppointmentMode.IN_PERSON));
          em.persist(slot);
          em.flush();
          return slot.getId();
        });
  }

  private static Instant day(int days) {
    return NOW.truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofDays(days));
  }

  private static WeeklyRule monday(int from, int to) {
    return new WeeklyRule(
        DayOfWeek.MONDAY,
        LocalTime.of(from, 0),
        LocalTime.of(to, 0),
        Set.of(AppointmentMode.IN_PERSON));
  }

  private static <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }
}
