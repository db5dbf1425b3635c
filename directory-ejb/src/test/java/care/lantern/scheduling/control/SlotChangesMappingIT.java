package care.lantern.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.Availability;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.CalendarsChanged;
import care.lantern.scheduling.entity.Slot;
import care.lantern.scheduling.entity.WeeklyRule;
import care.lantern.testing.FiredEvents;
import care.lantern.testing.TestCalendars;
import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path that changes what a patient may book follows itself up, with no help from its caller:
 * each hold, booking, cancel, move, treatment session and publication, run through the real control
 * classes, announces ({@link CalendarsChanged}) every calendar of the provider whose free times it
 * changed, at both of the provider's clinics, and leaves each calendar's next free slot pointing
 * where it should.
 */
class SlotChangesMappingIT {

  /** Monday 23 November 2026, 7:00 AM in New York. */
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final AtomicInteger REFERENCES = new AtomicInteger();

  /** Wednesday 25 November, 10:00 AM in New York. */
  private static final Instant TEN = NOW.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(63));

  /** 10:20 on that day: a 20-minute session then overlaps North's 10:00 and South's 10:30. */
  private static final Instant TWENTY_PAST = TEN.plus(Duration.ofMinutes(20));

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
  void aHoldAtOneClinicAnnouncesTheCalendarWhoseOverlappingSlotItHoldsAtTheOther() {
    Calendars c = calendars();

    Set<CalendarId> announced =
        announced(
            (em, changes) ->
                new ProviderTime(em, changes)
                    .hold(em.find(Slot.class, c.northTen), "patient", NOW.plusSeconds(600), NOW));

    assertThat(announced).containsExactlyInAnyOrder(c.north(), c.south());
    assertThat(heldUntil(c.southHalfPastTen)).isPresent();
  }

  @Test
  void aBookingAtOneClinicAnnouncesBothAndPointsTheOtherPastTheTimeItTook() {
    Calendars c = calendars();

    Set<CalendarId> announced = announced((em, changes) -> book(em, changes, c.northTen));

    assertThat(announced).containsExactlyInAnyOrder(c.north(), c.south());
    assertThat(pointer(c.north())).contains(c.northTwo);
    assertThat(pointer(c.south())).contains(c.southFour);
  }

  @Test
  void aCancelAnnouncesBothAndPointsTheOtherBackAtTheTimeItFreed() {
    Calendars c = calendars();
    String reference = inTransaction((em, changes) -> book(em, changes, c.northTen));

    Set<CalendarId> announced =
        announced((em, changes) -> changes.release(byReference(em, reference).cancel(NOW), NOW));

    assertTenFreedAtBoth(c, announced);
  }

  @Test
  void aMoveAnnouncesBothAndFreesTheOldTimeAtTheOther() {
    Calendars c = calendars();
    String reference = inTransaction((em, changes) -> book(em, changes, c.northTen));

    Set<CalendarId> announced =
        announced(
            (em, changes) -> {
              Appointment moving = byReference(em, reference);
              Slot target = em.find(Slot.class, c.northTwo);
              new ProviderTime(em, changes)
                  .take(target, Optional.empty(), Optional.of(moving.getId()), NOW);
              changes.release(moving.moveTo(target, AppointmentMode.IN_PERSON, NOW), NOW);
            });

    assertTenFreedAtBoth(c, announced);
  }

  @Test
  void aSessionAtOneClinicAnnouncesBothAndPointsTheOtherPastTheSlotItWithdrew() {
    Calendars c = calendars();
    String patientOf = inTransaction((em, changes) -> book(em, changes, c.northTwo));

    Set<CalendarId> announced = announced((em, changes) -> session(em, changes, c, patientOf));

    assertThat(announced).containsExactlyInAnyOrder(c.north(), c.south());
    assertThat(pointer(c.north())).isEmpty();
    assertThat(pointer(c.south())).contains(c.southFour);
  }

  @Test
  void aClinicCancellingASessionAnnouncesBothAsTheProviderIsFreeAgainAtEither() {
    Calendars c = calendars();
    String patientOf = inTransaction((em, changes) -> book(em, changes, c.northTwo));
    String session =
        inTransaction((em, changes) -> session(em, changes, c, patientOf).getReference());

    Set<CalendarId> announced =
        announced(
            (em, changes) -> changes.release(byReference(em, session).cancelByClinic(NOW), NOW));

    assertThat(announced).containsExactlyInAnyOrder(c.north(), c.south());
  }

  @Test
  void savingHoursAnnouncesTheCalendarAndPointsItAtItsFirstPublishedSlot() {
    Calendars c = calendars();
    Availability thursdayMornings =
        new Availability(
            List.of(
                new WeeklyRule(
                    DayOfWeek.THURSDAY,
                    LocalTime.of(8, 0),
                    LocalTime.of(9, 0),
                    Set.of(AppointmentMode.IN_PERSON))),
            List.of());

    Set<CalendarId> announced =
        announced(
            (em, changes) ->
                new CalendarAvailability(em, new SlotPublisher(em, new SlotCalculator(), changes))
                    .save(
                        em.find(Provider.class, c.provider),
                        em.find(Clinic.class, northId),
                        thursdayMornings,
                        NOW));

    // Wednesday's slots are outside the new hours and withdrawn: Thursday 26 November, 8:00 AM in
    // New York, comes first.
    Instant thursdayEight = Instant.parse("2026-11-26T13:00:00Z");
    assertThat(announced).contains(c.north());
    assertThat(pointer(c.north()).map(SlotChangesMappingIT::startOf)).contains(thursdayEight);
  }

  /** North's 10:00 is free again, and with it South's overlapping 10:30; both announced. */
  private static void assertTenFreedAtBoth(Calendars c, Set<CalendarId> announced) {
    assertThat(announced).containsExactlyInAnyOrder(c.north(), c.south());
    assertThat(pointer(c.north())).contains(c.northTen);
    assertThat(pointer(c.south())).contains(c.southHalfPastTen);
  }

  /** A TMS session at North at 10:20 for the patient of {@code patientOf}. */
  private static Appointment session(
      EntityManager em, SlotChanges changes, Calendars c, String patientOf) {
    return new TreatmentSessions(em, CLOCK, changes)
        .book(c.north(), AppointmentType.TMS_SESSION, TWENTY_PAST, byReference(em, patientOf));
  }

  /**
   * A new provider at both clinics with consultations on Wednesday: North 10:00 and 2:00, South
   * 10:30 (overlapping North's 10:00) and 4:00; every calendar pointed at its first.
   */
  private static Calendars calendars() {
    return inTransaction(
        (em, changes) -> {
          Clinic north = em.find(Clinic.class, northId);
          Clinic south = em.find(Clinic.class, southId);
          Provider provider = TestCalendars.provider(em, north);
          provider.practiseAt(south);
          Calendars c =
              new Calendars(
                  provider.getId(),
                  TestCalendars.consultation(em, provider, north, TEN).getId(),
                  TestCalendars.consultation(em, provider, north, TEN.plus(Duration.ofHours(4)))
                      .getId(),
                  TestCalendars.consultation(em, provider, south, TEN.plus(Duration.ofMinutes(30)))
                      .getId(),
                  TestCalendars.consultation(em, provider, south, TEN.plus(Duration.ofHours(6)))
                      .getId());
          new NextFreeSlots(em).addMissing(NOW);
          return c;
        });
  }

  private record Calendars(
      long provider, long northTen, long northTwo, long southHalfPastTen, long southFour) {

    CalendarId north() {
      return new CalendarId(provider, northId);
    }

    CalendarId south() {
      return new CalendarId(provider, southId);
    }
  }

  private interface Work<T> {
    T on(EntityManager em, SlotChanges changes);
  }

  private interface Change {
    void on(EntityManager em, SlotChanges changes);
  }

  /**
   * Runs {@code change} in a transaction of its own; the calendars its events named, which its
   * committed change notices, read as another node reads them, name too.
   */
  private static Set<CalendarId> announced(Change change) {
    long noticedBefore = db.onConnection(CalendarChangeLog::newest);
    FiredEvents<CalendarsChanged> fired = new FiredEvents<>();
    db.run(em -> change.on(em, new SlotChanges(em, fired)));
    Set<CalendarId> calendars = new LinkedHashSet<>();
    fired.fired().forEach(event -> calendars.addAll(event.calendars()));
    Set<CalendarId> noticed =
        db.onConnection(c -> CalendarChangeLog.after(c, noticedBefore, 100)).stream()
            .map(CalendarChangeLog.Notice::calendar)
            .collect(Collectors.toSet());
    assertThat(noticed).isEqualTo(calendars);
    return calendars;
  }

  private static <T> T inTransaction(Work<T> work) {
    return db.inTransaction(em -> work.on(em, new SlotChanges(em, new FiredEvents<>())));
  }

  /** Books the slot as the booking page does; the appointment's reference. */
  private static String book(EntityManager em, SlotChanges changes, long slotId) {
    Appointment appointment =
        new Appointment(
            em.find(Slot.class, slotId),
            TestAppointments.booking(),
            "LN-SC" + REFERENCES.incrementAndGet(),
            "token",
            NOW);
    new ProviderTime(em, changes).book(appointment, Optional.empty(), NOW);
    return appointment.getReference();
  }

  private static Appointment byReference(EntityManager em, String reference) {
    return em.createNamedQuery("Appointment.byReference", Appointment.class)
        .setParameter("reference", reference)
        .getSingleResult();
  }

  private static Optional<Long> pointer(CalendarId calendar) {
    return db.inTransaction(
        em ->
            em
                .createNativeQuery(
                    "SELECT slot_id FROM next_free_slot WHERE provider_id = ? AND clinic_id = ?")
                .setParameter(1, calendar.providerId())
                .setParameter(2, calendar.clinicId())
                .getResultList()
                .stream()
                .filter(Objects::nonNull)
                .findFirst()
                .map(id -> ((Number) id).longValue()));
  }

  private static Instant startOf(long slotId) {
    return db.inTransaction(em -> em.find(Slot.class, slotId).start());
  }

  private static Optional<Instant> heldUntil(long slotId) {
    return db.inTransaction(em -> em.find(Slot.class, slotId).heldUntil());
  }
}
