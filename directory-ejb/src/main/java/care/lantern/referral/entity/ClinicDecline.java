package care.lantern.referral.entity;

import care.lantern.staff.entity.InvalidStaffInputException;
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

  /**
   * @throws InvalidStaffInputException naming {@code reason} when it is blank or longer than {@link
   *     #MAX_REASON}: the referrer reads it, so it must say something
   */
  ClinicDecline(Referral referral, long clinicId, String reason, Instant at) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new InvalidStaffInputException(
          "reason", "Tell the referrer why your clinic cannot take this patient.");
    }
    if (why.length() > MAX_REASON) {
      throw new InvalidStaffInputException("reason", "Use at most " + MAX_REASON + " characters.");
    }
    this.referral = referral;
    this.clinicId = clinicId;
    this.reason = why;
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
