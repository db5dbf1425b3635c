package care.lantern.api.problem;

import care.lantern.scheduling.entity.AppointmentNotChangeableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Cancelling or moving an appointment that is already cancelled, completed or missed: 409. */
@Provider
public class NotChangeableMapper implements ExceptionMapper<AppointmentNotChangeableException> {

  @Override
  public Response toResponse(AppointmentNotChangeableException exception) {
    return Problem.of(Response.Status.CONFLICT, "not-changeable", exception.getMessage())
        .toResponse()
        .build();
  }
}
