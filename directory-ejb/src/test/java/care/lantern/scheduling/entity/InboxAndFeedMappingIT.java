package care.lantern.scheduling.entity;

import static care.lantern.testing.ConstraintAssertions.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.referral.control.ReferralPages;
import care.lantern.referral.entity.InboxEntry;
import care.lantern.referral.entity.Referral;
import care.lantern.referral.entity.ReferralMatch;
import care.lantern.referral.entity.ReferralStatus;
import care.lantern.testing.TestBookings;
import care.lantern.testing.TestCalendars;
import care.lantern.testing.TestDatabase;
import care.lantern.testing.TestReferrals;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The referral inbox's and the calendar feeds' tables and queries (V63). */
class InboxAndFeedMappingIT {

  private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  @RegisterExtension static final TestDatabase db = new TestDatabase();
  private static long practiceId;

  @BeforeAll
  static void practice() {
    practiceId = db.inTransaction(em -> TestReferrals.practice(em, NOW));
  }

  @Test
  void findsReferralsRoutedToAClinicAndKeepsEachClinicsDecline() {
    long here = newClinic();
    long there = newClinic();
    long elsewhere = newClinic();
    String referral = routedReferral(here, there);

    db.inTransaction(
        em -> em.find(Referral.class, referral).declineAt(here, "Here", "Full this month.", NOW));

    List<String> inboxHere = inInbox(here);
    assertThat(inboxHere).contains(referral);
    assertThat(inInbox(there)).contains(referral);
    assertThat(inInbox(elsewhere)).doesNotContain(referral);
    Referral read = db.inTransaction(em -> em.find(Referral.class, referral));
    assertThat(read.getStatus()).isEqualTo(ReferralStatus.ROUTED);
    assertThat(read.declineOf(here)).isPresent();
    assertThat(read.declineOf(there)).isEmpty();
    assertThat(read.getHistory().get(2).note()).contains("Declined by Here: Full this month.");
  }

  @Test
  void aClinicDeclinesAReferralOnlyOnceEvenFromTwoSessions() {
    long here = newClinic();
    String referral = routedReferral(here, newClinic());
    EntityManager first = db.entityManager();
    EntityManager second = db.entityManager();
    first.getTransaction().begin();
    second.getTransaction().begin();
    first.find(Referral.class, referral).declineAt(here, "Here", "Full.", NOW);
    second.find(Referral.class, referral).declineAt(here, "Here", "Full too.", NOW);
    first.getTransaction().commit();

    assertViolates("referral_decline_once", () -> second.getTransaction().commit());
    first.close();
    second.close();
  }

  @Test
  void findsAFeedByItsTokensHashUntilItIsReissued() {
    long clinic = newClinic();
    long providerId = newProvider(clinic);
    String first =
        db.inTransaction(
            em -> {
              CalendarFeed.Issued issued =
                  CalendarFeed.issue(
                      em.find(Provider.class, providerId), em.find(Clinic.class, clinic), NOW);
              em.persist(issued.feed());
              return issued.token();
            });

    assertThat(feedBy(first)).isPresent();
    String second =
        db.inTransaction(
            em ->
                em.createNamedQuery("CalendarFeed.of", CalendarFeed.class)
                    .setParameter("provider", providerId)
                    .setParameter("clinic", clinic)
                    .getSingleResult()
                    .reissue(NOW.plusSeconds(60)));

    assertThat(second).isNotEqualTo(first);
    assertThat(feedBy(first)).isEmpty();
    assertThat(feedBy(second)).map(CalendarFeed::issuedAt).contains(NOW.plusSeconds(60));
  }

  @Test
  void keepsOneFeedPerProviderAndClinic() {
    long clinic = newClinic();
    long providerId = newProvider(clinic);
    Consumer<EntityManager> issue =
        em ->
            em.persist(
                CalendarFeed.issue(
                        em.find(Provider.class, providerId), em.find(Clinic.class, clinic), NOW)
                    .feed());
    db.run(issue);

    assertViolates("calendar_feed_once", () -> db.run(issue));
  }

  @Test
  void aFeedListsTheProvidersLiveAppointmentsAtTheClinicInTheWindow() {
    long clinic = newClinic();
    long providerId = newProvider(clinic);
    long colleague = newProvider(clinic);
    String soon = persistAppointment(newSlot(clinic, providerId, Duration.ofDays(2)));
    String cancelled = persistAppointment(newSlot(clinic, providerId, Duration.ofDays(3)));
    String later = persistAppointment(newSlot(clinic, providerId, Duration.ofDays(40)));
    persistAppointment(newSlot(clinic, colleague, Duration.ofDays(2)));
    db.inTransaction(
        em ->
            em.createNamedQuery("Appointment.byReference", Appointment.class)
                .setParameter("reference", cancelled)
                .getSingleResult()
                .cancel(NOW));

    List<String> listed =
        db.inTransaction(
            em ->
                em.createNamedQuery("CalendarFeed.appointments", Appointment.class)
                    .setParameter("provider", providerId)
                    .setParameter("clinic", clinic)
                    .setParameter("from", NOW.atOffset(ZoneOffset.UTC))
                    .setParameter("to", NOW.plus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC))
                    .getResultStream()
                    .map(Appointment::getReference)
                    .toList());

    assertThat(listed).containsExactly(soon).doesNotContain(cancelled, later);
    List<Long> providers =
        db.inTransaction(
            em ->
                em.createNamedQuery("Provider.atClinic", Provider.class)
                    .setParameter("clinic", clinic)
                    .getResultStream()
                    .map(Provider::getId)
                    .toList());
    assertThat(providers).containsExactlyInAnyOrder(providerId, colleague);
  }

  /** The referrals in the clinic's inbox, whatever their status. */
  private static List<String> inInbox(long clinic) {
    return db.inTransaction(
        em ->
            new ReferralPages(em)
                .inbox(clinic, Optional.empty(), 0, 50).items().stream()
                    .map(InboxEntry::id)
                    .toList());
  }

  private static Optional<CalendarFeed> feedBy(String token) {
    return db.inTransaction(
        em ->
            em.createNamedQuery("CalendarFeed.byTokenHash", CalendarFeed.class)
                .setParameter("hash", CalendarFeed.hash(token))
                .getResultStream()
                .findFirst());
  }

  private static String routedReferral(long... clinics) {
    return db.inTransaction(
        em -> {
          List<ReferralMatch> matches = new ArrayList<>();
          for (long clinic : clinics) {
            matches.add(
                new ReferralMatch("TMS", newProvider(em, clinic), clinic, 2.0, Optional.empty()));
          }
          return TestReferrals.routed(em, practiceId, false, NOW, matches).getId();
        });
  }

  private static long newClinic() {
    return db.inTransaction(em -> TestCalendars.clinic(em, "10001").getId());
  }

  private static long newProvider(long clinic) {
    return db.inTransaction(em -> newProvider(em, clinic));
  }

  private static long newProvider(EntityManager em, long clinic) {
    return TestCalendars.provider(em, em.find(Clinic.class, clinic)).getId();
  }

  private static long newSlot(long clinic, long providerId, Duration fromNow) {
    return db.inTransaction(
        em ->
            TestCalendars.consultation(
                    em,
                    em.find(Provider.class, providerId),
                    em.find(Clinic.class, clinic),
                    NOW.plus(fromNow))
                .getId());
  }

  private static String persistAppointment(long slotId) {
    String reference = "LN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    db.run(em -> em.persist(TestBookings.booked(em.find(Slot.class, slotId), reference, NOW)));
    return reference;
  }
}
