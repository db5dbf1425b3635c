package care.lantern.api.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey reports a request body JSON-B could not read ({@code {not json}, a string where a list
 * belongs) as a {@link ProcessingException} caused by a {@link JsonbException}: that is a 400 like
 * any malformed JSON. Any other processing failure is ours, answered as unexpected.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  private static final int MAX_CAUSE_DEPTH = 8;

  @Override
  public Response toResponse(ProcessingException exception) {
    if (causedByJson(exception)) {
      return MalformedJsonMapper.malformed();
    }
    return new UnexpectedProblemMapper().toResponse(exception);
  }

  /** Looks a few causes deep: enough for Jersey's wrapping, safe against a cause cycle. */
  private static boolean causedByJson(Throwable exception) {
    Throwable cause = exception;
    for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++) {
      if (cause instanceof JsonbException || cause instanceof JsonException) {
        return true;
      }
      cause = cause.getCause();
    }
    return false;
  }
}
