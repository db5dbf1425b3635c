package care.lantern.api.screening;

import care.lantern.api.LanternApi;
import care.lantern.referral.boundary.ScreeningFollowUp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Free, anonymous screenings. A result is computed, not stored: the answers are kept in memory for
 * two hours under the result's {@code id}, so that a booking made with {@code screeningId} can
 * share them with the clinic, and are otherwise never written anywhere. So the answer is 200, not
 * 201.
 */
@Path("screenings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = LanternApi.SCREENINGS)
public class ScreeningsResource {

  @Inject private ScreeningFollowUp followUp;

  @POST
  @Operation(
      summary = "Take a screening",
      description =
          "Scores the answers with the instrument's published bands and cut point, flags a risk"
              + " of self-harm (PHQ-9 item 9 above 0) as urgent with crisis resources first, and"
              + " suggests visits, each with up to three providers near `zip` who offer it, accept"
              + " `payer` and take new patients, earliest free consultation first (within 25"
              + " miles, else 100; urgent results also list telehealth providers within 100"
              + " miles). PC-PTSD-5 is positive from 3 (Prins 2016); 4 is the more specific cut"
              + " point, which the notes say.")
  @RequestBody(ref = "Screening")
  @APIResponse(responseCode = "200", ref = "ScreeningResult")
  @APIResponse(responseCode = "400", ref = "ScreeningInvalid")
  public ScreeningResponse take(NewScreeningRequest request) {
    NewScreeningRequest sent = Objects.requireNonNullElse(request, NewScreeningRequest.EMPTY);
    return ScreeningResponse.from(followUp.take(sent.toScreening()));
  }
}
