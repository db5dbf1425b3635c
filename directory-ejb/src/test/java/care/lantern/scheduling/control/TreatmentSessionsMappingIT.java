package care.lantern.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.directory.entity.ZipCode;
import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentStatus;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.InvalidSessionException;
import care.lantern.scheduling.entity.Slot;
import care.lantern.scheduling.entity.SlotStatus;
import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Treatment sessions against the real database: the clinic's row lock makes the chair count hold
 * when two members of staff book the last chair at the same instant.
 */
class TreatmentSessionsMappingIT {

  /** Monday 23 November 2026, 7:00 AM in New York. */
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static TestDatabase db;
  private static long clinicId;
  private static long firstProvider;
  private static long secondProvider;
  private static String patientOf;

  @BeforeAll
  static void clinicWithOneChair() {
    db = TestDatabase.migrated();
    EntityManager em = db.entityManager();
    em.getTransaction().begin();
    ZipCode zip = em.find(ZipCode.class, "10001");
    Clinic clinic =
        new Clinic(
            "Chair Clinic", "1 Test St", zip, zip.location(), "(555) 0100", false, List.of("en"));
    clinic.offer("CONSULTATION", List.of("SELF_PAY"));
    clinic.offer("SPRAVATO", List.of("SELF_PAY"));
    clinic.offer("TMS", List.of("SELF_PAY"));
    clinic.certifyForSpravato("REMS-1", LocalDate.of(2027, 12, 31));
    clinic.equipMonitoringChairs(1);
    em.persist(clinic);
    Provider first = provider(clinic);
    Provider second = provider(clinic);
    em.persist(first);
    em.persist(second);
    Slot consultation =
        new Slot(
            first,
            clinic,
            AppointmentType.CONSULTATION,
            NOW.minus(Duration.ofDays(7)),
            NOW.minus(Duration.ofDays(7)).plus(Duration.ofMinutes(45)),
            EnumSet.of(AppointmentMode.IN_PERSON));
    em.persist(consultation);
    Appointment booked =
        new Appointment(consultation, TestAppointments.booking(), "LN-PATNT1", "token", NOW);
    em.persist(booked);
    em.getTransaction().commit();
    clinicId = clinic.getId();
    firstProvider = first.getId();
    secondProvider = second.getId();
    patientOf = booked.getReference();
    em.close();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void twoStaffRacingForTheLastChairGetExactlyOneSession() throws Exception {
    Instant eleven = NOW.plus(Duration.ofHours(4));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> attempts = new ArrayList<>();
      for (long provider : List.of(firstProvider, secondProvider)) {
        attempts.add(pool.submit(race(start, provider, eleven)));
      }
      start.countDown();
      int booked = 0;
      for (Future<Boolean> attempt : attempts) {
        booked += attempt.get() ? 1 : 0;
      }

      assertThat(booked).isEqualTo(1);
      assertThat(sessionsAt(eleven)).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSessionWithdrawsTheProvidersOverlappingConsultationTimes() {
    Instant one = NOW.plus(Duration.ofHours(6));
    long open = inTransaction(em -> persistOpenSlot(em, one.plus(Duration.ofMinutes(10))));

    inTransaction(em -> book(em, firstProvider, AppointmentType.TMS_MAPPING, one));

    SlotStatus status = inTransaction(em -> em.find(Slot.class, open).getStatus());
    assertThat(status).isEqualTo(SlotStatus.WITHDRAWN);
  }

  @Test
  void theSameProviderCannotHaveTwoSessionsAtOnce() {
    Instant three = NOW.plus(Duration.ofHours(8));
    inTransaction(em -> book(em, secondProvider, AppointmentType.TMS_SESSION, three));

    assertThatThrownBy(
            () ->
                inTransaction(
                    em ->
                        book(
                            em,
                            secondProvider,
                            AppointmentType.TMS_SESSION,
                            three.plus(Duration.ofMinutes(10)))))
        .isInstanceOf(InvalidSessionException.class)
        .extracting(e -> ((InvalidSessionException) e).errors().stream().map(FieldError::field))
        .satisfies(fields -> assertThat(fields.toList()).containsExactly("time"));
  }

  private static Callable<Boolean> race(CountDownLatch start, long provider, Instant at) {
    return () -> {
      start.await();
      try {
        inTransaction(em -> book(em, provider, AppointmentType.SPRAVATO, at));
        return true;
      } catch (InvalidSessionException | jakarta.persistence.PersistenceException lost) {
        // Either the loser counted the winner's chair, or the database gave up waiting for it.
        return false;
      }
    };
  }

  private static Appointment book(
      EntityManager em, long provider, AppointmentType type, Instant at) {
    Appointment patient =
        em.createNamedQuery("Appointment.byReference", Appointment.class)
            .setParameter("reference", patientOf)
            .getSingleResult();
    return new TreatmentSessions(em, CLOCK).book(clinicId, provider, type, at, patient);
  }

  private static long sessionsAt(Instant at) {
    return inTransaction(
        em ->
            em.createNamedQuery("Appointment.ofTypesOverlapping", Appointment.class)
                .setParameter("clinic", clinicId)
                .setParameter("statuses", AppointmentStatus.occupying())
                .setParameter("types", List.of(AppointmentType.SPRAVATO))
                .setParameter("from", at.atOffset(ZoneOffset.UTC))
                .setParameter("to", at.plus(Duration.ofMinutes(1)).atOffset(ZoneOffset.UTC))
                .getResultList()
                .size());
  }

  private static long persistOpenSlot(EntityManager em, Instant start) {
    Slot slot =
        new Slot(
            em.find(Provider.class, firstProvider),
            em.find(Clinic.class, clinicId),
            AppointmentType.CONSULTATION,
            start,
            start.plus(Duration.ofMinutes(45)),
            EnumSet.of(AppointmentMode.IN_PERSON));
    em.persist(slot);
    em.flush();
    return slot.getId();
  }

  private static <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }

  private static Provider provider(Clinic clinic) {
    Provider provider =
        new Provider("Sam Provider", "MD", "Bio", 5, "Board", "Listen", true, List.of("en"));
    provider.practiseAt(clinic);
    return provider;
  }
}
