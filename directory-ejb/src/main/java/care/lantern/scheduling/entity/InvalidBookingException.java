package care.lantern.scheduling.entity;

import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.InvalidInputException;
import java.util.List;

/** A booking request with missing or invalid details; every problem is named. */
public class InvalidBookingException extends InvalidInputException {

  public InvalidBookingException(List<FieldError> errors) {
    super(errors);
  }
}
