package care.lantern.referral.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.referral.entity.Practice;
import care.lantern.referral.entity.Referral;
import care.lantern.referral.entity.ReferralStatus;
import care.lantern.referral.entity.WebhookDelivery;
import care.lantern.testing.TestDatabase;
import care.lantern.testing.TestReferrals;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two webhook dispatchers (two modules or nodes) on one outbox, on H2 and PostgreSQL: racing for
 * the same due deliveries they claim disjoint sets, so no delivery is sent twice; a lease left by a
 * dispatcher that died is taken again once it lapses, so none is lost.
 */
class WebhookOutboxMappingIT {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final Instant NOW = Instant.parse("2026-12-04T17:00:00Z");

  @BeforeEach
  void emptyOutbox() {
    db.run(em -> em.createQuery("DELETE FROM WebhookDelivery").executeUpdate());
  }

  @Test
  void twoDispatchersRacingForTheSameDueDeliveriesClaimDisjointSets() throws Exception {
    List<String> due = deliveries(WebhookOutbox.BATCH + 10);
    EntityManager first = db.entityManager();
    first.getTransaction().begin();
    List<String> firstClaimed = ids(new WebhookOutbox(first).claimDue(NOW));

    // The second reads the same due rows (the first's lease is not committed yet) and claims them.
    CompletableFuture<List<String>> secondClaimed =
        CompletableFuture.supplyAsync(() -> claimDue(NOW));
    Thread.sleep(300);
    first.getTransaction().commit();
    first.close();
    List<String> second = secondClaimed.get(10, TimeUnit.SECONDS);
    List<String> rest = claimDue(NOW);

    assertThat(firstClaimed).hasSize(WebhookOutbox.BATCH);
    assertThat(second).doesNotContainAnyElementsOf(firstClaimed);
    assertThat(concat(firstClaimed, second, rest))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(due);
  }

  @Test
  void aLeaseLeftByADeadDispatcherIsTakenAgainOnceItLapses() {
    List<String> due = deliveries(3);
    List<WebhookOutbox.Claimed> dead = claimed(NOW); // then its node dies before sending

    List<String> whileLeased = claimDue(NOW.plus(WebhookOutbox.LEASE).minusSeconds(1));
    List<String> onceLapsed = claimDue(NOW.plus(WebhookOutbox.LEASE));

    assertThat(ids(dead)).containsExactlyInAnyOrderElementsOf(due);
    assertThat(whileLeased).isEmpty();
    assertThat(onceLapsed).containsExactlyInAnyOrderElementsOf(due);
  }

  @Test
  void aDeliveryIsSentOnlyWhileItsLeaseOutlastsTheSend() {
    deliveries(1);
    WebhookOutbox.Claimed claimed = claimed(NOW).get(0);
    Duration longestSend = Duration.ofSeconds(15);

    assertThat(claimed.leaseUntil()).isEqualTo(NOW.plus(WebhookOutbox.LEASE));
    assertThat(claimed.sendableWithin(longestSend, claimed.leaseUntil().minus(longestSend)))
        .isTrue();
    assertThat(
            claimed.sendableWithin(
                longestSend, claimed.leaseUntil().minus(longestSend).plusMillis(1)))
        .isFalse();
  }

  private static List<String> deliveries(int count) {
    return db.inTransaction(
        em -> {
          Practice practice = em.find(Practice.class, TestReferrals.practice(em, NOW));
          practice.registerWebhook(Optional.of("https://ehr.example/hook"), "whsec_x");
          Referral referral = TestReferrals.routed(em, practice.getId(), false, NOW, List.of());
          return IntStream.range(0, count)
              .mapToObj(
                  i -> {
                    WebhookDelivery delivery =
                        new WebhookDelivery(
                            practice, referral.getId(), ReferralStatus.RECEIVED, NOW);
                    em.persist(delivery);
                    return delivery.getId();
                  })
              .toList();
        });
  }

  private static List<WebhookOutbox.Claimed> claimed(Instant now) {
    return db.inTransaction(em -> new WebhookOutbox(em).claimDue(now));
  }

  private static List<String> claimDue(Instant now) {
    return ids(claimed(now));
  }

  private static List<String> ids(List<WebhookOutbox.Claimed> claimed) {
    return claimed.stream().map(WebhookOutbox.Claimed::id).toList();
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    return Arrays.stream(lists).flatMap(List::stream).toList();
  }
}
