package care.lantern.api.problem;

import care.lantern.referral.entity.IdempotencyConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An {@code Idempotency-Key} sent again with a different body: 409. */
@Provider
public class IdempotencyConflictMapper implements ExceptionMapper<IdempotencyConflictException> {

  @Override
  public Response toResponse(IdempotencyConflictException exception) {
    return Problem.of(Response.Status.CONFLICT, "idempotency-key-reused", exception.getMessage())
        .toResponse()
        .build();
  }
}
