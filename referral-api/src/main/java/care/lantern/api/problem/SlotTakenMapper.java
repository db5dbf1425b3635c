package care.lantern.api.problem;

import care.lantern.api.scheduling.SlotResponse;
import care.lantern.scheduling.entity.SlotUnavailableException;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A slot someone else got first: 409, with the provider's next free times to choose from. */
@Provider
public class SlotTakenMapper implements ExceptionMapper<SlotUnavailableException> {

  /** RFC 9457 problem members plus the extension {@code alternatives}. */
  @JsonbPropertyOrder({"type", "title", "status", "detail", "alternatives"})
  public record SlotTakenProblem(
      String type, String title, int status, String detail, List<SlotResponse> alternatives) {}

  @Override
  public Response toResponse(SlotUnavailableException taken) {
    Problem problem =
        Problem.of(
            Response.Status.CONFLICT,
            "slot-taken",
            "This time was just taken. Choose one of the alternatives, or another time.");
    return Response.status(Response.Status.CONFLICT)
        .type(MediaType.valueOf(Problem.MEDIA_TYPE))
        .entity(
            new SlotTakenProblem(
                problem.type(),
                problem.title(),
                problem.status(),
                problem.detail(),
                taken.alternatives().stream().map(SlotResponse::from).toList()))
        .build();
  }
}
