package care.lantern.api.screening;

import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.InvalidInputException;
import java.util.List;

/**
 * JSON numbers that are not whole numbers of a sensible size where the API counts: JSON-B would
 * otherwise cut {@code 1.5} to 1 and wrap {@code 99999999999} around, and score what was never
 * sent.
 */
class InvalidNumberException extends InvalidInputException {

  InvalidNumberException(List<FieldError> errors) {
    super(errors);
  }
}
