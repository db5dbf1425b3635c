package care.lantern.api.referral;

import care.lantern.api.LanternApi;
import care.lantern.api.PageResponse;
import care.lantern.api.problem.MalformedParameterException;
import care.lantern.api.problem.Problem;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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

  private static final String PAGE_EXAMPLE =
      """
      {"items":[{"id":"8d41b7e2-0c3f-4f6a-a1d9-5e2c7b9f3a10","status":"ROUTED",
      "urgency":"URGENT","requestedTreatments":["SPRAVATO"],"createdAt":"2026-11-21T09:12:30Z",
      "updatedAt":"2026-11-21T09:12:31Z","matches":[{"treatment":"SPRAVATO",
      "provider":{"id":1050,"name":"Dana Whitfield","credentials":"MD"},"clinic":{"id":100,
      "name":"Chelsea TMS Center","address":"350 5th Ave","city":"New York","state":"NY",
      "zip":"10118","timezone":"America/New_York"},"distanceMiles":0.6,"nextSlots":[{"id":20051,
      "start":"2026-11-23T15:00:00-05:00","end":"2026-11-23T15:45:00-05:00",
      "mode":"TELEHEALTH"}]}],"history":[{"status":"RECEIVED","at":"2026-11-21T09:12:30Z"},
      {"status":"ROUTED","at":"2026-11-21T09:12:31Z",
      "note":"1 matching provider(s) for SPRAVATO."}]}],"total":1,"page":0,"size":20}""";

  private static final String INVALID_EXAMPLE =
      """
      {"type":"https://lantern.care/problems/validation","title":"Invalid request","status":400,
      "detail":"Some fields are missing or invalid.","errors":[
      {"field":"patient.email","message":"Enter an email address like name@example.com."},
      {"field":"diagnosisCodes[0]",
      "message":"Use an ICD-10 code of chapter F (mental and behavioural), like F33.2."}]}""";

  private static final String NO_IDEMPOTENCY_KEY_EXAMPLE =
      """
      {"type":"https://lantern.care/problems/validation","title":"Invalid request","status":400,
      "detail":"Some fields are missing or invalid.","errors":[{"field":"Idempotency-Key",
      "message":"Send a unique Idempotency-Key header of 1 to 255 characters with every new referral."}]}""";

  private static final String KEY_REUSED_EXAMPLE =
      """
      {"type":"https://lantern.care/problems/idempotency-key-reused","title":"Conflict",
      "status":409,"detail":"This Idempotency-Key was already used with a different request. Use a new key for a new referral."}""";

  private static final String INVALID_PAGE_EXAMPLE =
      """
      {"type":"https://lantern.care/problems/validation","title":"Invalid request","status":400,
      "detail":"Some fields are missing or invalid.","errors":[{"field":"status",
      "message":"Use one of CANCELLED, COMPLETED, DECLINED, NO_SHOW, RECEIVED, ROUTED, SCHEDULED."},
      {"field":"size","message":"Ask for 1 to 100 referrals a page."}]}""";

  private static final String NOT_FOUND_EXAMPLE =
      """
      {"type":"https://lantern.care/problems/not-found","title":"Not Found","status":404,
      "detail":"Referral not found, or it is not yours to see."}""";

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
              + " Sending the same body again with the same Idempotency-Key answers the first"
              + " response again (same id, also for requests sent at the same moment); the same"
              + " key with another body is a 409.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
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
              + " diagnosisCodes[0]…)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = {
                @ExampleObject(name = "invalid fields", value = INVALID_EXAMPLE),
                @ExampleObject(name = "no Idempotency-Key", value = NO_IDEMPOTENCY_KEY_EXAMPLE)
              }))
  @APIResponse(responseCode = "401", ref = LanternApi.PRACTICE_KEY_REFUSED)
  @APIResponse(
      responseCode = "409",
      description = "The Idempotency-Key was used before with another request body",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "key reused", value = KEY_REUSED_EXAMPLE)))
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
  @APIResponse(
      responseCode = "200",
      description = "The referral",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferralResponse.class),
              examples = @ExampleObject(name = "scheduled", value = EXAMPLE_RESPONSE)))
  @APIResponse(responseCode = "401", ref = LanternApi.PRACTICE_KEY_REFUSED)
  @APIResponse(
      responseCode = "404",
      description = "Unknown, or another practice's referral",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "unknown", value = NOT_FOUND_EXAMPLE)))
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
  @APIResponse(
      responseCode = "200",
      description = "A page: {\"items\": [referrals as above], \"total\", \"page\", \"size\"}",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      implementation = PageResponse.class,
                      description = "items are Referral objects"),
              examples = @ExampleObject(name = "one routed referral", value = PAGE_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      description = "Unknown status, or page/size out of range",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "out of range", value = INVALID_PAGE_EXAMPLE)))
  @APIResponse(responseCode = "401", ref = LanternApi.PRACTICE_KEY_REFUSED)
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
