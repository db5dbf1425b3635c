package care.lantern.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** One clinic's "no" to a referral routed to it, with the reason the referrer is told. */
@Entity
@Table(name = "referral_decline")
public class ClinicDecline {

  /** The longest reason a clinic may give. */
  public static final int MAX_REASON = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_decline_seq")
  @SequenceGenerator(
      name = "referral_decline_seq",
      sequenceName = "referral_decline_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referral_id")
  private Referral referral;

  @Column(name = "clinic_id", nullable = false)
  private long clinicId;

  @Column(nullable = false, length = MAX_REASON)
  private String reason;

  @Column(name = "declined_at", nullable = false)
  private OffsetDateTime at;

  protected ClinicDecline() {}

  ClinicDecline(Referral referral, long clinicId, String reason, Instant at) {
    this.referral = referral;
    this.clinicId = clinicId;
    this.reason = reason;
    this.at = at.atOffset(ZoneOffset.UTC);
  }

  public long getClinicId() {
    return clinicId;
  }

  public String getReason() {
    return reason;
  }

  public Instant at() {
    return at.toInstant();
  }
}
