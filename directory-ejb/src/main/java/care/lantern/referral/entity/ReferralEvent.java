package care.lantern.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** One step of a referral's history: the status it moved to, when, and why if worth saying. */
@Entity
@Table(name = "referral_event")
public class ReferralEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_event_seq")
  @SequenceGenerator(
      name = "referral_event_seq",
      sequenceName = "referral_event_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referral_id")
  private Referral referral;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ReferralStatus status;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime at;

  @Column(length = 1000)
  private String note;

  protected ReferralEvent() {}

  ReferralEvent(Referral referral, ReferralStatus status, Instant at, String note) {
    this.referral = referral;
    this.status = status;
    this.at = at.atOffset(ZoneOffset.UTC);
    this.note = note;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public Instant at() {
    return at.toInstant();
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }
}
