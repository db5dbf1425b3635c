package care.lantern.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.directory.entity.ZipCode;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.search.control.ProviderSearchQuery;
import care.lantern.search.entity.SearchCriteria;
import care.lantern.testing.TestCalendars;
import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The search's next free consultation, read through the {@code next_free_slot} pointer, follows
 * bookings, cancellations, holds and the passing of time, whichever way the search sorts.
 */
class NextFreeSlotsMappingIT {

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private static final Instant DAY_1 = NOW.plus(Duration.ofDays(1));
  private static final Instant DAY_2 = NOW.plus(Duration.ofDays(2));
  private static final Instant DAY_3 = NOW.plus(Duration.ofDays(3));

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  @Test
  void showsTheEarliestFreeSlotThroughThePointer() {
    Calendar calendar = calendar();

    assertThat(nextFree(calendar, NOW)).contains(DAY_1);
  }

  @Test
  void movesOnWhenTheNextFreeSlotIsBookedAndBackWhenItIsFreed() {
    Calendar calendar = calendar();

    change(calendar, em -> TestCalendars.take(em, calendar.slotAt(DAY_1), "", NOW));
    Optional<Instant> afterBooking = nextFree(calendar, NOW);
    change(calendar, em -> release(em, calendar.slotAt(DAY_1)));

    assertThat(afterBooking).contains(DAY_2);
    assertThat(nextFree(calendar, NOW)).contains(DAY_1);
  }

  @Test
  void showsNoneOnceEverySlotIsBooked() {
    Calendar calendar = calendar();

    change(calendar, em -> calendar.slots().forEach(slot -> TestCalendars.take(em, slot, "", NOW)));

    assertThat(nextFree(calendar, NOW)).isEmpty();
  }

  @Test
  void skipsAHeldSlotUntilTheHoldExpires() {
    Calendar calendar = calendar();

    db.run(em -> TestCalendars.hold(em, calendar.slotAt(DAY_1), "token", NOW));

    assertThat(nextFree(calendar, NOW)).contains(DAY_2);
    assertThat(nextFree(calendar, NOW.plus(Duration.ofMinutes(11)))).contains(DAY_1);
    assertThat(firstHoldLapse(NOW)).contains(NOW.plus(Duration.ofMinutes(10)));
    assertThat(firstHoldLapse(NOW.plus(Duration.ofMinutes(11)))).isEmpty();
  }

  @Test
  void passesOverASlotThatHasStartedAndAdvancesThePointerPastIt() {
    Calendar calendar = calendar();
    Instant later = DAY_1.plus(Duration.ofMinutes(1));

    Optional<Instant> beforeAdvancing = nextFree(calendar, later);
    db.run(em -> new NextFreeSlots(em).advancePast(later));

    assertThat(beforeAdvancing).contains(DAY_2);
    assertThat(pointer(calendar)).isEqualTo(calendar.slotAt(DAY_2));
    assertThat(nextFree(calendar, later)).contains(DAY_2);
  }

  @Test
  void skipsASlotThatStartsWithinTheMinimumNotice() {
    Calendar calendar = calendar();
    Instant shortlyBefore = DAY_1.minus(Duration.ofHours(2)).plusSeconds(1);

    assertThat(nextFree(calendar, shortlyBefore.minusSeconds(2))).contains(DAY_1);
    assertThat(nextFree(calendar, shortlyBefore)).contains(DAY_2);
    db.run(em -> new NextFreeSlots(em).advancePast(shortlyBefore));
    assertThat(pointer(calendar)).isEqualTo(calendar.slotAt(DAY_2));
  }

  @Test
  void keepsToEachClinicsOwnMinimumNotice() {
    Calendar twoHours = calendar();
    Calendar twoDays = calendar(Duration.ofDays(2));
    Calendar none = calendar(Duration.ZERO);
    Instant shortlyBefore = DAY_1.minusSeconds(1);

    assertThat(nextFree(twoHours, shortlyBefore)).contains(DAY_2);
    assertThat(nextFree(none, shortlyBefore)).contains(DAY_1);
    assertThat(nextFree(twoDays, NOW)).contains(DAY_2);
    assertThat(nextFree(twoDays, NOW.plusSeconds(1))).contains(DAY_3);
    assertThat(profileNextFree(twoDays, NOW.plusSeconds(1))).contains(DAY_3);
    db.inTransaction(em -> new NextFreeSlots(em).advancePast(shortlyBefore));
    assertThat(pointer(none)).isEqualTo(none.slotAt(DAY_1));
    assertThat(pointer(twoDays)).isEqualTo(twoDays.slotAt(DAY_3));
  }

