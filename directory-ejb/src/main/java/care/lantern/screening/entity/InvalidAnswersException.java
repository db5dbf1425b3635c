package care.lantern.screening.entity;

import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.InvalidInputException;
import java.util.List;

/**
 * Answers that do not fit the questionnaire: a wrong count, a missing answer or a value outside the
 * answer options. The errors come in question order and are never empty.
 */
public class InvalidAnswersException extends InvalidInputException {

  public InvalidAnswersException(List<FieldError> errors) {
    super(requireSome(errors));
  }

  private static List<FieldError> requireSome(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an InvalidAnswersException needs at least one error");
    }
    return errors;
  }
}
