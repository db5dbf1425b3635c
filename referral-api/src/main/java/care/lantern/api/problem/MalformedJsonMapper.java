package care.lantern.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON, or JSON of the wrong shape, is the client's mistake: 400. Jersey wraps
 * the JSON-B failure in a {@code ProcessingException} ({@link UnreadableBodyMapper}); this mapper
 * catches it when it arrives bare.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonbException> {

  @Override
  public Response toResponse(JsonbException exception) {
    return malformed();
  }

  static Response malformed() {
    return Problem.of(
            Response.Status.BAD_REQUEST,
            "malformed-json",
            "The request body is not valid JSON of the expected shape.")
        .toResponse()
        .build();
  }
}
