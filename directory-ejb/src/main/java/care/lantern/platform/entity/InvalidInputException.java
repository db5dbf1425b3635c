package care.lantern.platform.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input a person or a partner system can correct. Each business component throws its own subclass
 * (an unknown ZIP, out-of-range answers…); the edges turn every one into a 400 problem or page
 * messages naming the fields.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class InvalidInputException extends RuntimeException {

  private final transient List<FieldError> errors;

  protected InvalidInputException(List<FieldError> errors) {
    super(errors.isEmpty() ? "Invalid input" : errors.get(0).message(), null, false, false);
    this.errors = List.copyOf(errors);
  }

  protected InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
