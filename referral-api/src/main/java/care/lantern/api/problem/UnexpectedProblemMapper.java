package care.lantern.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything not mapped more precisely is our fault: a 500 problem with an incident id the caller can
 * quote, and no stack trace in the response. Exception messages may quote request data (a database
 * error echoes the offending value), so the log line carries only the incident id and the type; the
 * trace follows at FINE for an operator who turns it on.
 */
@Provider
public class UnexpectedProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable failure) {
    String incident = UUID.randomUUID().toString();
    LOG.warning(() -> "Incident " + incident + ": unexpected " + failure.getClass().getName());
    LOG.log(Level.FINE, "Incident " + incident, failure);
    return Problem.of(
            Response.Status.INTERNAL_SERVER_ERROR,
            "unexpected",
            "Something went wrong on our side. Quote incident " + incident + " if you contact us.")
        .toResponse()
        .build();
  }
}
