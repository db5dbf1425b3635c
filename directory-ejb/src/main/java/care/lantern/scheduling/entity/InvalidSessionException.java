package care.lantern.scheduling.entity;

import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.InvalidInputException;
import java.util.List;

/** A treatment session that cannot be booked as asked; every reason is named. */
public class InvalidSessionException extends InvalidInputException {

  public InvalidSessionException(List<FieldError> errors) {
    super(errors);
  }
}
