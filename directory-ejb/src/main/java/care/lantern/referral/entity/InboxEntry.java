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

  public boolean isUrgent() {
    return urgency == Urgency.URGENT;
  }
}
