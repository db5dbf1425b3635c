package care.lantern.api.directory;

import care.lantern.api.LanternApi;
import care.lantern.search.boundary.ProviderDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public provider directory: search near a ZIP code, and one provider's profile. Numbers and
 * flags in the query string are taken as text and read by {@link SearchParameters}, so that a
 * malformed one is a 400 naming it.
 */
@Path("providers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = LanternApi.PROVIDER_DIRECTORY)
public class ProvidersResource {

  @Inject private ProviderDirectory directory;

  @Inject private SearchResponses responses;

  @GET
  @Operation(
      summary = "Search providers near a ZIP code",
      description =
          "Providers within radiusMiles of the ZIP code's centre, each once at their nearest"
              + " matching clinic. SPRAVATO matches only clinics with a valid REMS certification."
              + " Every invalid parameter is named in one 400 problem.")
  @APIResponse(responseCode = "200", ref = "ProviderSearchPage")
  @APIResponse(responseCode = "400", ref = "ProviderSearchInvalid")
  public Response search(
      @Parameter(description = "A 5-digit US ZIP code", required = true, example = "10001")
          @QueryParam("zip")
          String zip,
      @Parameter(
              description = "Search radius in miles",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "250",
                      defaultValue = "25"))
          @QueryParam("radiusMiles")
          String radiusMiles,
      @Parameter(description = "A treatment code from /treatments", example = "TMS")
          @QueryParam("treatment")
          String treatment,
      @Parameter(
              description =
                  "A payer code from /payers; with treatment, accepted for that treatment",
              example = "AETNA")
          @QueryParam("payer")
          String payer,
      @Parameter(
              description = "true: only clinics offering telehealth visits",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("telehealth")
          String telehealth,
      @Parameter(description = "ISO 639-1 code of a language the provider speaks", example = "es")
          @QueryParam("language")
          String language,
      @Parameter(
              description = "true: only providers accepting new patients",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("acceptingNewPatients")
          String acceptingNewPatients,
      @Parameter(
              description =
                  "distance: nearest first; soonest: earliest free consultation first, providers"
                      + " without one last",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"distance", "soonest"},
                      defaultValue = "distance"))
          @QueryParam("sort")
          String sort,
      @Parameter(
              description = "Page number, from 0",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "Items per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "20"))
          @QueryParam("size")
          String size) {
    var parameters =
        new SearchParameters(
            zip,
            radiusMiles,
            treatment,
            payer,
            telehealth,
            language,
            acceptingNewPatients,
            sort,
            page,
            size);
    byte[] json = responses.json(directory.search(parameters.toInput()));
    // With its length given, the page goes out in one piece rather than in chunks.
    return Response.ok(json, MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_LENGTH, json.length)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "A provider's profile",
      description =
          "The search-hit fields at the provider's clinic nearest zip (distanceMiles null without"
              + " zip), plus bio, experience, qualifications, treatment philosophy and every"
              + " location.")
  @APIResponse(responseCode = "200", ref = "ProviderProfile")
  @APIResponse(responseCode = "400", ref = "ProfileZipUnknown")
  @APIResponse(responseCode = "404", ref = "ProviderNotFound")
  public ProviderDetailResponse profile(
      @Parameter(description = "The provider's id", required = true, example = "1042")
          @PathParam("id")
          long id,
      @Parameter(description = "Measure distances from this 5-digit ZIP code", example = "10001")
          @QueryParam("zip")
          String zip) {
    Optional<String> fromZip = Optional.ofNullable(zip).filter(z -> !z.isBlank()).map(String::trim);
    return ProviderDetailResponse.from(directory.profile(id, fromZip), fromZip.isPresent());
  }
}
