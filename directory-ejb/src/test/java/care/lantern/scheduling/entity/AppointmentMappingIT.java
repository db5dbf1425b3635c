package care.lantern.scheduling.entity;

import static care.lantern.testing.ConstraintAssertions.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.testing.TestBookings;
import care.lantern.testing.TestCalendars;
import care.lantern.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The database, not Java, guarantees that one slot has at most one live appointment. */
class AppointmentMappingIT {

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  @RegisterExtension static final TestDatabase db = new TestDatabase();
  private static Provider provider;
  private static Clinic clinic;

  @BeforeAll
  static void calendar() {
    db.run(
        em -> {
          clinic = TestCalendars.clinic(em, "10001");
          provider = TestCalendars.provider(em, clinic);
        });
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
    db.run(em -> TestCalendars.hold(em, slotId, "holder", NOW));

    assertThat(take(slotId, "someone-else")).isZero();
    assertThat(take(slotId, "holder")).isEqualTo(1);
  }

  @Test
  void aHoldLapsesAfterTheHoldTimeAndTheSlotIsBookableByAnotherPatient() {
    long slotId = newSlot(Duration.ofDays(5));
    db.run(em -> TestCalendars.hold(em, slotId, "holder", NOW));
    Instant lapse = NOW.plus(BookingPolicy.HOLD_TIME);

    int justBefore = take(slotId, "someone-else", lapse.minusSeconds(1));
    int atLapse = take(slotId, "someone-else", lapse);

    assertThat(justBefore).isZero();
    assertThat(atLapse).isEqualTo(1);
  }

  @Test
  void rejectsASecondLiveAppointmentOnTheSameSlot() {
    long slotId = newSlot(Duration.ofDays(3));
    persistAppointment(slotId, "LN-AAAAA2");

    // V21 leaves the unique constraint on appointment.active_slot_id unnamed.
    assertViolates("active_slot_id", () -> persistAppointment(slotId, "LN-AAAAA3"));
  }

  @Test
  void aCancelledAppointmentLetsTheSlotBeBookedAgain() {
    long slotId = newSlot(Duration.ofDays(4));
    long first = persistAppointment(slotId, "LN-BBBBB2");
    Appointment cancelled =
        db.inTransaction(
            em -> {
              Appointment appointment = em.find(Appointment.class, first);
              appointment.cancel(NOW);
              return appointment;
            });

    persistAppointment(slotId, "LN-BBBBB3");

    assertThat(cancelled.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(cancelled.getCalendarSequence()).isEqualTo(1);
  }

  private static long newSlot(Duration fromNow) {
    return db.inTransaction(
        em ->
            TestCalendars.consultation(
                    em,
                    em.find(Provider.class, provider.getId()),
                    em.find(Clinic.class, clinic.getId()),
                    NOW.plus(fromNow))
                .getId());
  }

  private static int take(long slotId, String holdToken) {
    return take(slotId, holdToken, NOW);
  }

  private static int take(long slotId, String holdToken, Instant now) {
    return db.inTransaction(em -> TestCalendars.take(em, slotId, holdToken, now));
  }

  private static long persistAppointment(long slotId, String reference) {
    return db.inTransaction(
        em -> {
          Appointment appointment =
              TestBookings.booked(em.find(Slot.class, slotId), reference, NOW);
          em.persist(appointment);
          em.flush();
          return appointment.getId();
        });
  }
}
