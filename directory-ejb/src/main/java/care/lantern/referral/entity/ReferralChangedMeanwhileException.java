package care.lantern.referral.entity;

import jakarta.ejb.ApplicationException;

/**
 * Someone else answered the referral while this answer was under way (another member of staff,
 * another clinic, the referrer or the patient); nothing of this answer was kept.
 */
@ApplicationException(rollback = true)
public class ReferralChangedMeanwhileException extends RuntimeException {

  public ReferralChangedMeanwhileException() {
    super("The referral changed meanwhile", null, false, false);
  }
}
