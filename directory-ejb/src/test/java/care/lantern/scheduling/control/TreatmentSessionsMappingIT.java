package care.lantern.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.directory.entity.ZipCode;
import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentStatus;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.InvalidSessionException;
import care.lantern.scheduling.entity.Slot;
import care.lantern.scheduling.entity.SlotStatus;
import care.lantern.testing.FiredEvents;
import care.lantern.testing.TestBookings;
import care.lantern.testing.TestCalendars;
import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Treatment sessions against the real database: the clinic's row lock makes the chair count hold
 * when many members of staff book the last chairs at the same instant.
 */
class TreatmentSessionsMappingIT {

  /** Monday 23 November 2026, 7:00 AM in New York. */
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static final int RACERS = 20;

  @RegisterExtension static final TestDatabase db = new TestDatabase();
  private static long clinicId;
  private static long firstProvider;
  private static long secondProvider;
  private static String patientOf;

  @BeforeAll
  static void clinicWithOneChair() {
    long[] clinicAndProviders = db.inTransaction(em -> clinicWithChairs(em, 1, 2));
    clinicId = clinicAndProviders[0];
    firstProvider = clinicAndProviders[1];
    secondProvider = clinicAndProviders[2];
    patientOf =
        db.inTransaction(
            em -> {
              Slot consultation =
                  TestCalendars.consultation(
                      em,
                      em.find(Provider.class, firstProvider),
                      em.find(Clinic.class, clinicId),
                      NOW.minus(Duration.ofDays(7)));
              Appointment booked = TestBookings.booked(consultation, "LN-PATNT1", NOW);
              em.persist(booked);
              return booked.getReference();
            });
  }

