package care.lantern.referral.entity;

/**
 * Where a referral stands. It is RECEIVED, then ROUTED to matching providers, then SCHEDULED once a
 * consultation is booked, and finally COMPLETED; it may instead end DECLINED (no clinic can take
 * it), CANCELLED (by the practice or patient) or NO_SHOW (the patient missed the consultation).
 */
public enum ReferralStatus {
  RECEIVED,
  ROUTED,
  SCHEDULED,
  COMPLETED,
  DECLINED,
  CANCELLED,
  NO_SHOW;

  public boolean isClosed() {
    return this == COMPLETED || this == DECLINED || this == CANCELLED || this == NO_SHOW;
  }
}
