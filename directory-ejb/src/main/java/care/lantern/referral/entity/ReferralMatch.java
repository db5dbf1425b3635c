package care.lantern.referral.entity;

import care.lantern.scheduling.entity.AppointmentMode;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One row of what routing found: a provider suitable for a requested treatment, at a clinic, with
 * one of their next free consultation slots (none when they have no free time soon). Kept with the
 * referral so that it always answers as it did when it was routed.
 */
@Embeddable
public class ReferralMatch {

  @Column(name = "treatment_code", nullable = false)
  private String treatmentCode;

  @Column(name = "provider_id", nullable = false)
  private long providerId;

  @Column(name = "clinic_id", nullable = false)
  private long clinicId;

  @Column(name = "distance_miles", nullable = false)
  private double distanceMiles;

  @Column(name = "slot_id")
  private Long slotId;

  @Column(name = "slot_start")
  private OffsetDateTime slotStart;

  @Column(name = "slot_end")
  private OffsetDateTime slotEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "slot_mode")
  private AppointmentMode slotMode;

  protected ReferralMatch() {}

  /** A free slot of a match, as offered. */
  public record OfferedSlot(long id, Instant start, Instant end, AppointmentMode mode) {}

  public ReferralMatch(
      String treatmentCode,
      long providerId,
      long clinicId,
      double distanceMiles,
      Optional<OfferedSlot> slot) {
    this.treatmentCode = treatmentCode;
    this.providerId = providerId;
    this.clinicId = clinicId;
    this.distanceMiles = distanceMiles;
    slot.ifPresent(
        offered -> {
          this.slotId = offered.id();
          this.slotStart = offered.start().atOffset(ZoneOffset.UTC);
          this.slotEnd = offered.end().atOffset(ZoneOffset.UTC);
          this.slotMode = offered.mode();
        });
  }

  public String getTreatmentCode() {
    return treatmentCode;
  }

  public long getProviderId() {
    return providerId;
  }

  public long getClinicId() {
    return clinicId;
  }

  public double getDistanceMiles() {
    return distanceMiles;
  }

  public Optional<OfferedSlot> slot() {
    return Optional.ofNullable(slotId)
        .map(id -> new OfferedSlot(id, slotStart.toInstant(), slotEnd.toInstant(), slotMode));
  }
}
