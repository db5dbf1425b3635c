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

/** The insurance plans (and self-pay) a clinic can accept. */
@Path("payers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = LanternApi.REFERENCE_DATA)
public class PayersResource {

  @Inject private ReferenceData referenceData;

  @GET
  @Operation(
      operationId = "listPayers",
      summary = "Payers",
      description =
          "Every insurance plan a clinic can accept, and self-pay: the codes of payer elsewhere.")
  @APIResponse(responseCode = "200", ref = "Payers")
  public List<CodeNameResponse> list() {
    return referenceData.payers().stream().map(CodeNameResponse::from).toList();
  }
}
