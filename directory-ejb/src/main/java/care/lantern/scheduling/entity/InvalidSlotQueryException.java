package care.lantern.scheduling.entity;

import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.InvalidInputException;
import java.util.List;

/** A request for free slots over dates that make no sense (reversed, or too long a range). */
public class InvalidSlotQueryException extends InvalidInputException {

  public InvalidSlotQueryException(String field, String message) {
    super(List.of(new FieldError(field, message)));
  }
}
