package care.lantern.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * One status change of a referral, to be told to its practice's webhook: a row of the durable
 * outbox, written in the transaction that changed the status. The body carries only the referral's
 * id and status; the practice reads the rest with its key. A failed attempt is retried with
 * exponential backoff (2 s, 4 s, 8 s… at most an hour apart) until {@link #MAX_ATTEMPTS}.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(
    name = "WebhookDelivery.due",
    query =
        "SELECT d FROM WebhookDelivery d WHERE d.nextAttemptAt <= :now"
            + " ORDER BY d.nextAttemptAt, d.createdAt")
@NamedQuery(
    name = "WebhookDelivery.claim",
    query =
        "UPDATE WebhookDelivery d SET d.nextAttemptAt = :leaseUntil"
            + " WHERE d.id = :id AND d.nextAttemptAt = :dueAt")
public class WebhookDelivery {

  public static final int MAX_ATTEMPTS = 12;
  static final Duration FIRST_RETRY = Duration.ofSeconds(2);
  static final Duration LONGEST_RETRY = Duration.ofHours(1);

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "practice_id")
  private Practice practice;

  @Column(name = "referral_id", nullable = false, length = 36)
  private String referralId;

  @Column(nullable = false, length = 16)
  private String status;

  @Column(nullable = false, length = 500)
  private String payload;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private OffsetDateTime nextAttemptAt;

  @Column(name = "delivered_at")
  private OffsetDateTime deliveredAt;

  @Column(name = "last_error", length = 200)
  private String lastError;

  protected WebhookDelivery() {}

  public WebhookDelivery(Practice practice, String referralId, ReferralStatus status, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.practice = practice;
    this.referralId = referralId;
    this.status = status.name();
    this.payload = "{\"referralId\":\"" + referralId + "\",\"status\":\"" + status.name() + "\"}";
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    this.nextAttemptAt = createdAt;
  }

  /** The practice's endpoint answered 2xx. */
  public void delivered(Instant now) {
    attempts++;
    deliveredAt = now.atOffset(ZoneOffset.UTC);
    nextAttemptAt = null;
    lastError = null;
  }

  /** The attempt failed: try again after the backoff, or give up after the last attempt. */
  public void failed(Instant now, String error) {
    attempts++;
    lastError = error.length() > 200 ? error.substring(0, 200) : error;
    nextAttemptAt =
        attempts >= MAX_ATTEMPTS ? null : now.plus(backoff(attempts)).atOffset(ZoneOffset.UTC);
  }

  /** The wait after {@code failedAttempts} failures: 2 s doubled each time, at most an hour. */
  static Duration backoff(int failedAttempts) {
    Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
    return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
  }

  public String getId() {
    return id;
  }

  public Practice getPractice() {
    return practice;
  }

  public String getPayload() {
    return payload;
  }

  public int getAttempts() {
    return attempts;
  }

  public Optional<Instant> nextAttemptAt() {
    return Optional.ofNullable(nextAttemptAt).map(OffsetDateTime::toInstant);
  }

  public boolean isDelivered() {
    return deliveredAt != null;
  }
}
