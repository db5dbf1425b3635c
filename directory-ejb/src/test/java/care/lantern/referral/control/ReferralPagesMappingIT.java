package care.lantern.referral.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.platform.entity.ResultPage;
import care.lantern.referral.entity.InboxEntry;
import care.lantern.referral.entity.Referral;
import care.lantern.referral.entity.ReferralMatch;
import care.lantern.referral.entity.ReferralStatus;
import care.lantern.scheduling.entity.Slot;
import care.lantern.testing.TestBookings;
import care.lantern.testing.TestCalendars;
import care.lantern.testing.TestDatabase;
import care.lantern.testing.TestReferrals;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A clinic's referral inbox is selected, filtered by the status as the clinic sees it, ordered,
 * paged and counted by the database, and the query's status agrees with {@link Referral#statusAt}.
 * Each test makes clinics of its own, so only its referrals are in their inboxes.
 */
class ReferralPagesMappingIT {

  private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  @RegisterExtension static final TestDatabase db = new TestDatabase();
  private static final AtomicInteger SLOTS = new AtomicInteger();
  private static long practiceId;

  @BeforeAll
  static void practice() {
    practiceId = db.inTransaction(em -> TestReferrals.practice(em, NOW));
  }

  @Test
  void pagesTheInboxUrgentFirstThenNewestWithTheTotalOfAllPages() {
    TestClinic here = new TestClinic();
    TestClinic elsewhere = new TestClinic();
    List<String> routine = new ArrayList<>();
    List<String> urgent = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      (i % 4 == 1 ? urgent : routine).add(referral(i % 4 == 1, i, here, elsewhere));
    }
    referral(true, 20, elsewhere);
    List<String> expected = new ArrayList<>(newestFirst(urgent));
    expected.addAll(newestFirst(routine));

    List<ResultPage<InboxEntry>> pages =
        Stream.of(0, 1, 2, 3).map(page -> page(here, Optional.empty(), page, 4)).toList();

