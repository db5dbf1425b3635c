package care.lantern.api.admin;

import care.lantern.api.ClinicTime;
import care.lantern.api.LanternApi;
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
  @RequestBody(ref = "PracticeRegistration")
  @APIResponse(responseCode = "201", ref = "PracticeRegistered")
  @APIResponse(responseCode = "400", ref = "PracticeRegistrationInvalid")
  @APIResponse(responseCode = "401", ref = "AdminTokenRefused")
  @APIResponse(responseCode = "404", ref = "AdminOff")
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
  @APIResponse(responseCode = "200", ref = "KeyRevoked")
  @APIResponse(responseCode = "401", ref = "AdminTokenRefused")
  @APIResponse(responseCode = "404", ref = "KeyNotFound")
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
  @RequestBody(ref = "NewStaffMember")
  @APIResponse(responseCode = "201", ref = "StaffAccountCreated")
  @APIResponse(responseCode = "400", ref = "StaffAccountInvalid")
  @APIResponse(responseCode = "401", ref = "AdminTokenRefused")
  @APIResponse(responseCode = "404", ref = "AdminOff")
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
