package care.lantern.web.providers;

import care.lantern.directory.boundary.ReferenceData;
import care.lantern.platform.entity.InvalidInputException;
import care.lantern.platform.entity.NotFoundException;
import care.lantern.search.boundary.ProviderDirectory;
import care.lantern.search.entity.ProviderProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A provider's profile ({@code /providers/view.xhtml?id=..&zip=..}), loaded once in {@link
 * #load()}, the page's view action. {@code zip} is where the patient searched from: distances are
 * measured from it, and a ZIP code the directory does not know only loses the distance.
 */
@Named
@RequestScoped
public class ProviderProfileBacking {

  private static final Pattern ID = Pattern.compile("\\d{1,18}");
  private static final String BOOKING_PAGE = "/book/slots.xhtml";

  @Inject private ProviderDirectory directory;
  @Inject private ReferenceData referenceData;
  @Inject private FacesContext facesContext;
  @Inject private ExternalContext externalContext;

  private String id;
  private String zip;
  private ProviderProfile profile;
  private ProviderCard provider;
  private List<ClinicLocation> locations = List.of();

  /** Loads the provider, or answers 404 for an id that names none. */
  public void load() throws IOException {
    if (id == null || !ID.matcher(id.trim()).matches()) {
      notFound();
      return;
    }
    long providerId = Long.parseLong(id.trim());
    try {
      profile = profileOf(providerId);
    } catch (NotFoundException unknown) {
      notFound();
      return;
    }
    provider =
        ProviderCard.of(
            profile.summary(), CodeNames.of(referenceData.treatments(), referenceData.payers()));
    locations = profile.locations().stream().map(ClinicLocation::of).toList();
  }

  private ProviderProfile profileOf(long providerId) {
    Optional<String> fromZip = Optional.ofNullable(zip).filter(z -> !z.isBlank()).map(String::trim);
    if (fromZip.isEmpty()) {
      return directory.profile(providerId, Optional.empty());
    }
    try {
      return directory.profile(providerId, fromZip);
    } catch (InvalidInputException unknownZip) {
      zip = null;
      return directory.profile(providerId, Optional.empty());
    }
  }

  private void notFound() throws IOException {
    externalContext.responseSendError(404, "No such provider");
    facesContext.responseComplete();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getZip() {
    return zip;
  }

  public void setZip(String zip) {
    this.zip = zip;
  }

  public ProviderProfile getProfile() {
    return profile;
  }

  public ProviderCard getProvider() {
    return provider;
  }

  public List<ClinicLocation> getLocations() {
    return locations;
  }

  /** Whether the distance means something: measured from a ZIP code the directory knows. */
  public boolean isMeasured() {
    return zip != null && !zip.isBlank();
  }

  /** Where to book a consultation with this provider at {@code clinicId}. */
  public String bookingLink(long clinicId) {
    return externalContext.getRequestContextPath()
        + BOOKING_PAGE
        + "?provider="
        + provider.id()
        + "&clinic="
        + clinicId;
  }
}
