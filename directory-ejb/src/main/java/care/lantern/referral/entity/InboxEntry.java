package care.lantern.referral.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One referral in a clinic's inbox. {@code status} is the referral's status as this clinic sees it
 * ({@link Referral#statusAt}): a referral still open to other clinics is DECLINED here once this
 * clinic has declined it.
 */
public record InboxEntry(
    String id,
    Urgency urgency,
    ReferralStatus status,
    Instant receivedAt,
    String patientName,
    String practice,
    List<String> requestedTreatments) {

  /**
   * As the {@code Referral.inboxOfClinic} queries read it: {@code status} is the name {@code
   * Referral.STATUS_SEEN_BY_CLINIC} yields.
   */
  public InboxEntry(
      String id,
      Urgency urgency,
      String status,
      OffsetDateTime receivedAt,
      String firstName,
      String lastName,
      String practice,
      String requestedTreatments) {
    this(
        id,
        urgency,
        ReferralStatus.valueOf(status),
        receivedAt.toInstant(),
        firstName + " " + lastName,
        practice,
        Referral.split(requestedTreatments));
  }

  public boolean isUrgent() {
    return urgency == Urgency.URGENT;
  }
}
