package care.lantern.api.reference;

import care.lantern.directory.boundary.ReferenceData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The treatments patients can search for and referrers can request. */
@Path("treatments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TreatmentsResource {

  @Inject private ReferenceData referenceData;

  @GET
  public List<CodeNameResponse> list() {
    return referenceData.treatments().stream().map(CodeNameResponse::from).toList();
  }
}
