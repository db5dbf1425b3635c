package care.lantern.api.reference;

import care.lantern.api.LanternApi;
import care.lantern.directory.boundary.ReferenceData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The treatments patients can search for and referrers can request. */
@Path("treatments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = LanternApi.REFERENCE_DATA)
public class TreatmentsResource {

  @Inject private ReferenceData referenceData;

  @GET
  @Operation(
      operationId = "listTreatments",
      summary = "Treatments",
      description =
          "Every treatment a clinic can offer, consultation first: the codes of treatment and"
              + " requestedTreatments elsewhere.")
  @APIResponse(responseCode = "200", ref = "Treatments")
  public List<CodeNameResponse> list() {
    return referenceData.treatments().stream().map(CodeNameResponse::from).toList();
  }
}
