package care.lantern.api.admin;

import care.lantern.api.ClinicTime;
import care.lantern.api.LanternApi;
import care.lantern.api.problem.Problem;
import care.lantern.referral.boundary.PracticeRegistry;
import care.lantern.referral.entity.IssuedKey;
import care.lantern.staff.boundary.StaffAccounts;
import care.lantern.staff.entity.IssuedPassword;
import care.lantern.staff.entity.NewStaffMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A platform administrator's registration of referring practices and revocation of their keys, and
 * creation of clinic staff accounts, with the admin token of {@code LANTERN_ADMIN_TOKEN}; absent
 * when no token is configured.
 */
@Path("admin")
@RequestScoped
@AdminAuthenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = LanternApi.ADMINISTRATION)
@SecurityRequirement(name = LanternApi.ADMIN_TOKEN)
public class AdminResource {

  private static final String REGISTRATION_EXAMPLE =
      """
      {"name":"Elm Street Family Medicine",
      "webhookUrl":"https://ehr.elmstreet.example/lantern/webhook"}""";

  private static final String ISSUED_EXAMPLE =
      """
      {"practiceId":51,"practiceName":"Elm Street Family Medicine","keyId":51,
      "apiKey":"lk_4k2m9q7x1z_Qm3xT8vLr2Pn6Wc9Yb4Hs7Dk1Fg5Jz0Ae",
      "webhookSecret":"whsec_Vd8kQ2mLx7Rt4Nc1Pz9Hb6Wf3Ys5Ja0G"}""";

  private static final String INVALID_EXAMPLE =
      """
      {"type":"https://lantern.care/problems/validation","title":"Invalid request","status":400,
      "detail":"Some fields are missing or invalid.","errors":[
      {"field":"webhookUrl","message":"Give an absolute http or https URL."}]}""";

  private static final String REVOKED_EXAMPLE =
      """
      {"keyId":51,"revokedAt":"2026-11-22T05:05:42.198705934Z"}""";

  private static final String UNKNOWN_KEY_EXAMPLE =
      """
      {"type":"https://lantern.care/problems/not-found","title":"Not Found","status":404,
      "detail":"API key not found, or it is not yours to see."}""";

  private static final String NEW_STAFF_EXAMPLE =
      """
      {"email":"ana.front@clinic.example","name":"Ana Front","role":"STAFF","clinicIds":[50]}""";

  private static final String ISSUED_STAFF_EXAMPLE =
      """
      {"staffId":100,"email":"ana.front@clinic.example","role":"STAFF","clinicIds":[50],
      "password":"Xk7mQ2pLw9Rt4Nc8Hb3V"}""";

  private static final String INVALID_STAFF_EXAMPLE =
      """
      {"type":"https://lantern.care/problems/validation","title":"Invalid request","status":400,
      "detail":"Some fields are missing or invalid.","errors":[
      {"field":"email","message":"An account with this email already exists."}]}""";

  /** When a key was revoked. */
  @Schema(name = "RevokedKey")
  public record Revoked(long keyId, String revokedAt) {}

  @Inject private PracticeRegistry registry;

  @Inject private StaffAccounts staffAccounts;

  @POST
  @Path("practices")
  @Operation(
      operationId = "registerPractice",
      summary = "Register a referring practice; its API key is in the answer, only there",
      description =
          "Creates the practice and its first API key. The key (and, with a webhookUrl, the"
              + " webhook's signing secret) is shown in this answer only: Lantern keeps hashes.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PracticeRegistration.class),
              examples = @ExampleObject(name = "with webhook", value = REGISTRATION_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IssuedKeyResponse.class),
              examples = @ExampleObject(name = "with webhook", value = ISSUED_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      description = "A missing name or an unusable webhookUrl",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "bad webhook URL", value = INVALID_EXAMPLE)))
  @APIResponse(responseCode = "401", ref = LanternApi.ADMIN_TOKEN_REFUSED)
  @APIResponse(responseCode = "404", ref = LanternApi.ADMIN_OFF)
  public Response register(PracticeRegistration registration) {
    IssuedKey issued =
        registration == null
            ? registry.register(null, null)
            : registry.register(registration.name(), registration.webhookUrl());
    return Response.status(Response.Status.CREATED)
        .entity(IssuedKeyResponse.from(issued))
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("keys/{id}/revoke")
  @Operation(
      operationId = "revokeKey",
      summary = "Revoke an API key at once",
      description =
          "The key is refused from the next request on. Revoking again answers the first time.")
  @APIResponse(
      responseCode = "200",
      description = "Revoked (revoking again keeps the first time)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Revoked.class),
              examples = @ExampleObject(name = "revoked", value = REVOKED_EXAMPLE)))
  @APIResponse(responseCode = "401", ref = LanternApi.ADMIN_TOKEN_REFUSED)
  @APIResponse(
      responseCode = "404",
      description = "Unknown key, or no admin token configured",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "unknown key", value = UNKNOWN_KEY_EXAMPLE)))
  public Revoked revoke(
      @Parameter(description = "The key's id, keyId in the registration's answer", example = "51")
          @PathParam("id")
          long keyId) {
    return new Revoked(keyId, ClinicTime.format(registry.revoke(keyId), ZoneOffset.UTC));
  }

  @POST
  @Path("clinic-staff")
  @Operation(
      operationId = "createClinicStaff",
      summary = "Create a clinic staff account; its password is in the answer, only there",
      description =
          "The person signs in to the clinic portal at /clinic/ with this email and password and"
              + " sees only the clinics in clinicIds. role is STAFF (calendars, availability,"
              + " referrals, attendance; the default) or ADMIN (also the clinics' audit trail)."
              + " Lantern keeps only a PBKDF2 hash of the password.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NewStaffMember.class),
              examples = @ExampleObject(name = "front desk", value = NEW_STAFF_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IssuedPassword.class),
              examples = @ExampleObject(name = "front desk", value = ISSUED_STAFF_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      description = "A missing or invalid field, or an email that already has an account",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "taken email", value = INVALID_STAFF_EXAMPLE)))
  @APIResponse(responseCode = "401", ref = LanternApi.ADMIN_TOKEN_REFUSED)
  @APIResponse(responseCode = "404", ref = LanternApi.ADMIN_OFF)
  public Response createClinicStaff(NewStaffMember request) {
    IssuedPassword issued =
        staffAccounts.create(
            request == null ? new NewStaffMember(null, null, null, null) : request);
    return Response.status(Response.Status.CREATED)
        .entity(issued)
        .header("Cache-Control", "no-store")
        .build();
  }
}
