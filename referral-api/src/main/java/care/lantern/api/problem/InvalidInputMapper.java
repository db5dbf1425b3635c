package care.lantern.api.problem;

import care.lantern.platform.entity.InvalidInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Input a business component rejected (an unknown ZIP, out-of-range screening answers…): a 400
 * problem naming every field as the client sent it.
 */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

  @Override
  public Response toResponse(InvalidInputException exception) {
    return Problem.invalid(
            "Some fields are missing or invalid.",
            exception.errors().stream()
                .map(error -> new Problem.FieldError(error.field(), error.message()))
                .toList())
        .toResponse()
        .build();
  }
}
