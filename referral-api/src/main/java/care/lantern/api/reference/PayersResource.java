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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The insurance plans (and self-pay) a clinic can accept. */
@Path("payers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = LanternApi.REFERENCE_DATA)
public class PayersResource {

  private static final String EXAMPLE =
      """
      [{"code":"AETNA","name":"Aetna"},{"code":"BCBS","name":"Blue Cross Blue Shield"},
      {"code":"CIGNA","name":"Cigna"},{"code":"UNITED","name":"UnitedHealthcare"},
      {"code":"MEDICARE","name":"Medicare"},{"code":"MEDICAID","name":"Medicaid"},
      {"code":"TRICARE","name":"TRICARE"},{"code":"HUMANA","name":"Humana"},
      {"code":"SELF_PAY","name":"Self-pay (no insurance)"}]""";

  @Inject private ReferenceData referenceData;

  @GET
  @Operation(
      operationId = "listPayers",
      summary = "Payers",
      description =
          "Every insurance plan a clinic can accept, and self-pay: the codes of payer elsewhere.")
  @APIResponse(
      responseCode = "200",
      description = "The payers",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = CodeNameResponse.class),
              examples = @ExampleObject(name = "payers", value = EXAMPLE)))
  public List<CodeNameResponse> list() {
    return referenceData.payers().stream().map(CodeNameResponse::from).toList();
  }
}
