package care.lantern.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Protocol failures the JAX-RS runtime raises itself: unknown path (404), wrong method (405), wrong
 * media type (415), unacceptable Accept (406) and the like. Headers that tell the client what to do
 * next ({@code Allow}, {@code WWW-Authenticate}, {@code Retry-After}) are kept.
 */
@Provider
public class HttpProblemMapper implements ExceptionMapper<WebApplicationException> {

  private static final String[] KEPT_HEADERS = {
    HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER
  };

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    Response.StatusType status = original.getStatusInfo();
    Response.ResponseBuilder answer = Problem.of(status, slug(status), detail(status)).toResponse();
    for (String header : KEPT_HEADERS) {
      String value = original.getHeaderString(header);
      if (value != null) {
        answer.header(header, value);
      }
    }
    return answer.build();
  }

  private static String slug(Response.StatusType status) {
    return status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
  }

  private static String detail(Response.StatusType status) {
    return switch (status.getStatusCode()) {
      case 400 -> "The request could not be read. Check that the body is valid JSON.";
      case 401 -> "Send a valid API key as 'Authorization: Bearer <key>'.";
      case 404 -> "There is nothing at this address, or it is not yours to see.";
      case 405 -> "This address does not accept that HTTP method.";
      case 406 -> "This address answers application/json only.";
      case 413 -> "The request body is too large.";
      case 415 -> "Send the body as application/json.";
      default -> status.getReasonPhrase();
    };
  }
}
