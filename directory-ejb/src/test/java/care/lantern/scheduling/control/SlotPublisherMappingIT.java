package care.lantern.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.directory.entity.ZipCode;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.BookingPolicy;
import care.lantern.scheduling.entity.Slot;
import care.lantern.scheduling.entity.WeeklyAvailability;
import care.lantern.scheduling.entity.WeeklyRule;
import care.lantern.testing.FiredEvents;
import care.lantern.testing.TestBookings;
import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Publishing reads the rules from the database, adds what is missing and never duplicates. */
class SlotPublisherMappingIT {

  /** A Monday: four Mondays and Wednesdays fall within the 28-day horizon. */
  private static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  @Test
  void publishesTheHorizonOnceAndAddsNothingTheSecondTime() {
    EntityManager em = db.entityManager();
    em.getTransaction().begin();
    ZipCode zip = em.find(ZipCode.class, "10001");
    Clinic clinic =
        new Clinic("Clinic", "1 Test St", zip, zip.location(), "(555) 0100", false, List.of("en"));
    em.persist(clinic);
    Provider provider =
        new Provider("Provider", "MD", "Bio", 5, "Board certified", "Listen", true, List.of("en"));
    provider.practiseAt(clinic);
    em.persist(provider);
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)) {
      em.persist(
          new WeeklyAvailability(
              provider,
              clinic,
              new WeeklyRule(
                  day,
                  LocalTime.of(9, 0),
                  LocalTime.of(12, 0),
                  EnumSet.allOf(AppointmentMode.class))));
    }
    em.flush();
    SlotPublisher publisher =
        new SlotPublisher(em, new SlotCalculator(), new SlotChanges(em, new FiredEvents<>()));

    int first = publisher.publish(provider, clinic, NOW).addedCount();
    em.flush();
    boolean second = publisher.publish(provider, clinic, NOW).isEmpty();
    em.getTransaction().commit();
    em.close();

    // 9:00, 10:00, 11:00 on 9 days (5 Mondays incl. today and the horizon's last day, 4
    // Wednesdays).
    assertThat(first).isEqualTo(27);
    assertThat(second).isTrue();
  }

  @Test
  void keepsTheClinicsBuffersFreeAroundTheProvidersTreatmentSessions() {
    EntityManager em = db.entityManager();
    em.getTransaction().begin();
    ZipCode zip = em.find(ZipCode.class, "10001");
    Clinic clinic =
        new Clinic("Clinic", "1 Test St", zip, zip.location(), "(555) 0100", false, List.of("en"));
    clinic.changeBookingRules(
        24, Duration.ofMinutes(10), Duration.ofMinutes(5), Duration.ofHours(2));
    em.persist(clinic);
    Provider provider =
        new Provider("Provider", "MD", "Bio", 5, "Board certified", "Listen", true, List.of("en"));
    provider.practiseAt(clinic);
    em.persist(provider);
    // Today 8:40-9:00 and 11:48-12:08 in New York, next to the morning's first and last times.
    for (String start : List.of("2026-11-23T13:40:00Z", "2026-11-23T16:48:00Z")) {
      Slot session =
          Slot.bookedByClinic(provider, clinic, AppointmentType.TMS_SESSION, Instant.parse(start));
      em.persist(session);
      em.persist(TestBookings.booked(session, "LN-SES" + start.substring(11, 13), NOW));
    }
    em.flush();
    WeeklyRule mondayMornings =
        new WeeklyRule(
            DayOfWeek.MONDAY,
            LocalTime.of(9, 0),
            LocalTime.of(12, 0),
            EnumSet.of(AppointmentMode.IN_PERSON));

    List<Instant> today =
        new SlotPublisher(em, new SlotCalculator(), new SlotChanges(em, new FiredEvents<>()))
            .plan(provider, clinic, List.of(mondayMornings), List.of(), NOW).fresh().stream()
                .map(Slot::start)
                .filter(start -> start.isBefore(Instant.parse("2026-11-24T00:00:00Z")))
                .toList();
    em.getTransaction().rollback();
    em.close();

    // 9:00 would leave no time after the first session, 11:45 only 3 minutes before the second.
    assertThat(today).containsExactly(Instant.parse("2026-11-23T15:00:00Z"));
  }

  @Test
  void consultationsFollowTheClinicsMinimumNoticeButArePublishedFromNow() {
    EntityManager em = db.entityManager();
    ZipCode zip = em.find(ZipCode.class, "10001");
    Clinic clinic =
        new Clinic("Clinic", "1 Test St", zip, zip.location(), "(555) 0100", false, List.of("en"));
    em.close();
    clinic.changeBookingRules(24, Duration.ZERO, Duration.ofMinutes(15), Duration.ofHours(6));

    BookingPolicy policy = SlotPublisher.consultationsAt(clinic);

    assertThat(policy.bufferAfter()).isEqualTo(Duration.ofMinutes(15));
    assertThat(policy.bookableFrom(NOW)).isEqualTo(NOW.plus(Duration.ofHours(6)));
    assertThat(policy.forPublishing().bookableFrom(NOW)).isEqualTo(NOW);
    assertThat(policy.forPublishing().bufferAfter()).isEqualTo(Duration.ofMinutes(15));
    assertThat(policy.slotStep()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void spacesConsultationsSoThatTheClinicsBuffersFitBetweenNeighbours() {
    EntityManager em = db.entityManager();
    ZipCode zip = em.find(ZipCode.class, "10001");
    Clinic clinic =
        new Clinic("Clinic", "1 Test St", zip, zip.location(), "(555) 0100", false, List.of("en"));
    Provider provider =
        new Provider("Provider", "MD", "Bio", 5, "Board certified", "Listen", true, List.of("en"));
    em.close();
    clinic.changeBookingRules(
        24, Duration.ofMinutes(20), Duration.ofMinutes(10), Duration.ofHours(2));
    WeeklyRule mondayMornings =
        new WeeklyRule(
            DayOfWeek.MONDAY,
            LocalTime.of(9, 0),
            LocalTime.of(12, 0),
            EnumSet.of(AppointmentMode.IN_PERSON));

    List<Instant> today =
        new SlotPublisher(null, new SlotCalculator(), null)
            .slotsFor(provider, clinic, List.of(mondayMornings), List.of(), NOW).stream()
                .map(Slot::start)
                .filter(start -> start.isBefore(Instant.parse("2026-11-24T00:00:00Z")))
                .toList();

    // 9:00-9:45, then 30 minutes for both buffers: 10:15-11:00, 11:30 would end after 12:00.
    assertThat(SlotPublisher.consultationsAt(clinic).slotStep()).isEqualTo(Duration.ofMinutes(75));
    assertThat(today)
        .containsExactly(
            Instant.parse("2026-11-23T14:00:00Z"), Instant.parse("2026-11-23T15:15:00Z"));
  }
}
