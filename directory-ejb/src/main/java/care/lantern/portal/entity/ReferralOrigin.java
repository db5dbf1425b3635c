package care.lantern.portal.entity;

import care.lantern.referral.entity.Referral;
import care.lantern.referral.entity.ReferralStatus;
import care.lantern.referral.entity.Urgency;
import java.time.Instant;

/** The referral an appointment was scheduled for, as the appointment page names it. */
public record ReferralOrigin(
    String id, String practice, Urgency urgency, ReferralStatus status, Instant receivedAt) {

  public static ReferralOrigin of(Referral referral) {
    return new ReferralOrigin(
        referral.getId(),
        referral.getPractice().getName(),
        referral.getUrgency(),
        referral.getStatus(),
        referral.createdAt());
  }
}
