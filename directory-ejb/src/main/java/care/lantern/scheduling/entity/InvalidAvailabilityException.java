package care.lantern.scheduling.entity;

import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.InvalidInputException;
import java.util.List;

/** Weekly hours or date overrides a person must correct, row by row ({@code rules[2].end}). */
public class InvalidAvailabilityException extends InvalidInputException {

  public InvalidAvailabilityException(List<FieldError> errors) {
    super(errors);
  }
}
