package care.lantern.scheduling.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.directory.entity.ZipCode;
import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The database, not Java, guarantees that one slot has at most one live appointment. */
class AppointmentMappingIT {

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  private static TestDatabase db;
  private static Provider provider;
  private static Clinic clinic;

  @BeforeAll
  static void calendar() {
    db = TestDatabase.migrated();
    EntityManager em = db.entityManager();
    em.getTransaction().begin();
    ZipCode zip = em.find(ZipCode.class, "10001");
    clinic =
        new Clinic(
            "Test Clinic", "1 Test St", zip, zip.location(), "(555) 0100", true, List.of("en"));
    clinic.offer("CONSULTATION", List.of("AETNA"));
    em.persist(clinic);
    provider =
        new Provider(
            "Test Provider", "MD", "Bio", 5, "Board certified", "Listen", true, List.of("en"));
    provider.practiseAt(clinic);
    em.persist(provider);
    em.getTransaction().commit();
    em.close();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void theConditionalUpdateTakesAnOpenSlotOnlyOnce() {
    long slotId = newSlot(Duration.ofDays(1));

    int first = take(slotId, "");
    int second = take(slotId, "");

    assertThat(first).isEqualTo(1);
    assertThat(second).isZero();
  }

  @Test
  void aLiveHoldKeepsTheSlotForItsHolderOnly() {
    long slotId = newSlot(Duration.ofDays(2));
    EntityManager em = db.entityManager();
    em.getTransaction().begin();
    em.createNamedQuery("Slot.hold")
        .setParameter("id", slotId)
        .setParameter("until", NOW.plus(Duration.ofMinutes(10)).atOffset(ZoneOffset.UTC))
        .setParameter("holdToken", "holder")
        .setParameter("now", NOW.atOffset(ZoneOffset.UTC))
        .executeUpdate();
    em.getTransaction().commit();
    em.close();

    assertThat(take(slotId, "someone-else")).isZero();
    assertThat(take(slotId, "holder")).isEqualTo(1);
  }

  @Test
  void rejectsASecondLiveAppointmentOnTheSameSlot() {
    long slotId = newSlot(Duration.ofDays(3));
    persistAppointment(slotId, "LN-AAAAA2");

    assertThatThrownBy(() -> persistAppointment(slotId, "LN-AAAAA3"))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void aCancelledAppointmentLetsTheSlotBeBookedAgain() {
    long slotId = newSlot(Duration.ofDays(4));
    long first = persistAppointment(slotId, "LN-BBBBB2");
    EntityManager em = db.entityManager();
    em.getTransaction().begin();
    Appointment cancelled = em.find(Appointment.class, first);
    cancelled.cancel(NOW);
    em.getTransaction().commit();
    em.close();

    persistAppointment(slotId, "LN-BBBBB3");

    assertThat(cancelled.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(cancelled.getCalendarSequence()).isEqualTo(1);
  }

  private static long newSlot(Duration fromNow) {
    EntityManager em = db.entityManager();
    em.getTransaction().begin();
    Instant start = NOW.plus(fromNow);
    Slot slot =
        new Slot(
            em.find(Provider.class, provider.getId()),
            em.find(Clinic.class, clinic.getId()),
            AppointmentType.CONSULTATION,
            start,
            start.plus(Duration.ofMinutes(45)),
            EnumSet.allOf(AppointmentMode.class));
    em.persist(slot);
    em.getTransaction().commit();
    em.close();
    return slot.getId();
  }

  private static int take(long slotId, String holdToken) {
    EntityManager em = db.entityManager();
    em.getTransaction().begin();
    int taken =
        em.createNamedQuery("Slot.take")
            .setParameter("id", slotId)
            .setParameter("now", NOW.atOffset(ZoneOffset.UTC))
            .setParameter("holdToken", holdToken)
            .executeUpdate();
    em.getTransaction().commit();
    em.close();
    return taken;
  }

  private static long persistAppointment(long slotId, String reference) {
    EntityManager em = db.entityManager();
    try {
      em.getTransaction().begin();
      List<care.lantern.platform.entity.FieldError> errors = new ArrayList<>();
      PatientDetails patient =
          PatientDetails.validated(
              new PatientDetails.Input(
                  "Alex", "Rivera", "alex@example.com", "(555) 010-0199", "1980-04-27", "10001"),
              LocalDate.of(2026, 11, 23),
              "patient.",
              errors);
      Appointment appointment =
          new Appointment(
              em.find(Slot.class, slotId),
              new Appointment.Booking(
                  AppointmentMode.IN_PERSON,
                  patient,
                  "AETNA",
                  "Reason",
                  BookingSource.SEARCH,
                  Optional.empty(),
                  false),
              reference,
              "token-" + reference,
              NOW);
      em.persist(appointment);
      em.getTransaction().commit();
      return appointment.getId();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }
}
