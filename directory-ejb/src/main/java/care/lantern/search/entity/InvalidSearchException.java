package care.lantern.search.entity;

import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.InvalidInputException;
import java.util.List;

/** A search the directory cannot run as asked: an unknown ZIP, a radius out of range… */
public class InvalidSearchException extends InvalidInputException {

  public InvalidSearchException(List<FieldError> errors) {
    super(errors);
  }

  public static InvalidSearchException unknownZip() {
    return new InvalidSearchException(
        List.of(new FieldError("zip", "We do not know this ZIP code. Check it and try again.")));
  }

  public static InvalidSearchException unknownCode(String field, String code) {
    return new InvalidSearchException(
        List.of(new FieldError(field, "'" + code + "' is not a code we know.")));
  }
}
