package care.lantern.api.referral;

import care.lantern.api.LanternApi;
import care.lantern.api.PageResponse;
import care.lantern.api.problem.MalformedParameterException;
import care.lantern.platform.entity.FieldError;
import care.lantern.referral.boundary.ReferralDesk;
import care.lantern.referral.entity.ReferralResult;
import care.lantern.referral.entity.ReferralStatus;
import care.lantern.referral.entity.ReferralView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Referrals from referring practices, authenticated by the practice's API key. A practice sees only
 * its own referrals; another practice's is a 404, like an unknown id.
 */
@Path("referrals")
@RequestScoped
@PracticeAuthenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = LanternApi.REFERRALS)
@SecurityRequirement(name = LanternApi.PRACTICE_KEY)
public class ReferralsResource {

  @Inject private ReferralDesk desk;

  @Context private UriInfo uri;

  @Context private SecurityContext security;

  @POST
  @Operation(
      operationId = "submitReferral",
      summary = "Send a referral",
      description =
          "Validates, routes to matching providers and, with autoSchedule, books the earliest"
              + " suitable consultation (status SCHEDULED; the patient gets the confirmation"
              + " email with a manage link); otherwise the referral is ROUTED with its matches."
              + " When no suitable consultation can be booked (none free in the next 14 days, or"
              + " every one offered was taken meanwhile by other bookings), the referral is still"
              + " received: ROUTED with its matches, its history noting why it was not scheduled."
              + " Sending the same body again with the same Idempotency-Key answers the first"
              + " response again (same id, also for requests sent at the same moment); the same"
              + " key with another body is a 409.")
  @RequestBody(ref = "NewReferral")
  @APIResponse(responseCode = "201", ref = "ReferralReceived")
  @APIResponse(responseCode = "400", ref = "ReferralInvalid")
  @APIResponse(responseCode = "401", ref = "PracticeKeyRefused")
  @APIResponse(responseCode = "409", ref = "IdempotencyKeyReused")
  public Response submit(
      @Parameter(
              in = ParameterIn.HEADER,
              required = true,
              description = "A unique key per referral, e.g. a UUID; at most 255 characters",
              example = "a8f2c1e0-5b7d-4c3e-9f1a-2d6b8e4c7f90")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      NewReferralRequest body) {
    NewReferralRequest request = body == null ? NewReferralRequest.EMPTY : body;
    ReferralResult result =
        desk.submit(
            PracticePrincipal.of(security),
            idempotencyKey,
            request.toRequest(),
            CanonicalBody.sha256(request));
    ReferralView referral = result.referral();
    return Response.created(uri.getAbsolutePathBuilder().path(referral.id()).build())
        .entity(ReferralResponse.from(referral))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getReferral",
      summary = "One of the caller's referrals, with its status history",
      description =
          "The referral as it stands now: status, matches, the booked consultation once"
              + " SCHEDULED, and every status change with its time and note. Another practice's"
              + " referral is a 404, exactly like an unknown id.")
  @APIResponse(responseCode = "200", ref = "Referral")
  @APIResponse(responseCode = "401", ref = "PracticeKeyRefused")
  @APIResponse(responseCode = "404", ref = "ReferralNotFound")
  public ReferralResponse get(
      @Parameter(
              description = "The referral's id, from its 201 answer or Location",
              example = "3f0c1d52-6a7e-4a8e-9d55-0b1f7c2e9a41")
          @PathParam("id")
          String id) {
    return ReferralResponse.from(desk.find(PracticePrincipal.of(security), id));
  }

  @GET
  @Operation(
      operationId = "listReferrals",
      summary = "The caller's referrals, newest first",
      description =
          "One page of the calling practice's own referrals, each as GET /referrals/{id} answers"
              + " it, optionally only those in one status.")
  @APIResponse(responseCode = "200", ref = "ReferralPage")
  @APIResponse(responseCode = "400", ref = "ReferralPageInvalid")
  @APIResponse(responseCode = "401", ref = "PracticeKeyRefused")
  public PageResponse<ReferralResponse> list(
      @Parameter(
              description = "Only referrals in this status",
              schema = @Schema(implementation = ReferralStatus.class))
          @QueryParam("status")
          String status,
      @Parameter(description = "From 0", example = "0") @QueryParam("page") String page,
      @Parameter(description = "1 to 100, default 20", example = "20") @QueryParam("size")
          String size) {
    return PageResponse.from(
        desk.list(
            PracticePrincipal.of(security),
            Optional.ofNullable(status),
            number("page", page, 0),
            number("size", size, 20)),
        ReferralResponse::from);
  }

  private static int number(String name, String raw, int fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw.trim());
    } catch (NumberFormatException notANumber) {
      throw new MalformedParameterException(List.of(new FieldError(name, "Give a whole number.")));
    }
  }
}
