package care.lantern.web.book;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.platform.entity.NotFoundException;
import care.lantern.scheduling.boundary.AppointmentBook;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.HoldTicket;
import care.lantern.scheduling.entity.SlotUnavailableException;
import care.lantern.search.boundary.ProviderDirectory;
import care.lantern.search.entity.ProviderProfile;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * "Choose a time" ({@code /book/slots.xhtml}): a provider's free consultation times at one clinic,
 * two weeks at a time. Choosing one holds it and moves on to the details form with the hold.
 */
@Named
@ViewScoped
public class SlotsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AppointmentBook book;

  @Inject private ProviderDirectory directory;

  @Inject private Clock clock;

  private String provider;
  private String clinic;
  private String screening;
  private String from;

  private long providerId;
  private String providerName;
  private String providerCredentials;
  private ClinicSummary place;
  private FreeTimes times;

  public void load() {
    Optional<Long> providerParam = Ids.parse(provider);
    Optional<Long> clinicParam = Ids.parse(clinic);
    if (providerParam.isEmpty() || clinicParam.isEmpty()) {
      notFound();
      return;
    }
    try {
      ProviderProfile profile = directory.profile(providerParam.get(), Optional.empty());
      Optional<ClinicSummary> location =
          profile.locations().stream().filter(c -> c.id() == clinicParam.get()).findFirst();
      if (location.isEmpty()) {
        notFound();
        return;
      }
      providerId = profile.summary().id();
      providerName = profile.summary().name();
      providerCredentials = profile.summary().credentials();
      place = location.get();
      times =
          FreeTimes.of(
              book,
              providerId,
              place.id(),
              Fortnight.from(from, LocalDate.now(clock.withZone(place.timezone()))));
    } catch (NotFoundException unknownProvider) {
      notFound();
    }
  }

  /** Holds the time and carries the hold to the details form in its address, never in session. */
  public void choose(long slotId, AppointmentMode mode) {
    try {
      HoldTicket hold = book.hold(slotId);
      Faces.redirect(
          "book/details.xhtml?provider=%s&slot=%s&mode=%s&hold=%s&until=%s&screening=%s",
          Long.toString(providerId),
          Long.toString(hold.slotId()),
          mode.name(),
          hold.token(),
          Long.toString(hold.until().getEpochSecond()),
          Objects.toString(screening, ""));
    } catch (SlotUnavailableException gone) {
      times.taken(book, gone);
    }
  }

  private static void notFound() {
    Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
  }

  public String getProviderName() {
    return providerName;
  }

  public String getProviderCredentials() {
    return providerCredentials;
  }

  public ClinicSummary getPlace() {
    return place;
  }

  public FreeTimes getTimes() {
    return times;
  }

  public ClinicClock getClinicClock() {
    return place == null ? null : new ClinicClock(place.timezone(), Faces.getLocale());
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public String getClinic() {
    return clinic;
  }

  public void setClinic(String clinic) {
    this.clinic = clinic;
  }

  public String getScreening() {
    return screening;
  }

  public void setScreening(String screening) {
    this.screening = screening;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }
}
