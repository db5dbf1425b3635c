package care.lantern.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Version 1 of the public HTTP API, served under {@code /api/v1}. */
@ApplicationPath("v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Lantern API",
            version = "1",
            description =
                "Provider directory, booking, screening and referrals for clinics offering TMS,"
                    + " Spravato, IV ketamine and psychiatric consultations."))
public class LanternApi extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
