package care.lantern.api.problem;

import care.lantern.platform.entity.InvalidInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Input a caller can correct, found by a business component (an unknown ZIP, a radius out of
 * range…) or by a resource reading its query string: one 400 problem naming every field. EJB
 * application exceptions reach JAX-RS unwrapped, so this mapper sees them directly.
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
