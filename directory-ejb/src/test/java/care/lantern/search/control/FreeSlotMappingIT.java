package care.lantern.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.directory.entity.ZipCode;
import care.lantern.scheduling.control.NextFreeSlots;
import care.lantern.scheduling.control.ProviderTime;
import care.lantern.scheduling.control.SlotChanges;
import care.lantern.scheduling.control.SlotPublisher;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.Slot;
import care.lantern.search.entity.SearchCriteria;
import care.lantern.testing.FiredEvents;
import care.lantern.testing.TestBookings;
import care.lantern.testing.TestCalendars;
import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The one definition of a free slot ({@link Slot}) in each of its forms: the booking pages' JPQL
 * free list ({@code Slot.free}), the calendar's {@code next_free_slot} pointer and the search's
 * next available time agree on which slot is the first free one of a calendar whose earlier slots
 * each fail one part of the definition.
 */
class FreeSlotMappingIT {

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));
  private static final Duration NOTICE = Duration.ofHours(2);

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static long providerId;
  private static long clinicId;
  private static long withinNotice;
  private static long held;
  private static long withdrawn;
  private static long booked;
  private static long busyElsewhere;
  private static long free;

  /**
   * The provider's calendar at a Chicago clinic, one slot an hour: one within the two hours'
   * notice, then from tomorrow one held until ten minutes from now, one withdrawn, one booked, one
   * while the provider sees a patient at a New York clinic, and one free.
   */
  @BeforeAll
  static void calendar() {
    db.run(
        em -> {
          Clinic chicago = TestCalendars.clinic(em, "60601");
          chicago.changeBookingRules(24, Duration.ZERO, Duration.ZERO, NOTICE);
          Clinic newYork = TestCalendars.clinic(em, "10001");
          Provider provider = TestCalendars.provider(em, chicago);
          provider.practiseAt(newYork);
          em.flush();
          providerId = provider.getId();
          clinicId = chicago.getId();

          withinNotice = slot(em, provider, chicago, NOW.plus(Duration.ofHours(1)));
          held = slot(em, provider, chicago, TOMORROW);
          withdrawn = slot(em, provider, chicago, TOMORROW.plus(Duration.ofHours(1)));
          booked = slot(em, provider, chicago, TOMORROW.plus(Duration.ofHours(2)));
          busyElsewhere = slot(em, provider, chicago, TOMORROW.plus(Duration.ofHours(3)));
          free = slot(em, provider, chicago, TOMORROW.plus(Duration.ofHours(4)));
          long seeing = slot(em, provider, newYork, TOMORROW.plus(Duration.ofHours(3)));

          assertThat(TestCalendars.hold(em, held, "token", NOW)).isOne();
          em.createNamedQuery("Slot.withdraw")
              .setParameter("ids", List.of(withdrawn))
              .executeUpdate();
          assertThat(TestCalendars.take(em, booked, "", NOW)).isOne();
          assertThat(TestCalendars.take(em, seeing, "", NOW)).isOne();
          Slot taken = em.find(Slot.class, seeing);
          em.refresh(taken);
          em.persist(TestBookings.booked(taken, "LN-FREE1", NOW));
        });
  }

  @Test
  void everyFormSkipsTheSlotsThatFailOnePartOfTheDefinition() {
    assertThat(freeList(NOW)).first().isEqualTo(free);
    assertThat(freeList(NOW)).doesNotContain(withinNotice, held, withdrawn, booked, busyElsewhere);
    assertThat(searchNextAvailable(NOW)).contains(startOf(free));
    assertThat(profileNextAvailable(NOW)).contains(startOf(free));
  }

  @Test
  void thePointerSkipsTheSameSlotsButLeavesTheHoldToTheSearch() {
    assertThat(pointerAfterRefresh(NOW)).as("holds are not tracked").contains(held);
    assertThat(searchNextAvailable(NOW)).contains(startOf(free));
  }

  @Test
  void everyFormTakesTheHeldSlotOnceTheHoldLapses() {
    Instant lapsed = NOW.plus(Duration.ofMinutes(11));

    assertThat(freeList(lapsed)).first().isEqualTo(held);
    assertThat(pointerAfterRefresh(lapsed)).contains(held);
    assertThat(searchNextAvailable(lapsed)).contains(startOf(held));
    assertThat(profileNextAvailable(lapsed)).contains(startOf(held));
  }

  private static long slot(EntityManager em, Provider provider, Clinic clinic, Instant start) {
    return TestCalendars.consultation(em, provider, clinic, start).getId();
  }

  /** The JPQL form: the free list the booking pages show, from the clinic's bookable-from. */
  private static List<Long> freeList(Instant now) {
    return db.inTransaction(
        em -> {
          Instant from =
              SlotPublisher.consultationsAt(em.find(Clinic.class, clinicId)).bookableFrom(now);
          return new ProviderTime(em, new SlotChanges(em, new FiredEvents<>()))
              .freeConsultations(providerId, from, now.plus(Duration.ofDays(28)), now).stream()
                  .map(Slot::getId)
                  .toList();
        });
  }

  /** The native form behind the pointer, recomputed at {@code now}. */
  private static Optional<Long> pointerAfterRefresh(Instant now) {
    return db.inTransaction(
        em -> {
          new NextFreeSlots(em).refresh(new CalendarId(providerId, clinicId), now);
          return em.createNativeQuery(
                  "SELECT slot_id FROM next_free_slot WHERE provider_id = ? AND clinic_id = ?")
              .setParameter(1, providerId)
              .setParameter(2, clinicId)
              .getResultStream()
              .findFirst()
              .map(id -> ((Number) id).longValue());
        });
  }

  /** The native form in the search, read through the pointer; the same for either sort. */
  private static Optional<Instant> searchNextAvailable(Instant now) {
    Optional<Instant> byDistance = search("distance", now);
    assertThat(search("soonest", now)).isEqualTo(byDistance);
    return byDistance;
  }

  private static Optional<Instant> search(String sort, Instant now) {
    return db.inTransaction(
        em -> {
          ZipCode zip = em.find(ZipCode.class, "60601");
          var criteria =
              SearchCriteria.validated(
                  new SearchCriteria.Input("60601", 5, null, null, null, null, null, sort, 0, 100));
          ProviderSearchQuery.Hit hit =
              new ProviderSearchQuery(em)
                  .run(criteria, zip.location(), now, LocalDate.of(2026, 11, 23)).hits().stream()
                      .filter(candidate -> candidate.providerId() == providerId)
                      .findFirst()
                      .orElseThrow();
          assertThat(hit.clinicId()).isEqualTo(clinicId);
          return hit.nextAvailable();
        });
  }

  /** The native form the provider's profile shows, computed without the pointer. */
  private static Optional<Instant> profileNextAvailable(Instant now) {
    return db.inTransaction(
        em -> new ProviderSearchQuery(em).nextAvailable(new CalendarId(providerId, clinicId), now));
  }

  private static Instant startOf(long slotId) {
    return db.inTransaction(em -> em.find(Slot.class, slotId).start());
  }
}
