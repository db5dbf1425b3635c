package care.lantern.screening.entity;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The answers to a screening cannot be scored: the instrument is missing, or answers are missing,
 * too many, or outside the instrument's range. Carries one {@link FieldError} per problem, named
 * the way the request names it ({@code answers}, {@code answers[8]} with a zero-based index, {@code
 * instrument}), so the edge can answer 400 with field errors or show them next to the questions.
 */
@ApplicationException(rollback = true)
public class InvalidAnswersException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** One problem with one field; {@code message} is written for the person who answered. */
  public record FieldError(String field, String message) implements Serializable {
    public FieldError {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
    }
  }

  private final List<FieldError> errors;

  public InvalidAnswersException(List<FieldError> errors) {
    super(summary(errors));
    this.errors = List.copyOf(errors);
  }

  /** The problems found, in question order; never empty. */
  public List<FieldError> errors() {
    return errors;
  }

  private static String summary(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an InvalidAnswersException needs at least one error");
    }
    return errors.stream()
        .map(error -> error.field() + ": " + error.message())
        .collect(Collectors.joining("; ", "Screening answers are not valid: ", ""));
  }
}
