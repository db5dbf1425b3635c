package care.lantern.platform.entity;

import jakarta.ejb.ApplicationException;

/**
 * What was asked for does not exist, or is not the caller's to see: the two are deliberately
 * indistinguishable, so that nobody can probe for other people's data.
 */
@ApplicationException(rollback = true, inherited = true)
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what) {
    super(what + " not found", null, false, false);
  }
}
