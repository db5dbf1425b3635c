package care.lantern.screening.entity;

import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.InvalidInputException;
import java.util.List;

/**
 * A screening that cannot be taken as sent: besides answers that do not fit the questionnaire
 * ({@link InvalidAnswersException} on its own), a ZIP code, payer or count of antidepressants that
 * is not usable. Every problem is named at once, so a form shows them together.
 */
public class InvalidScreeningException extends InvalidInputException {

  public InvalidScreeningException(List<FieldError> errors) {
    super(errors);
  }
}