    assertThat(pages).extracting(ResultPage::total).containsOnly(11L);
    assertThat(pages).extracting(p -> p.items().size()).containsExactly(4, 4, 3, 0);
    assertThat(pages.stream().flatMap(p -> ids(p).stream())).containsExactlyElementsOf(expected);
    assertThat(pages.get(0).items()).first().extracting(InboxEntry::isUrgent).isEqualTo(true);
    assertThat(page(elsewhere, Optional.empty(), 0, 4).total()).isEqualTo(12);
  }

  @Test
  void pagesWithinTheStatusTheClinicSees() {
    TestClinic here = new TestClinic();
    TestClinic elsewhere = new TestClinic();
    List<String> declinedHere = new ArrayList<>();
    List<String> open = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      String id = referral(false, i, here, elsewhere);
      if (i % 2 == 0) {
        declineAt(id, here);
        declinedHere.add(id);
      } else {
        open.add(id);
      }
    }

    List<ResultPage<InboxEntry>> declined =
        Stream.of(0, 1, 2)
            .map(page -> page(here, Optional.of(ReferralStatus.DECLINED), page, 2))
            .toList();
    ResultPage<InboxEntry> routedHere = page(here, Optional.of(ReferralStatus.ROUTED), 0, 20);
    ResultPage<InboxEntry> routedElsewhere =
        page(elsewhere, Optional.of(ReferralStatus.ROUTED), 0, 20);

    assertThat(declined).extracting(ResultPage::total).containsOnly(5L);
    assertThat(declined.stream().flatMap(p -> ids(p).stream()))
        .containsExactlyElementsOf(newestFirst(declinedHere));
    assertThat(declined.stream().flatMap(p -> p.items().stream()))
        .extracting(InboxEntry::status)
        .containsOnly(ReferralStatus.DECLINED);
    assertThat(ids(routedHere)).containsExactlyElementsOf(newestFirst(open));
    assertThat(routedHere.total()).isEqualTo(4);
    assertThat(routedElsewhere.total()).isEqualTo(9);
    assertThat(page(elsewhere, Optional.of(ReferralStatus.DECLINED), 0, 20).total()).isZero();
  }

  @Test
  void listsEachStatusAsEachClinicSeesIt() {
    TestClinic a = new TestClinic();
    TestClinic b = new TestClinic();
    TestClinic c = new TestClinic();
    String routed = referral(false, 1, a, b);
    String declinedByA = referral(false, 2, a, b);
    declineAt(declinedByA, a);
    String declinedByBoth = referral(true, 3, a, b);
    declineAt(declinedByBoth, a);
    declineAt(declinedByBoth, b);
    String scheduledAtA = referral(false, 4, a, b);
    scheduleAt(scheduledAtA, a, r -> {});
    String completedAtA = referral(false, 5, a, b);
    scheduleAt(completedAtA, a, r -> r.complete(NOW, "Seen."));
    String noShowAtA = referral(true, 6, a, b);
    scheduleAt(noShowAtA, a, r -> r.noShow(NOW, "Missed."));
    String cancelledAtA = referral(false, 7, a, b);
    scheduleAt(cancelledAtA, a, r -> r.cancel(NOW, "Patient cancelled."));
    String cancelledWhileRouted = referral(false, 8, a, b);
    change(cancelledWhileRouted, r -> r.cancel(NOW, "Practice withdrew it."));
    String declinedByAThenScheduledAtB = referral(false, 9, a, b);
    declineAt(declinedByAThenScheduledAtB, a);
    scheduleAt(declinedByAThenScheduledAtB, b, r -> {});
    String urgentAtC = referral(true, 10, c);

    Map<String, ReferralStatus> seenByA = new LinkedHashMap<>();
    seenByA.put(noShowAtA, ReferralStatus.NO_SHOW);
    seenByA.put(declinedByBoth, ReferralStatus.DECLINED);
    seenByA.put(cancelledAtA, ReferralStatus.CANCELLED);
    seenByA.put(completedAtA, ReferralStatus.COMPLETED);
    seenByA.put(scheduledAtA, ReferralStatus.SCHEDULED);
    seenByA.put(declinedByA, ReferralStatus.DECLINED);
    seenByA.put(routed, ReferralStatus.ROUTED);
    Map<String, ReferralStatus> seenByB = new LinkedHashMap<>();
    seenByB.put(declinedByBoth, ReferralStatus.DECLINED);
    seenByB.put(declinedByAThenScheduledAtB, ReferralStatus.SCHEDULED);
    seenByB.put(declinedByA, ReferralStatus.ROUTED);
    seenByB.put(routed, ReferralStatus.ROUTED);

    assertInbox(a, seenByA);
    assertInbox(b, seenByB);
    assertInbox(c, Map.of(urgentAtC, ReferralStatus.ROUTED));
  }

  /**
   * The rule has two forms, {@link Referral#statusAt} in Java and the inbox query's: the same
   * referrals seen from several clinics have the same status in both.
   */
  @Test
  void theQueryAndStatusAtAgreeOnWhatEachClinicSees() {
    TestClinic a = new TestClinic();
    TestClinic b = new TestClinic();
    TestClinic c = new TestClinic();
    List<String> referrals = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String id = referral(i % 3 == 0, i, a, b, c);
      referrals.add(id);
      switch (i % 6) {
        case 1 -> declineAt(id, a);
        case 2 -> {
          declineAt(id, a);
          declineAt(id, b);
        }
        case 3 -> {
          declineAt(id, a);
          declineAt(id, b);
          declineAt(id, c);
        }
        case 4 -> scheduleAt(id, b, r -> {});
        case 5 -> {
          declineAt(id, c);
          scheduleAt(id, a, r -> r.complete(NOW, "Seen."));
        }
        default -> {}
      }
    }

    for (TestClinic clinic : List.of(a, b, c)) {
      Map<String, ReferralStatus> byQuery = new LinkedHashMap<>();
      page(clinic, Optional.empty(), 0, 50).items().forEach(e -> byQuery.put(e.id(), e.status()));
      Map<String, ReferralStatus> byStatusAt =
          db.inTransaction(
              em -> {
                Map<String, ReferralStatus> seen = new LinkedHashMap<>();
                byQuery.keySet().forEach(id -> seen.put(id, find(em, id).statusAt(clinic.id)));
                return seen;
              });

      assertThat(byQuery).isNotEmpty().containsExactlyInAnyOrderEntriesOf(byStatusAt);
      for (ReferralStatus status : ReferralStatus.values()) {
        assertThat(ids(page(clinic, Optional.of(status), 0, 50)))
            .as("%s at clinic %d", status, clinic.id)
            .containsExactlyElementsOf(
                byQuery.entrySet().stream()
                    .filter(e -> e.getValue() == status)
                    .map(Map.Entry::getKey)
                    .toList());
      }
    }
    assertThat(referrals).hasSize(12);
  }

  /**
   * The inbox of {@code clinic} holds exactly {@code seen} (in its order), and each status filter
   * exactly those in that status, with their totals.
   */
  private static void assertInbox(TestClinic clinic, Map<String, ReferralStatus> seen) {
    ResultPage<InboxEntry> all = page(clinic, Optional.empty(), 0, 50);
    assertThat(all.items())
        .extracting(InboxEntry::id, InboxEntry::status)
        .containsExactlyElementsOf(
            seen.entrySet().stream().map(e -> tuple(e.getKey(), e.getValue())).toList());
    assertThat(all.total()).isEqualTo(seen.size());
    for (ReferralStatus status : EnumSet.allOf(ReferralStatus.class)) {
      List<String> expected =
          seen.entrySet().stream()
              .filter(e -> e.getValue() == status)
              .map(Map.Entry::getKey)
              .toList();
      ResultPage<InboxEntry> filtered = page(clinic, Optional.of(status), 0, 50);
      assertThat(ids(filtered)).as("%s", status).containsExactlyElementsOf(expected);
      assertThat(filtered.total()).as("%s", status).isEqualTo(expected.size());
    }
  }

  private static ResultPage<InboxEntry> page(
      TestClinic clinic, Optional<ReferralStatus> status, int page, int size) {
    EntityManager em = db.entityManager();
    try {
      return new ReferralPages(em).inbox(clinic.id, status, page, size);
    } finally {
      em.close();
    }
  }

  private static List<String> newestFirst(List<String> oldestFirst) {
    List<String> reversed = new ArrayList<>(oldestFirst);
    Collections.reverse(reversed);
    return reversed;
  }

  private static List<String> ids(ResultPage<InboxEntry> page) {
    return page.items().stream().map(InboxEntry::id).toList();
  }

  /** A clinic of the test's own with one provider routing matches there. */
  private static final class TestClinic {
    final long id;
    final long providerId;

    TestClinic() {
      long[] ids =
          db.inTransaction(
              em -> {
                var clinic = TestCalendars.clinic(em, "10001");
                return new long[] {clinic.getId(), TestCalendars.provider(em, clinic).getId()};
              });
      this.id = ids[0];
      this.providerId = ids[1];
    }
  }

  /**
   * A ROUTED referral received {@code seconds} after {@link #NOW}, routing having matched the
   * provider of each of {@code clinics}.
   */
  private static String referral(boolean urgent, int seconds, TestClinic... clinics) {
    Instant received = NOW.plusSeconds(seconds);
    return db.inTransaction(
        em ->
            TestReferrals.routed(
                    em,
                    practiceId,
                    urgent,
                    received,
                    Arrays.stream(clinics)
                        .map(
                            c ->
                                new ReferralMatch("TMS", c.providerId, c.id, 2.0, Optional.empty()))
                        .toList())
                .getId());
  }

  private static void declineAt(String referralId, TestClinic clinic) {
    change(referralId, r -> r.declineAt(clinic.id, "Clinic", "Full this month.", NOW));
  }

  /**
   * Books a consultation at {@code clinic} and schedules the referral into it, then applies {@code
   * after} (completion, no-show, cancellation).
   */
  private static void scheduleAt(String referralId, TestClinic clinic, Consumer<Referral> after) {
    String reference = "LN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    db.run(
        em -> {
          Slot slot =
              TestCalendars.consultation(
                  em,
                  em.find(Provider.class, clinic.providerId),
                  em.find(Clinic.class, clinic.id),
                  NOW.plus(Duration.ofHours(24 + SLOTS.incrementAndGet())));
          em.persist(TestBookings.booked(slot, reference, NOW));
          Referral referral = find(em, referralId);
          referral.schedule(reference, NOW, "Booked.");
          after.accept(referral);
        });
  }

  private static void change(String referralId, Consumer<Referral> change) {
    db.run(em -> change.accept(find(em, referralId)));
  }

  private static Referral find(EntityManager em, String referralId) {
    return em.find(Referral.class, referralId);
  }
}
