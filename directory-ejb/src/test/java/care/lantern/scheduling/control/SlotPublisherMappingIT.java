package care.lantern.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.directory.entity.ZipCode;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.WeeklyAvailability;
import care.lantern.scheduling.entity.WeeklyRule;
import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
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
    SlotPublisher publisher = new SlotPublisher(em, new SlotCalculator());

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
}
