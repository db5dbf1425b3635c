package care.lantern.web.book;

import care.lantern.directory.boundary.ReferenceData;
import care.lantern.directory.entity.ClinicSummary;
import care.lantern.platform.entity.NotFoundException;
import care.lantern.scheduling.boundary.AppointmentBook;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.Confirmation;
import care.lantern.scheduling.entity.HoldTicket;
import care.lantern.scheduling.entity.InvalidBookingException;
import care.lantern.scheduling.entity.SlotUnavailableException;
import care.lantern.scheduling.entity.SlotView;
import care.lantern.search.boundary.ProviderDirectory;
import care.lantern.search.entity.ProviderProfile;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.omnifaces.util.Faces;

/**
 * "Your details" ({@code /book/details.xhtml}): the minimum a clinic needs, for the time held on
 * the previous page. The boundary validates; its field errors are shown next to the inputs. When
 * the time was taken meanwhile, the patient picks another here and keeps everything typed.
 */
@Named
@ViewScoped
public class DetailsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's inputs, named like the boundary's fields without the {@code patient.} prefix. */
  private static final Set<String> INPUTS =
      Set.of(
          "firstName",
          "lastName",
          "email",
          "phone",
          "dateOfBirth",
          "zip",
          "payer",
          "reason",
          "consent");

  /** Where a problem with the chosen time itself points: the summary of the appointment. */
  private static final String APPOINTMENT = "appointment";

  @Inject private AppointmentBook book;

  @Inject private ProviderDirectory directory;

  @Inject private ReferenceData referenceData;

  @Inject private Clock clock;

  // The address as it came; read once in load(), since a new time chosen here replaces the hold.
  private String provider;
  private String slot;
  private String mode;
  private String hold;
  private String until;
  private String screening;

  private String providerName;
  private String providerCredentials;
  private List<ClinicSummary> locations = List.of();
  private SlotView chosen;
  private ClinicSummary place;
  private String holdToken;
  private Instant holdUntil;
  private List<SelectItem> payers = List.of();
  private final BookingForm form = new BookingForm();
  private final FormErrors errors = new FormErrors("patient.", INPUTS, APPOINTMENT);
  private Timetable alternatives = Timetable.empty();
  private boolean taken;
  private boolean rechosen;

  public void load() {
    Optional<Long> providerId = Ids.parse(provider);
    Optional<Long> slotId = Ids.parse(slot);
    Optional<AppointmentMode> chosenMode = mode(mode);
    if (providerId.isEmpty() || slotId.isEmpty() || chosenMode.isEmpty()) {
      notFound();
      return;
    }
    try {
      ProviderProfile profile = directory.profile(providerId.get(), Optional.empty());
      providerName = profile.summary().name();
      providerCredentials = profile.summary().credentials();
      locations = List.copyOf(profile.locations());
      Optional<SlotView> slotView = book.findSlot(slotId.get(), chosenMode.get());
      if (slotView.isEmpty() || locationOf(slotView.get()).isEmpty()) {
        notFound();
        return;
      }
      show(slotView.get());
      holdToken = hold;
      holdUntil = Ids.parse(until).map(Instant::ofEpochSecond).orElse(null);
      payers =
          referenceData.payers().stream()
              .map(payer -> new SelectItem(payer.getCode(), payer.getName()))
              .toList();
    } catch (NotFoundException unknownProvider) {
      notFound();
    }
  }

  public void submit() {
    errors.clear();
    taken = false;
    rechosen = false;
    try {
      Confirmation done =
          book.book(form.toRequest(chosen.id(), chosen.mode(), screening, holdToken));
      Faces.redirect(
          "book/confirmation.xhtml?ref=%s&token=%s",
          done.appointment().reference(), done.manageToken());
    } catch (InvalidBookingException invalid) {
      errors.addAll(invalid.errors());
    } catch (SlotUnavailableException gone) {
      taken = true;
      alternatives = Timetable.of(gone.alternatives(), Faces.getLocale());
    }
  }

  /** Another time after the first was taken: hold it and stay, with the details as typed. */
  public void choose(long slotId, AppointmentMode newMode) {
    errors.clear();
    try {
      HoldTicket ticket = book.hold(slotId);
      Optional<SlotView> slotView =
          book.findSlot(ticket.slotId(), newMode).filter(v -> locationOf(v).isPresent());
      if (slotView.isEmpty()) {
        alternatives = Timetable.empty();
        return;
      }
      show(slotView.get());
      holdToken = ticket.token();
      holdUntil = ticket.until();
      taken = false;
      rechosen = true;
      alternatives = Timetable.empty();
    } catch (SlotUnavailableException goneAgain) {
      alternatives = Timetable.of(goneAgain.alternatives(), Faces.getLocale());
    }
  }

  private void show(SlotView slotView) {
    chosen = slotView;
    place = locationOf(slotView).orElseThrow();
  }

  private Optional<ClinicSummary> locationOf(SlotView slotView) {
    return locations.stream().filter(c -> c.id() == slotView.clinicId()).findFirst();
  }

  private static Optional<AppointmentMode> mode(String raw) {
    try {
      return Optional.of(AppointmentMode.valueOf(raw.trim()));
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return Optional.empty();
    }
  }

  private static void notFound() {
    Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
  }

  private ClinicClock clinicClock() {
    return new ClinicClock(chosen.timezone(), Faces.getLocale());
  }

  /** "Tuesday, March 3, 2026". */
  public String getDate() {
    return chosen == null ? "" : clinicClock().date(chosen.start());
  }

  /** "2:00 PM EST". */
  public String getTime() {
    return chosen == null ? "" : clinicClock().time(chosen.start());
  }

  public String getZoneName() {
    return chosen == null ? "" : clinicClock().zoneName();
  }

  public String getHoldUntilTime() {
    return holdUntil == null ? "" : clinicClock().time(holdUntil);
  }

  public boolean isHoldKnown() {
    return holdUntil != null;
  }

  public boolean isHoldActive() {
    return holdUntil != null && clock.instant().isBefore(holdUntil);
  }

  public boolean isTelehealth() {
    return chosen != null && chosen.mode() == AppointmentMode.TELEHEALTH;
  }

  public AppointmentMode getMode() {
    return chosen == null ? null : chosen.mode();
  }

  public boolean isScreeningPresent() {
    return screening != null && !screening.isBlank();
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

  public BookingForm getForm() {
    return form;
  }

  public List<SelectItem> getPayers() {
    return payers;
  }

  public FormErrors getErrors() {
    return errors;
  }

  public Timetable getAlternatives() {
    return alternatives;
  }

  public boolean isTaken() {
    return taken;
  }

  public boolean isRechosen() {
    return rechosen;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public String getSlot() {
    return slot;
  }

  public void setSlot(String slot) {
    this.slot = slot;
  }

  public String getModeParam() {
    return mode;
  }

  public void setModeParam(String mode) {
    this.mode = mode;
  }

  public String getHold() {
    return hold;
  }

  public void setHold(String hold) {
    this.hold = hold;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }

  public String getScreening() {
    return screening;
  }

  public void setScreening(String screening) {
    this.screening = screening;
  }
}
