package care.lantern.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place manage links are built: emails, calendar files, the booking pages and the API all
 * hand out the same link. {@code lantern.public-url} is the patient site's address as patients
 * reach it, e.g. {@code https://lantern.care}.
 */
@ApplicationScoped
public class ManageLinks {

  static final String PAGE = "/appointments/manage.xhtml";

  private final String publicUrl;

  @Inject
  public ManageLinks(
      @ConfigProperty(name = "lantern.public-url", defaultValue = "http://localhost:8080")
          String publicUrl) {
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** For CDI's client proxy only. */
  protected ManageLinks() {
    this("");
  }

  /** The link that lets whoever holds it view, move or cancel the appointment. */
  public String manageUrl(String reference, String token) {
    return publicUrl + PAGE + "?ref=" + encoded(reference) + "&token=" + encoded(token);
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
