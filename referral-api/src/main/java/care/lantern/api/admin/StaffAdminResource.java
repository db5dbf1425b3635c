package care.lantern.api.admin;

import care.lantern.clinic.boundary.StaffAccounts;
import care.lantern.clinic.entity.IssuedPassword;
import care.lantern.clinic.entity.NewStaffMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A platform administrator's creation of clinic staff accounts for the portal, with the admin token
 * of {@code LANTERN_ADMIN_TOKEN}. The generated password is in the answer, only there: the person
 * signs in with it at {@code /clinic/}.
 */
@Path("admin/clinic-staff")
@RequestScoped
@AdminAuthenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Referring practices, their API keys, clinic staff")
public class StaffAdminResource {

  @Inject private StaffAccounts accounts;

  @POST
  @Operation(
      summary = "Create a clinic staff account; its password is in the answer, only there",
      description =
          "role is STAFF (calendars, availability, referrals, attendance) or ADMIN (also the"
              + " clinic's audit trail). The account sees only the clinics in clinicIds.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "front desk",
                      value =
                          "{\"email\":\"ana.front@clinic.example\",\"name\":\"Ana Front\","
                              + "\"role\":\"STAFF\",\"clinicIds\":[50]}")))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "created",
                      value =
                          "{\"staffId\":100,\"email\":\"ana.front@clinic.example\",\"role\":"
                              + "\"STAFF\",\"clinicIds\":[50],\"password\":"
                              + "\"Xk7mQ2pLw9Rt4Nc8Hb3V\"}")))
  @APIResponse(responseCode = "400", description = "A field is missing or invalid")
  @APIResponse(responseCode = "401", description = "Missing or wrong admin token")
  @APIResponse(responseCode = "404", description = "No admin token is configured")
  public Response create(NewStaffMember request) {
    IssuedPassword issued =
        accounts.create(request == null ? new NewStaffMember(null, null, null, null) : request);
    return Response.status(Response.Status.CREATED)
        .entity(issued)
        .header("Cache-Control", "no-store")
        .build();
  }
}
