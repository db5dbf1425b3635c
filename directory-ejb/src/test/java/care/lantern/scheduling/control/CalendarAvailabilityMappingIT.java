package care.lantern.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentStatus;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.Availability;
import care.lantern.scheduling.entity.AvailabilityEffect;
import care.lantern.scheduling.entity.BookedConsultation;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.CalendarsChanged;
import care.lantern.scheduling.entity.DateOverride;
import care.lantern.scheduling.entity.Slot;
import care.lantern.scheduling.entity.SlotStatus;
import care.lantern.scheduling.entity.WeeklyAvailability;
import care.lantern.scheduling.entity.WeeklyRule;
import care.lantern.testing.FiredEvents;
import care.lantern.testing.TestBookings;
import care.lantern.testing.TestCalendars;
import care.lantern.testing.TestDatabase;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Saving availability stores the rules and republishes the slots in the same transaction: free
 * slots follow the new hours, a booked appointment outside them stays booked and is reported, and a
 * slot a patient is holding stays theirs until the hold ends.
 */
class CalendarAvailabilityMappingIT {

  /** Monday 23 November 2026, midnight in New York. */
  private static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Set<AppointmentMode> IN_PERSON = Set.of(AppointmentMode.IN_PERSON);

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  @Test
  void savingNewHoursKeepsBookingsWithdrawsFreeSlotsOutsideThemAndAddsTheNewOnes() {
    long[] calendar = calendarOpenOnMondayMornings();
    long booked = slotAt(calendar, "2026-11-30T10:00");
    String reference = book(booked, "LN-AVAIL1");
    long held = slotAt(calendar, "2026-12-07T11:00");
    hold(held, "holder");
    Availability mondayNineToTenTuesdayMornings =
        new Availability(
            List.of(rule(DayOfWeek.MONDAY, 9, 10), rule(DayOfWeek.TUESDAY, 9, 11)),
            List.of(DateOverride.closed(LocalDate.of(2026, 12, 14))));

    AvailabilityEffect preview =
        inTransaction(
            calendar,
            (availability, provider, clinic) ->
                availability.preview(provider, clinic, mondayNineToTenTuesdayMornings, NOW));
    List<Slot> untouched = slots(calendar);
    AvailabilityEffect saved = save(calendar, mondayNineToTenTuesdayMornings);

    assertThat(preview.conflicts())
        .extracting(BookedConsultation::reference)
        .containsExactly(reference);
    assertThat(preview.conflicts().get(0).patientName()).isEqualTo("Alex Rivera");
    assertThat(untouched).allMatch(slot -> slot.getStatus() != SlotStatus.WITHDRAWN);
    assertThat(saved.conflicts())
        .extracting(BookedConsultation::reference)
        .containsExactly(reference);
    // Five Mondays lose 10:00 and 11:00 but 30 Nov 10:00 is booked; 14 December loses 9:00 too.
    // The four Tuesdays within the horizon gain 9:00 and 10:00.
    assertThat(saved.slots().withdrawn()).hasSize(2 * 5 - 1 + 1);
    assertThat(saved.slots().held()).extracting(s -> s.id()).containsExactly(held);
    assertThat(saved.slots().addedCount()).isEqualTo(8);
    assertThat(statusOf(booked)).isEqualTo(SlotStatus.BOOKED);
    assertThat(appointmentStatus(reference)).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(statusOf(slotAt(calendar, "2026-12-21T11:00"))).isEqualTo(SlotStatus.WITHDRAWN);
    assertThat(statusOf(slotAt(calendar, "2026-12-14T09:00"))).isEqualTo(SlotStatus.WITHDRAWN);
    assertThat(statusOf(slotAt(calendar, "2026-12-21T09:00"))).isEqualTo(SlotStatus.OPEN);
    assertThat(statusOf(slotAt(calendar, "2026-12-01T10:00"))).isEqualTo(SlotStatus.OPEN);
    assertThat(storedRules(calendar)).hasSize(2);
    // The patient holding 7 Dec 11:00 can still book it; nobody else can.
    assertThat(take(held, "someone-else")).isZero();
    assertThat(take(held, "holder")).isEqualTo(1);
  }

  @Test
  void aCancelledBookingOutsideTheHoursIsWithdrawnAndHoursGivenBackReopenTheSlots() {
    long[] calendar = calendarOpenOnMondayMornings();
    long booked = slotAt(calendar, "2026-11-30T10:00");
    String reference = book(booked, "LN-AVAIL2");
    long free = slotAt(calendar, "2026-12-07T10:00");
    Availability nineToTen = new Availability(List.of(rule(DayOfWeek.MONDAY, 9, 10)), List.of());
    Availability nineToNoon = new Availability(List.of(rule(DayOfWeek.MONDAY, 9, 12)), List.of());
    save(calendar, nineToTen);
    save(calendar, nineToNoon);
    AvailabilityEffect again = save(calendar, nineToTen);

    List<CalendarsChanged> searchesTold = cancel(reference);

    assertThat(searchesTold)
        .containsExactly(new CalendarsChanged(Set.of(new CalendarId(calendar[0], calendar[1]))));
    assertThat(again.conflicts())
        .extracting(BookedConsultation::reference)
        .containsExactly(reference);
    assertThat(statusOf(booked)).isEqualTo(SlotStatus.WITHDRAWN);
    assertThat(statusOf(free)).isEqualTo(SlotStatus.WITHDRAWN);
    AvailabilityEffect reopened = save(calendar, nineToNoon);
    assertThat(reopened.conflicts()).isEmpty();
    assertThat(statusOf(booked)).isEqualTo(SlotStatus.OPEN);
    assertThat(statusOf(free)).isEqualTo(SlotStatus.OPEN);
  }

