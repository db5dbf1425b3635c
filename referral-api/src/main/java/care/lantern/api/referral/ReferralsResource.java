package care.lantern.api.referral;

import care.lantern.api.PageResponse;
import care.lantern.api.problem.MalformedParameterException;
import care.lantern.platform.entity.FieldError;
import care.lantern.referral.boundary.ReferralDesk;
import care.lantern.referral.entity.ReferralResult;
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
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
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
@Tag(name = "Referrals", description = "For referring physicians, with an API key")
@SecurityScheme(
    securitySchemeName = "practiceKey",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A practice's API key; in demo mode also lantern-demo-key")
@SecurityRequirement(name = "practiceKey")
@APIResponse(
    responseCode = "401",
    description = "Missing, unknown or revoked API key (with WWW-Authenticate)")
public class ReferralsResource {

  static final String EXAMPLE_REQUEST =
      "{\"patient\":{\"firstName\":\"Alex\",\"lastName\":\"Rivera\","
          + "\"email\":\"alex.rivera@example.com\",\"phone\":\"(555) 010-0199\","
          + "\"dateOfBirth\":\"1980-04-27\",\"zip\":\"10001\"},\"payer\":\"AETNA\","
          + "\"diagnosisCodes\":[\"F33.2\"],\"phq9Score\":19,\"priorAntidepressantTrials\":2,"
          + "\"requestedTreatments\":[\"TMS\"],\"urgency\":\"ROUTINE\","
          + "\"preferredMode\":\"IN_PERSON\",\"autoSchedule\":true}";

  static final String EXAMPLE_RESPONSE =
      "{\"id\":\"3f0c1d52-6a7e-4a8e-9d55-0b1f7c2e9a41\",\"status\":\"SCHEDULED\","
          + "\"urgency\":\"ROUTINE\",\"requestedTreatments\":[\"TMS\"],"
          + "\"createdAt\":\"2026-11-20T15:04:05Z\",\"updatedAt\":\"2026-11-20T15:04:06Z\","
          + "\"matches\":[{\"treatment\":\"TMS\",\"provider\":{\"id\":1050,"
          + "\"name\":\"Dana Whitfield\",\"credentials\":\"MD\"},\"clinic\":{\"id\":100,"
          + "\"name\":\"Chelsea TMS Center\",\"address\":\"350 5th Ave\",\"city\":\"New York\","
          + "\"state\":\"NY\",\"zip\":\"10118\",\"timezone\":\"America/New_York\"},"
          + "\"distanceMiles\":0.6,\"nextSlots\":[{\"id\":20050,"
          + "\"start\":\"2026-11-23T14:00:00-05:00\",\"end\":\"2026-11-23T14:45:00-05:00\","
          + "\"mode\":\"IN_PERSON\"}]}],\"appointment\":{\"reference\":\"LN-7KQ4MZ\","
          + "\"status\":\"BOOKED\",\"start\":\"2026-11-23T14:00:00-05:00\","
          + "\"end\":\"2026-11-23T14:45:00-05:00\",\"mode\":\"IN_PERSON\","
          + "\"provider\":{\"id\":1050,\"name\":\"Dana Whitfield\",\"credentials\":\"MD\"},"
          + "\"clinic\":{\"id\":100,\"name\":\"Chelsea TMS Center\",\"address\":\"350 5th Ave\","
          + "\"city\":\"New York\",\"state\":\"NY\",\"zip\":\"10118\","
          + "\"timezone\":\"America/New_York\"}},\"history\":["
          + "{\"status\":\"RECEIVED\",\"at\":\"2026-11-20T15:04:05Z\"},"
          + "{\"status\":\"ROUTED\",\"at\":\"2026-11-20T15:04:05Z\","
          + "\"note\":\"1 matching provider(s) for TMS.\"},"
          + "{\"status\":\"SCHEDULED\",\"at\":\"2026-11-20T15:04:06Z\","
          + "\"note\":\"Consultation LN-7KQ4MZ booked.\"}]}";

  @Inject private ReferralDesk desk;

  @Context private UriInfo uri;

  @Context private SecurityContext security;

  @POST
  @Operation(
      summary = "Send a referral",
      description =
          "Validates, routes to matching providers and, with autoSchedule, books the earliest"
              + " suitable consultation (status SCHEDULED; the patient gets the confirmation"
              + " email with a manage link); otherwise the referral is ROUTED with its matches."
              + " Sending the same body again with the same Idempotency-Key answers the first"
              + " response again (same id, also for requests sent at the same moment); the same"
              + " key with another body is a 409.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = NewReferralRequest.class),
              examples = @ExampleObject(name = "tms", value = EXAMPLE_REQUEST)))
  @APIResponse(
      responseCode = "201",
      description = "Received (or the first response again, for a repeated request)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferralResponse.class),
              examples = @ExampleObject(name = "scheduled", value = EXAMPLE_RESPONSE)))
  @APIResponse(
      responseCode = "400",
      description =
          "Missing Idempotency-Key, or invalid fields, each named (patient.email,"
              + " diagnosisCodes[0]…)")
  @APIResponse(
      responseCode = "409",
      description = "The Idempotency-Key was used before with another request body")
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
  @Operation(summary = "One of the caller's referrals, with its status history")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              schema = @Schema(implementation = ReferralResponse.class),
              examples = @ExampleObject(name = "scheduled", value = EXAMPLE_RESPONSE)))
  @APIResponse(responseCode = "404", description = "Unknown, or another practice's referral")
  public ReferralResponse get(@PathParam("id") String id) {
    return ReferralResponse.from(desk.find(PracticePrincipal.of(security), id));
  }

  @GET
  @Operation(summary = "The caller's referrals, newest first")
  @APIResponse(
      responseCode = "200",
      description = "A page: {\"items\": [referrals as above], \"total\", \"page\", \"size\"}")
  @APIResponse(responseCode = "400", description = "Unknown status, or page/size out of range")
  public PageResponse<ReferralResponse> list(
      @Parameter(
              description = "Only referrals in this status",
              schema =
                  @Schema(
                      enumeration = {
                        "RECEIVED",
                        "ROUTED",
                        "SCHEDULED",
                        "COMPLETED",
                        "DECLINED",
                        "CANCELLED",
                        "NO_SHOW"
                      }))
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
