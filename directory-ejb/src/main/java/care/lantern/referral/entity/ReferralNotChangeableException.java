package care.lantern.referral.entity;

import jakarta.ejb.ApplicationException;

/** A status change the referral's current status does not allow, e.g. completing a declined one. */
@ApplicationException(rollback = true)
public class ReferralNotChangeableException extends RuntimeException {

  private final ReferralStatus from;
  private final ReferralStatus to;

  public ReferralNotChangeableException(ReferralStatus from, ReferralStatus to) {
    super("A " + from + " referral cannot become " + to + ".", null, false, false);
    this.from = from;
    this.to = to;
  }

  public ReferralStatus from() {
    return from;
  }

  public ReferralStatus to() {
    return to;
  }
}