  @Test
  void aBookingWhoseTimeStaysWithinTheHoursIsReleasedAsAFreeSlot() {
    long[] calendar = calendarOpenOnMondayMornings();
    long booked = slotAt(calendar, "2026-11-30T09:00");
    String reference = book(booked, "LN-AVAIL3");
    AvailabilityEffect effect =
        save(calendar, new Availability(List.of(rule(DayOfWeek.MONDAY, 9, 10)), List.of()));

    cancel(reference);

    assertThat(effect.conflicts()).isEmpty();
    assertThat(statusOf(booked)).isEqualTo(SlotStatus.OPEN);
  }

  @Test
  void theNightlyHorizonFindsEachCalendarWithWeeklyHoursOnce() {
    long[] calendar = calendarOpenOnMondayMornings();
    save(
        calendar,
        new Availability(
            List.of(rule(DayOfWeek.MONDAY, 9, 12), rule(DayOfWeek.TUESDAY, 9, 12)), List.of()));

    List<CalendarId> calendars =
        db.inTransaction(
            em ->
                em.createNamedQuery("WeeklyAvailability.calendars", CalendarId.class)
                    .getResultList());

    assertThat(storedRules(calendar)).hasSize(2);
    assertThat(calendars).containsOnlyOnce(new CalendarId(calendar[0], calendar[1]));
  }

  private static AvailabilityEffect save(long[] calendar, Availability hours) {
    return inTransaction(
        calendar,
        (availability, provider, clinic) -> availability.save(provider, clinic, hours, NOW));
  }

  private interface Work<T> {
    T on(CalendarAvailability availability, Provider provider, Clinic clinic);
  }

  private static <T> T inTransaction(long[] calendar, Work<T> work) {
    return db.inTransaction(
        em ->
            work.on(
                new CalendarAvailability(
                    em,
                    new SlotPublisher(
                        em, new SlotCalculator(), new SlotChanges(em, new FiredEvents<>()))),
                em.find(Provider.class, calendar[0]),
                em.find(Clinic.class, calendar[1])));
  }

  /** A new provider at a new clinic in New York, open Mondays 9 to 12 in person, published. */
  private static long[] calendarOpenOnMondayMornings() {
    return db.inTransaction(
        em -> {
          Clinic clinic = TestCalendars.clinic(em, "10001");
          Provider provider = TestCalendars.provider(em, clinic);
          em.persist(new WeeklyAvailability(provider, clinic, rule(DayOfWeek.MONDAY, 9, 12)));
          em.flush();
          new SlotPublisher(em, new SlotCalculator(), new SlotChanges(em, new FiredEvents<>()))
              .publish(provider, clinic, NOW);
          return new long[] {provider.getId(), clinic.getId()};
        });
  }

  private static WeeklyRule rule(DayOfWeek day, int fromHour, int toHour) {
    return new WeeklyRule(day, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0), IN_PERSON);
  }

  private static long slotAt(long[] calendar, String newYorkTime) {
    return db.inTransaction(
        em ->
            em.createQuery(
                    "SELECT s FROM Slot s WHERE s.provider.id = :provider"
                        + " AND s.clinic.id = :clinic AND s.appointmentType = :type"
                        + " AND s.start = :start",
                    Slot.class)
                .setParameter("provider", calendar[0])
                .setParameter("clinic", calendar[1])
                .setParameter("type", AppointmentType.CONSULTATION)
                .setParameter(
                    "start",
                    LocalDateTime.parse(newYorkTime)
                        .atZone(NEW_YORK)
                        .toInstant()
                        .atOffset(ZoneOffset.UTC))
                .getSingleResult()
                .getId());
  }

  private static List<Slot> slots(long[] calendar) {
    return db.inTransaction(
        em ->
            em.createQuery("SELECT s FROM Slot s WHERE s.provider.id = :provider", Slot.class)
                .setParameter("provider", calendar[0])
                .getResultList());
  }

  private static List<WeeklyAvailability> storedRules(long[] calendar) {
    return db.inTransaction(
        em ->
            em.createNamedQuery("WeeklyAvailability.of", WeeklyAvailability.class)
                .setParameter("provider", calendar[0])
                .setParameter("clinic", calendar[1])
                .getResultList());
  }

  private static SlotStatus statusOf(long slotId) {
    return db.inTransaction(em -> em.find(Slot.class, slotId).getStatus());
  }

  private static AppointmentStatus appointmentStatus(String reference) {
    return db.inTransaction(
        em ->
            em.createNamedQuery("Appointment.byReference", Appointment.class)
                .setParameter("reference", reference)
                .getSingleResult()
                .getStatus());
  }

  private static void hold(long slotId, String token) {
    db.run(em -> TestCalendars.hold(em, slotId, token, NOW));
  }

  private static int take(long slotId, String holdToken) {
    return db.inTransaction(em -> TestCalendars.take(em, slotId, holdToken, NOW));
  }

  /**
   * Cancels as the patient's manage link does, with the real slot release; returns what searches
   * were told.
   */
  private static List<CalendarsChanged> cancel(String reference) {
    FiredEvents<CalendarsChanged> searches = new FiredEvents<>();
    db.run(
        em -> {
          Appointment appointment =
              em.createNamedQuery("Appointment.byReference", Appointment.class)
                  .setParameter("reference", reference)
                  .getSingleResult();
          new SlotChanges(em, searches).release(appointment.cancel(NOW), NOW);
        });
    return searches.fired();
  }

  /** Takes the slot and books it for Alex Rivera; returns the reference. */
  private static String book(long slotId, String reference) {
    assertThat(take(slotId, "")).isEqualTo(1);
    db.run(em -> em.persist(TestBookings.booked(em.find(Slot.class, slotId), reference, NOW)));
    return reference;
  }
}
