package care.lantern.api.problem;

import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.InvalidInputException;
import java.util.List;

/**
 * A query parameter that cannot be read as the type it stands for ({@code radiusMiles=abc}). JAX-RS
 * would answer an unconvertible query parameter with 404; the resources read such parameters as
 * text and throw this instead, so the caller gets a 400 naming the parameter.
 */
public class MalformedParameterException extends InvalidInputException {

  public MalformedParameterException(List<FieldError> errors) {
    super(errors);
  }
}
