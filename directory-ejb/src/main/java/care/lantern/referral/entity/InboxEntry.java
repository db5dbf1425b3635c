package care.lantern.referral.entity;

import java.time.Instant;
import java.util.List;

/**
 * One referral in a clinic's inbox. {@code status} is the referral's status as this clinic sees it:
 * a referral still open to other clinics is DECLINED here once this clinic has declined it.
 */
public record InboxEntry(
    String id,
    Urgency urgency,
    ReferralStatus status,
    Instant receivedAt,
    String patientName,
    String practice,
    List<String> requestedTreatments) {

  /** The referral as clinic {@code clinicId}'s inbox lists it. */
  public static InboxEntry of(Referral referral, long clinicId) {
    return new InboxEntry(
        referral.getId(),
        referral.getUrgency(),
        referral.statusAt(clinicId),
        referral.createdAt(),
        referral.getPatient().getFirstName() + " " + referral.getPatient().getLastName(),
        referral.getPractice().getName(),
        referral.requestedTreatments());
  }

  public boolean isUrgent() {
    return urgency == Urgency.URGENT;
  }
}
