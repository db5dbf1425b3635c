package care.lantern.staff.entity;

import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.InvalidInputException;
import java.util.List;

/** Portal or account input a person can correct, field by field. */
public class InvalidStaffInputException extends InvalidInputException {

  public InvalidStaffInputException(List<FieldError> errors) {
    super(errors);
  }

  public InvalidStaffInputException(String field, String message) {
    super(field, message);
  }
}
