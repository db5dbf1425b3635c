package care.lantern.api.problem;

import care.lantern.referral.entity.ReferralNotChangeableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A status change the referral's current status does not allow: 409. */
@Provider
public class ReferralNotChangeableMapper
    implements ExceptionMapper<ReferralNotChangeableException> {

  @Override
  public Response toResponse(ReferralNotChangeableException exception) {
    return Problem.of(Response.Status.CONFLICT, "referral-not-changeable", exception.getMessage())
        .toResponse()
        .build();
  }
}
