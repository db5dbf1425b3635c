package care.lantern.api.problem;

import care.lantern.platform.entity.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail. {@code errors} lists field-level failures of a validation problem and
 * is left out otherwise.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail")
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://lantern.care/problems/";

  /** One invalid field: {@code field} is the JSON path from the request body's root. */
  public record FieldError(String field, String message) {}

  public static Problem of(Response.StatusType status, String slug, String detail) {
    return new Problem(
        TYPE_BASE + slug, status.getReasonPhrase(), status.getStatusCode(), detail, null);
  }

  public static Problem invalid(String detail, List<FieldError> errors) {
    return new Problem(
        TYPE_BASE + "validation",
        "Invalid request",
        Response.Status.BAD_REQUEST.getStatusCode(),
        detail,
        List.copyOf(errors));
  }

  public Response.ResponseBuilder toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this);
  }
}
