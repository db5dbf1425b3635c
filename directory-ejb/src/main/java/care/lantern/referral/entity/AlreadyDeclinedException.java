package care.lantern.referral.entity;

import jakarta.ejb.ApplicationException;

/** The clinic has already declined this referral; a clinic answers "no" once. */
@ApplicationException(rollback = true)
public class AlreadyDeclinedException extends RuntimeException {

  public AlreadyDeclinedException() {
    super("The clinic has already declined this referral", null, false, false);
  }
}
