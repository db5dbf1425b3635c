package care.lantern.api.problem;

import care.lantern.platform.entity.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Something the caller named does not exist, or is not theirs to see: a 404 problem. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

  @Override
  public Response toResponse(NotFoundException exception) {
    return Problem.of(
            Response.Status.NOT_FOUND,
            "not-found",
            exception.getMessage() + ", or it is not yours to see.")
        .toResponse()
        .build();
  }
}
