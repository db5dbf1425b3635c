package care.lantern.referral.control;

import care.lantern.referral.entity.Practice;
import care.lantern.referral.entity.Referral;
import care.lantern.referral.entity.WebhookDelivery;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The outbox of webhook deliveries. {@link #enqueue} runs in the transaction that changed the
 * referral, so a delivery exists exactly when the change was committed. The dispatcher claims due
 * rows with a conditional UPDATE (a lease), so that two modules or cluster members never send the
 * same attempt twice: the second UPDATE of a row waits for the first claim to commit and then finds
 * the row no longer due. A lease left by a dispatcher that died lapses, and the delivery is due
 * again for any other.
 */
@Stateless
public class WebhookOutbox {

  static final int BATCH = 20;
  static final Duration LEASE = Duration.ofMinutes(1);

  @PersistenceContext private EntityManager em;

  public WebhookOutbox() {}

  /** Outside a container, e.g. in persistence tests. */
  WebhookOutbox(EntityManager em) {
    this.em = em;
  }

  /**
   * A delivery claimed for sending until {@code leaseUntil}: everything the sender needs, outside
   * any transaction.
   */
  public record Claimed(String id, String url, String secret, String payload, Instant leaseUntil) {

    /**
     * Whether a send that begins at {@code now} and takes at most {@code longestSend} ends within
     * the lease: after it, another dispatcher may have claimed the delivery again.
     */
    public boolean sendableWithin(Duration longestSend, Instant now) {
      return !now.plus(longestSend).isAfter(leaseUntil);
    }
  }

  /** Records the referral's current status for the practice's webhook, if it has one. */
  public void enqueue(Referral referral, Instant now) {
    Practice practice = referral.getPractice();
    if (practice.webhookUrl().isPresent()) {
      em.persist(new WebhookDelivery(practice, referral.getId(), referral.getStatus(), now));
    }
  }

  /** Due deliveries, each leased to this caller for {@link #LEASE}. */
  public List<Claimed> claimDue(Instant now) {
    return em
        .createNamedQuery("WebhookDelivery.due", WebhookDelivery.class)
        .setParameter("now", utc(now))
        .setMaxResults(BATCH)
        .getResultList()
        .stream()
        .filter(delivery -> claim(delivery, now))
        .flatMap(delivery -> claimed(delivery, now.plus(LEASE)).stream())
        .toList();
  }

  public void delivered(String id, Instant now) {
    find(id).ifPresent(delivery -> delivery.delivered(now));
  }

  public void failed(String id, Instant now, String error) {
    find(id).ifPresent(delivery -> delivery.failed(now, error));
  }

  private boolean claim(WebhookDelivery delivery, Instant now) {
    return em.createNamedQuery("WebhookDelivery.claim")
            .setParameter("id", delivery.getId())
            .setParameter("dueAt", utc(delivery.nextAttemptAt().orElseThrow()))
            .setParameter("leaseUntil", utc(now.plus(LEASE)))
            .executeUpdate()
        == 1;
  }

  private static Optional<Claimed> claimed(WebhookDelivery delivery, Instant leaseUntil) {
    Practice practice = delivery.getPractice();
    return practice
        .webhookUrl()
        .flatMap(
            url ->
                practice
                    .webhookSecret()
                    .map(
                        secret ->
                            new Claimed(
                                delivery.getId(), url, secret, delivery.getPayload(), leaseUntil)));
  }

  private Optional<WebhookDelivery> find(String id) {
    return Optional.ofNullable(em.find(WebhookDelivery.class, id));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
