package care.lantern.web.clinic;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.platform.entity.NotFoundException;
import care.lantern.scheduling.boundary.ClinicAvailability;
import care.lantern.scheduling.entity.AvailabilityEffect;
import care.lantern.scheduling.entity.BookedConsultation;
import care.lantern.scheduling.entity.CalendarHours;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.InvalidAvailabilityException;
import care.lantern.scheduling.entity.ProviderChoice;
import care.lantern.scheduling.entity.SlotPlan;
import care.lantern.web.book.Ids;
import care.lantern.web.providers.ClinicTime;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A provider's availability at one clinic ({@code /clinic/availability.xhtml?clinic&provider}):
 * weekly hours and dates to edit, the effect of a change on free slots and booked appointments
 * before saving, and the appointments outside the hours that staff must resolve with the patient.
 * Every action names the calendar from the address again, so the boundary checks it every time.
 */
@Named
@ViewScoped
public class AvailabilityBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.US);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

  /** A booked appointment outside the hours, as the page lists it. */
  public record Conflict(long id, String reference, ClinicTime at, String patient, String mode)
      implements Serializable {}

  /** The effect on one date. */
  public record DayEffect(String date, String added, String removed, String modesChanged)
      implements Serializable {}

  @Inject private ClinicAvailability availability;

  @Inject private PortalSession session;

  private String clinic;
  private String provider;

  private ClinicSummary place;
  private List<ProviderChoice> providers = List.of();
  private ProviderChoice chosen;
  private boolean telehealthOffered;
  private String today;
  private AvailabilityForm form = new AvailabilityForm();
  private List<AvailabilityForm.Problem> problems = List.of();
  private List<Conflict> conflicts = List.of();
  private List<DayEffect> effect;
  private List<String> held = List.of();
  private List<Conflict> previewConflicts = List.of();

  public void load() {
    long clinicId =
        clinic == null || clinic.isBlank()
            ? session.getClinics().stream()
                .findFirst()
                .map(ClinicSummary::id)
                .orElseThrow(() -> new NotFoundException("Clinic"))
            : Ids.parse(clinic).orElseThrow(() -> new NotFoundException("Clinic"));
    clinic = Long.toString(clinicId);
    providers = availability.providers(clinicId);
    place =
        session.getClinics().stream()
            .filter(c -> c.id() == clinicId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Clinic"));
    if (provider == null || provider.isBlank()) {
      return;
    }
    CalendarHours hours = availability.hours(calendar());
    chosen = hours.provider();
    telehealthOffered = hours.telehealthOffered();
    today = hours.today().toString();
    form = AvailabilityForm.of(hours.availability());
    conflicts = conflicts(hours.conflicts());
    problems = form.attach(List.of());
  }

  public void addRule(DayOfWeek day) {
    form.addRuleAfterLast(day);
    edited();
  }

  public void removeRule(DayOfWeek day, int index) {
    form.removeRule(day, index);
    edited();
  }

  public void addDate() {
    form.addDate();
    edited();
  }

  public void removeDate(int index) {
    form.removeDate(index);
    edited();
  }

  public void preview() {
    try {
      AvailabilityEffect result = availability.preview(calendar(), form.draft());
      problems = form.attach(List.of());
      ZoneId zone = place.timezone();
      effect =
          result.slots().byDay(zone).stream()
              .map(
                  day ->
                      new DayEffect(
                          DAY.format(day.date()),
                          times(day.added(), zone),
                          times(day.removed(), zone),
                          times(day.modesChanged(), zone)))
              .toList();
      held =
          result.slots().held().stream()
              .map(slot -> ClinicTime.of(slot.start(), zone).text())
              .toList();
      previewConflicts = conflicts(result.conflicts());
    } catch (InvalidAvailabilityException invalid) {
      problems = form.attach(invalid.errors());
      effect = null;
    }
  }

  public void save() {
    try {
      AvailabilityEffect saved = availability.save(calendar(), form.draft());
      SlotPlan slots = saved.slots();
      Messages.addFlashGlobalInfo(
          text(saved.conflicts().isEmpty() ? "availability.saved" : "availability.savedConflicts"),
          slots.addedCount(),
          slots.withdrawn().size(),
          saved.conflicts().size());
      Faces.redirect("clinic/availability.xhtml?clinic=%s&provider=%s", clinic, provider);
    } catch (InvalidAvailabilityException invalid) {
      problems = form.attach(invalid.errors());
      effect = null;
    }
  }

  /** After adding or removing a row, an earlier preview no longer describes the form. */
  private void edited() {
    effect = null;
    problems = form.attach(List.of());
  }

  private CalendarId calendar() {
    return new CalendarId(
        Ids.parse(provider).orElseThrow(() -> notFound()),
        Ids.parse(clinic).orElseThrow(() -> notFound()));
  }

  private static NotFoundException notFound() {
    return new NotFoundException("Calendar");
  }

  private List<Conflict> conflicts(List<BookedConsultation> booked) {
    return booked.stream()
        .map(
            b ->
                new Conflict(
                    b.appointmentId(),
                    b.reference(),
                    ClinicTime.of(b.start(), place.timezone()),
                    b.patientName(),
                    b.mode().name()))
        .toList();
  }

  private static String text(String key) {
    return Faces.getResourceBundle("msg").getString(key);
  }

  private static String times(List<Instant> starts, ZoneId zone) {
    return starts.stream()
        .map(start -> TIME.format(start.atZone(zone)))
        .collect(Collectors.joining(", "));
  }

  public String getClinic() {
    return clinic;
  }

  public void setClinic(String clinic) {
    this.clinic = clinic;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public ClinicSummary getPlace() {
    return place;
  }

  public List<ProviderChoice> getProviders() {
    return providers;
  }

  public ProviderChoice getChosen() {
    return chosen;
  }

  public boolean isTelehealthOffered() {
    return telehealthOffered;
  }

  public String getToday() {
    return today;
  }

  public String getZoneName() {
    return place == null ? "" : ClinicTime.zoneName(place.timezone());
  }

  public AvailabilityForm getForm() {
    return form;
  }

  public List<AvailabilityForm.Problem> getProblems() {
    return problems;
  }

  public List<Conflict> getConflicts() {
    return conflicts;
  }

  /** Null until a preview of the form as it stands. */
  public List<DayEffect> getEffect() {
    return effect;
  }

  public List<String> getHeld() {
    return held;
  }

  public List<Conflict> getPreviewConflicts() {
    return previewConflicts;
  }
}