  @Test
  void twentyStaffRacingForThreeChairsGetExactlyThreeSessionsAndTheRestAreToldTheChairsAreTaken()
      throws Exception {
    int chairs = 3;
    long[] clinicAndProviders = db.inTransaction(em -> clinicWithChairs(em, chairs, RACERS));
    long clinic = clinicAndProviders[0];
    Instant eleven = NOW.plus(Duration.ofHours(4));
    CountDownLatch ready = new CountDownLatch(RACERS);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(RACERS);
    try {
      List<Future<Optional<InvalidSessionException>>> attempts = new ArrayList<>();
      for (int i = 1; i <= RACERS; i++) {
        long provider = clinicAndProviders[i];
        attempts.add(pool.submit(race(ready, start, clinic, provider, eleven)));
      }
      ready.await();
      start.countDown();
      List<InvalidSessionException> refusals = new ArrayList<>();
      for (Future<Optional<InvalidSessionException>> attempt : attempts) {
        attempt.get(60, TimeUnit.SECONDS).ifPresent(refusals::add);
      }

      assertThat(RACERS - refusals.size()).as("sessions booked").isEqualTo(chairs);
      assertThat(refusals)
          .allSatisfy(
              refusal ->
                  assertThat(refusal.errors())
                      .singleElement()
                      .satisfies(
                          error -> {
                            assertThat(error.field()).isEqualTo("time");
                            assertThat(error.message())
                                .isEqualTo(
                                    "All 3 monitoring chairs are taken during that time."
                                        + " Choose another time.");
                          }));
      assertThat(sessionsAt(clinic, eleven)).isEqualTo(chairs);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSessionWithdrawsTheProvidersOverlappingConsultationTimes() {
    Instant one = NOW.plus(Duration.ofHours(6));
    long open = db.inTransaction(em -> persistOpenSlot(em, one.plus(Duration.ofMinutes(10))));

    db.inTransaction(em -> book(em, clinicId, firstProvider, AppointmentType.TMS_MAPPING, one));

    SlotStatus status = db.inTransaction(em -> em.find(Slot.class, open).getStatus());
    assertThat(status).isEqualTo(SlotStatus.WITHDRAWN);
  }

  @Test
  void aSessionWithdrawsConsultationTimesWithinTheirOwnClinicsBuffers() {
    Instant session = NOW.plus(Duration.ofHours(10));
    long buffered =
        db.inTransaction(
            em -> {
              ZipCode zip = em.find(ZipCode.class, "10001");
              Clinic other =
                  new Clinic(
                      "Buffer Clinic",
                      "2 Test St",
                      zip,
                      zip.location(),
                      "(555) 0101",
                      false,
                      List.of("en"));
              other.changeBookingRules(
                  24, Duration.ZERO, Duration.ofMinutes(15), Duration.ofHours(2));
              em.persist(other);
              em.find(Provider.class, firstProvider).practiseAt(other);
              return persistOpenSlot(em, other, session.minus(Duration.ofMinutes(55)));
            });
    long unbuffered =
        db.inTransaction(
            em ->
                persistOpenSlot(
                    em, em.find(Clinic.class, clinicId), session.plus(Duration.ofMinutes(20))));

    db.inTransaction(em -> book(em, clinicId, firstProvider, AppointmentType.TMS_SESSION, session));

    SlotStatus bufferedStatus = db.inTransaction(em -> em.find(Slot.class, buffered).getStatus());
    SlotStatus unbufferedStatus =
        db.inTransaction(em -> em.find(Slot.class, unbuffered).getStatus());
    // Ends 10 minutes before the session, 15 minutes' buffer after it at its clinic.
    assertThat(bufferedStatus).isEqualTo(SlotStatus.WITHDRAWN);
    // Starts as the 20-minute session ends, at a clinic without buffers.
    assertThat(unbufferedStatus).isEqualTo(SlotStatus.OPEN);
  }

  @Test
  void theSameProviderCannotHaveTwoSessionsAtOnce() {
    Instant three = NOW.plus(Duration.ofHours(8));
    db.inTransaction(em -> book(em, clinicId, secondProvider, AppointmentType.TMS_SESSION, three));

    assertThatThrownBy(
            () ->
                db.inTransaction(
                    em ->
                        book(
                            em,
                            clinicId,
                            secondProvider,
                            AppointmentType.TMS_SESSION,
                            three.plus(Duration.ofMinutes(10)))))
        .isInstanceOf(InvalidSessionException.class)
        .extracting(e -> ((InvalidSessionException) e).errors().stream().map(FieldError::field))
        .satisfies(fields -> assertThat(fields.toList()).containsExactly("time"));
  }

  /**
   * Books a Spravato session once every racer is ready and the start is given: empty when booked,
   * else the refusal. Any other failure (a lock timeout, a deadlock) fails the race.
   */
  private static Callable<Optional<InvalidSessionException>> race(
      CountDownLatch ready, CountDownLatch start, long clinic, long provider, Instant at) {
    return () -> {
      ready.countDown();
      start.await();
      try {
        db.inTransaction(em -> book(em, clinic, provider, AppointmentType.SPRAVATO, at));
        return Optional.empty();
      } catch (InvalidSessionException refused) {
        return Optional.of(refused);
      }
    };
  }

  private static Appointment book(
      EntityManager em, long clinic, long provider, AppointmentType type, Instant at) {
    Appointment patient =
        em.createNamedQuery("Appointment.byReference", Appointment.class)
            .setParameter("reference", patientOf)
            .getSingleResult();
    return new TreatmentSessions(em, CLOCK, new SlotChanges(em, new FiredEvents<>()))
        .book(new CalendarId(provider, clinic), type, at, patient);
  }

  private static long sessionsAt(long clinic, Instant at) {
    return db.inTransaction(
        em ->
            em.createNamedQuery("Appointment.ofTypesOverlapping", Appointment.class)
                .setParameter("clinic", clinic)
                .setParameter("statuses", AppointmentStatus.occupying())
                .setParameter("types", List.of(AppointmentType.SPRAVATO))
                .setParameter("from", at.atOffset(ZoneOffset.UTC))
                .setParameter("to", at.plus(Duration.ofMinutes(1)).atOffset(ZoneOffset.UTC))
                .getResultList()
                .size());
  }

  private static long persistOpenSlot(EntityManager em, Instant start) {
    return persistOpenSlot(em, em.find(Clinic.class, clinicId), start);
  }

  private static long persistOpenSlot(EntityManager em, Clinic clinic, Instant start) {
    return TestCalendars.consultation(em, em.find(Provider.class, firstProvider), clinic, start)
        .getId();
  }

  /**
   * A New York clinic offering Spravato and TMS with {@code chairs} monitoring chairs and {@code
   * providers} providers: its id, then theirs.
   */
  private static long[] clinicWithChairs(EntityManager em, int chairs, int providers) {
    Clinic clinic = TestCalendars.clinic(em, "10001");
    clinic.offer("SPRAVATO", List.of("AETNA"));
    clinic.offer("TMS", List.of("AETNA"));
    clinic.certifyForSpravato("REMS-1", LocalDate.of(2027, 12, 31));
    clinic.equipMonitoringChairs(chairs);
    long[] ids = new long[providers + 1];
    ids[0] = clinic.getId();
    for (int i = 1; i <= providers; i++) {
      ids[i] = TestCalendars.provider(em, clinic).getId();
    }
    return ids;
  }
}