  /** A clinic of its own with one provider and three consultations, one a day from tomorrow. */
  private record Calendar(long providerId, long clinicId, List<Long> slots) {
    CalendarId id() {
      return new CalendarId(providerId, clinicId);
    }

    long slotAt(Instant start) {
      return slots.get(List.of(DAY_1, DAY_2, DAY_3).indexOf(start));
    }
  }

  private static Calendar calendar() {
    return calendar(Duration.ofHours(2));
  }

  /** Such a calendar at a clinic that asks for {@code minimumNotice}. */
  private static Calendar calendar(Duration minimumNotice) {
    return db.inTransaction(
        em -> {
          Clinic clinic = TestCalendars.clinic(em, "60601");
          clinic.changeBookingRules(24, Duration.ZERO, Duration.ZERO, minimumNotice);
          em.flush();
          Provider provider = TestCalendars.provider(em, clinic);
          List<Long> slots =
              Stream.of(DAY_3, DAY_1, DAY_2)
                  .map(start -> TestCalendars.consultation(em, provider, clinic, start).getId())
                  .toList();
          new NextFreeSlots(em).refresh(CalendarId.of(provider, clinic), NOW);
          return new Calendar(
              provider.getId(), clinic.getId(), List.of(slots.get(1), slots.get(2), slots.get(0)));
        });
  }

  /** Changes slots and refreshes the pointer in one transaction, as the booking boundary does. */
  private static void change(Calendar calendar, Consumer<EntityManager> slotChange) {
    db.run(
        em -> {
          slotChange.accept(em);
          new NextFreeSlots(em).refresh(calendar.id(), NOW);
        });
  }

  private static void release(EntityManager em, long slotId) {
    em.createNamedQuery("Slot.release").setParameter("id", slotId).executeUpdate();
  }

  private static long pointer(Calendar calendar) {
    EntityManager em = db.entityManager();
    try {
      return ((Number)
              em.createNativeQuery(
                      "SELECT slot_id FROM next_free_slot WHERE provider_id = ? AND clinic_id = ?")
                  .setParameter(1, calendar.providerId())
                  .setParameter(2, calendar.clinicId())
                  .getSingleResult())
          .longValue();
    } finally {
      em.close();
    }
  }

  private static Optional<Instant> firstHoldLapse(Instant now) {
    EntityManager em = db.entityManager();
    try {
      return new NextFreeSlots(em).firstHoldLapse(now);
    } finally {
      em.close();
    }
  }

  /** The calendar's next free consultation as the search shows it; the same for either sort. */
  private static Optional<Instant> nextFree(Calendar calendar, Instant now) {
    Optional<Instant> byDistance = search(calendar, "distance", now);
    assertThat(search(calendar, "soonest", now)).isEqualTo(byDistance);
    return byDistance;
  }

  /** The next free consultation a provider's profile shows, computed without the pointer. */
  private static Optional<Instant> profileNextFree(Calendar calendar, Instant now) {
    EntityManager em = db.entityManager();
    try {
      return new ProviderSearchQuery(em).nextAvailable(calendar.id(), now);
    } finally {
      em.close();
    }
  }

  private static Optional<Instant> search(Calendar calendar, String sort, Instant now) {
    EntityManager em = db.entityManager();
    try {
      ZipCode zip = em.find(ZipCode.class, "60601");
      var criteria =
          SearchCriteria.validated(
              new SearchCriteria.Input("60601", 5, null, null, null, null, null, sort, 0, 100));
      return new ProviderSearchQuery(em)
          .run(criteria, zip.location(), now, LocalDate.of(2026, 11, 23)).hits().stream()
              .filter(hit -> hit.providerId() == calendar.providerId())
              .findFirst()
              .orElseThrow()
              .nextAvailable();
    } finally {
      em.close();
    }
  }
}
