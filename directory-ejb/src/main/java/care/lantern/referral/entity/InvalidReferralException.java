package care.lantern.referral.entity;

import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.InvalidInputException;
import java.util.List;

/** A referral a clinic could not act on: every missing or invalid field, named as sent. */
public class InvalidReferralException extends InvalidInputException {

  public InvalidReferralException(List<FieldError> errors) {
    super(errors);
  }
}
