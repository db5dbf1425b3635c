package care.lantern.api;

import care.lantern.api.problem.Problem;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Version 1 of the public HTTP API, served under {@code /api/v1}. The OpenAPI server is relative,
 * so that the try-it page ({@code /api/docs/}) calls the host it was loaded from; Payara's default
 * names the address of its own listener, which a browser elsewhere may not reach. The tags, in the
 * order a reader meets them, and the responses several operations share are declared here and
 * referred to by name (Payara lists a tag once per class that declares it).
 */
@ApplicationPath("v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Lantern API",
            version = "1",
            description =
                "Provider directory, booking, screening and referrals for clinics offering TMS,"
                    + " Spravato, IV ketamine and psychiatric consultations. Try it at /api/docs/;"
                    + " in demo mode the API key lantern-demo-key is valid."),
    servers = @Server(url = "/api", description = "This Lantern"),
    tags = {
      @Tag(name = LanternApi.REFERENCE_DATA, description = "The codes the other endpoints take."),
      @Tag(name = LanternApi.PROVIDER_DIRECTORY, description = "Find providers near a ZIP code."),
      @Tag(
          name = LanternApi.SCREENINGS,
          description =
              "PHQ-9, GAD-7 and PC-PTSD-5 screenings with routing to nearby providers. A"
                  + " screening is not a diagnosis."),
      @Tag(
          name = LanternApi.BOOKING,
          description = "Free consultation slots, and the patient's appointments."),
      @Tag(name = LanternApi.REFERRALS, description = "For referring physicians, with an API key"),
      @Tag(
          name = LanternApi.ADMINISTRATION,
          description = "Referring practices, their API keys, and clinic staff accounts")
    },
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = LanternApi.PRACTICE_KEY_REFUSED,
                  description = "Missing, unknown or revoked API key",
                  headers =
                      @Header(name = "WWW-Authenticate", description = "Bearer realm=\"lantern\""),
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = "Problem"),
                          examples =
                              @ExampleObject(
                                  name = "no key",
                                  value =
                                      """
                                      {"type":"https://lantern.care/problems/unauthorized",
                                      "title":"Unauthorized","status":401,
                                      "detail":"Send a valid API key as 'Authorization: Bearer <key>'."}"""))),
              @APIResponse(
                  name = LanternApi.ADMIN_TOKEN_REFUSED,
                  description = "Missing or wrong admin token",
                  headers =
                      @Header(
                          name = "WWW-Authenticate",
                          description = "Bearer realm=\"lantern-admin\""),
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = "Problem"),
                          examples =
                              @ExampleObject(
                                  name = "wrong token",
                                  value =
                                      """
                                      {"type":"https://lantern.care/problems/unauthorized",
                                      "title":"Unauthorized","status":401,
                                      "detail":"Send the admin token as 'Authorization: Bearer <token>'."}"""))),
              @APIResponse(
                  name = LanternApi.APPOINTMENT_NOT_FOUND,
                  description = "Unknown reference, or a wrong token",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = "Problem"),
                          examples =
                              @ExampleObject(
                                  name = "wrong token",
                                  value =
                                      """
                                      {"type":"https://lantern.care/problems/not-found",
                                      "title":"Not Found","status":404,
                                      "detail":"Appointment not found, or it is not yours to see."}""")))
            }))
@SecurityScheme(
    securitySchemeName = LanternApi.PRACTICE_KEY,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A referring practice's API key; in demo mode also lantern-demo-key")
@SecurityScheme(
    securitySchemeName = LanternApi.ADMIN_TOKEN,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "The platform administrator's token, LANTERN_ADMIN_TOKEN")
public class LanternApi extends Application {

  // Security schemes: a referring practice's API key, the platform administrator's token.
  public static final String PRACTICE_KEY = "practiceKey";
  public static final String ADMIN_TOKEN = "adminToken";

  // Tags, in the order the try-it page shows them.
  public static final String REFERENCE_DATA = "Reference data";
  public static final String PROVIDER_DIRECTORY = "Provider directory";
  public static final String SCREENINGS = "Screenings";
  public static final String BOOKING = "Booking";
  public static final String REFERRALS = "Referrals";
  public static final String ADMINISTRATION = "Administration";

  // Shared responses: the 401s of the two schemes, the 404 of every manage-link endpoint.
  public static final String PRACTICE_KEY_REFUSED = "PracticeKeyRefused";
  public static final String ADMIN_TOKEN_REFUSED = "AdminTokenRefused";
  public static final String APPOINTMENT_NOT_FOUND = "AppointmentNotFound";

  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
