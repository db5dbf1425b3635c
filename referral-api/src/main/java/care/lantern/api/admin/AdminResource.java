package care.lantern.api.admin;

import care.lantern.api.ClinicTime;
import care.lantern.referral.boundary.PracticeRegistry;
import care.lantern.referral.entity.IssuedKey;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A platform administrator's registration of referring practices and revocation of their keys, with
 * the admin token of {@code LANTERN_ADMIN_TOKEN}; absent when no token is configured.
 */
@Path("admin")
@RequestScoped
@AdminAuthenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Referring practices and their API keys")
public class AdminResource {

  /** When a key was revoked. */
  public record Revoked(long keyId, String revokedAt) {}

  @Inject private PracticeRegistry registry;

  @POST
  @Path("practices")
  @Operation(summary = "Register a referring practice; its API key is in the answer, only there")
  @APIResponse(responseCode = "201", description = "Registered")
  @APIResponse(responseCode = "401", description = "Missing or wrong admin token")
  @APIResponse(responseCode = "404", description = "No admin token is configured")
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
  @Operation(summary = "Revoke an API key at once")
  @APIResponse(responseCode = "200", description = "Revoked (revoking again keeps the first time)")
  @APIResponse(responseCode = "404", description = "Unknown key, or no admin token configured")
  public Revoked revoke(@PathParam("id") long keyId) {
    return new Revoked(keyId, ClinicTime.format(registry.revoke(keyId), ZoneOffset.UTC));
  }
}
