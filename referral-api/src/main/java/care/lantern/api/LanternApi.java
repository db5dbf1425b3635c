package care.lantern.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * Version 1 of the public HTTP API, served under {@code /api/v1}. Its OpenAPI document's prose (the
 * server, the tags in reading order, security schemes, shared responses, request bodies and
 * examples) is in {@code META-INF/openapi.yaml}, which Payara merges with what it reads from the
 * resource classes; {@link OpenApiDocumentFilter} makes the result valid OpenAPI 3.0.
 */
@ApplicationPath("v1")
public class LanternApi extends Application {

  // Security schemes, declared in META-INF/openapi.yaml: a referring practice's API key, the
  // platform administrator's token.
  public static final String PRACTICE_KEY = "practiceKey";
  public static final String ADMIN_TOKEN = "adminToken";

  // Tags, declared with their descriptions in META-INF/openapi.yaml.
  public static final String REFERENCE_DATA = "Reference data";
  public static final String PROVIDER_DIRECTORY = "Provider directory";
  public static final String SCREENINGS = "Screenings";
  public static final String BOOKING = "Booking";
  public static final String REFERRALS = "Referrals";
  public static final String ADMINISTRATION = "Administration";

  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
