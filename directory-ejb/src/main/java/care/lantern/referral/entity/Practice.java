package care.lantern.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A referring practice (a primary care office, a therapist's group…). It may register a webhook URL
 * to hear of every status change of its referrals, signed with its webhook secret.
 */
@Entity
public class Practice {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_seq")
  @SequenceGenerator(name = "practice_seq", sequenceName = "practice_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "webhook_url", length = 2000)
  private String webhookUrl;

  @Column(name = "webhook_secret", length = 128)
  private String webhookSecret;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Practice() {}

  public Practice(String name, Instant now) {
    this.name = name;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Registers (or with an empty URL, removes) the webhook; {@code secret} signs deliveries. */
  public void registerWebhook(Optional<String> url, String secret) {
    this.webhookUrl = url.orElse(null);
    this.webhookSecret = url.isPresent() ? secret : null;
  }

  public PracticeRef ref() {
    return new PracticeRef(id, name);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Optional<String> webhookUrl() {
    return Optional.ofNullable(webhookUrl);
  }

  public Optional<String> webhookSecret() {
    return Optional.ofNullable(webhookSecret);
  }
}
