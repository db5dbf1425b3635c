package care.lantern.web.clinic;

import care.lantern.portal.boundary.PortalDesk;
import care.lantern.portal.entity.AppointmentDetail;
import care.lantern.portal.entity.SharedScreening;
import care.lantern.scheduling.boundary.ClinicCalendar;
import care.lantern.scheduling.entity.AppointmentNotChangeableException;
import care.lantern.scheduling.entity.AppointmentNotStartedException;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.InvalidSessionException;
import care.lantern.scheduling.entity.ProviderChoice;
import care.lantern.scheduling.entity.SessionRequest;
import care.lantern.screening.entity.Instrument;
import care.lantern.web.book.FormErrors;
import care.lantern.web.providers.ClinicTime;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * An appointment for the clinic's staff ({@code /clinic/appointment.xhtml?id}, the reference or the
 * numeric id): the patient, their shared screening and referral, and the actions, each behind a
 * confirmation step of its own address ({@code step=attended|noshow|cancel|session}). Every action
 * is a POST that redirects back here with what happened.
 */
@Named
@RequestScoped
public class AppointmentBacking {

  static final Set<String> STEPS = Set.of("attended", "noshow", "cancel", "session");

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.US);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("h:mm a zzz", Locale.US);
  private static final DateTimeFormatter BORN =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.US);

  /** One screening answer with the question as the patient read it. */
  public record Answer(String question, String answer, int value) {}

  @Inject private ClinicCalendar calendar;

  @Inject private PortalDesk portal;

  // Request parameters rather than view parameters: a POST needs the appointment before its
  // form is decoded (what is rendered, which choices are valid), so it is loaded at construction.
  @Inject @Param private String id;

  @Inject @Param private String step;

  private AppointmentDetail appointment;
  private List<ProviderChoice> providers = List.of();
  private List<AppointmentType> sessionTypes = List.of();

  private String sessionType;
  private String sessionDate;
  private String sessionTime;
  private Long sessionProvider;
  private final FormErrors errors =
      new FormErrors("", Set.of("type", "date", "time", "provider"), "type");

  @PostConstruct
  void load() {
    appointment = portal.appointment(id);
    if (isBookingSession()) {
      sessionChoices();
      if (sessionProvider == null) {
        sessionProvider = appointment.provider().id();
      }
    }
  }

  public void markAttended() {
    act(calendar::markAttended, "staffAppointment.attended");
  }

  public void markNoShow() {
    act(calendar::markNoShow, "staffAppointment.noShowDone");
  }

  public void cancel() {
    act(calendar::cancel, "staffAppointment.cancelled");
  }

  public void bookSession() {
    errors.clear();
    try {
      String booked =
          calendar.bookSession(
              id, new SessionRequest(sessionType, sessionDate, sessionTime, sessionProvider));
      Messages.addFlashGlobalInfo(text("staffAppointment.sessionBooked"), booked);
      Faces.redirect("clinic/appointment.xhtml?id=%s", booked);
    } catch (InvalidSessionException invalid) {
      errors.addAll(invalid.errors());
    }
  }

  private void act(Consumer<String> action, String doneKey) {
    try {
      action.accept(id);
      Messages.addFlashGlobalInfo(text(doneKey));
    } catch (AppointmentNotChangeableException | AppointmentNotStartedException refused) {
      Messages.addFlashGlobalError(refused.getMessage());
    }
    Faces.redirect("clinic/appointment.xhtml?id=%s", id);
  }

  private void sessionChoices() {
    providers = calendar.providers(appointment.clinic().id());
    sessionTypes = calendar.sessionTypes(appointment.clinic().id());
  }

  private static String text(String key) {
    return Faces.getResourceBundle("msg").getString(key);
  }

  private ZoneId zone() {
    return appointment.clinic().timezone();
  }

  /** "Monday 23 November 2026, 9:00 AM EST to 9:45 AM EST". */
  public String getWhen() {
    return DAY.format(appointment.start().atZone(zone()))
        + ", "
        + TIME.format(appointment.start().atZone(zone()))
        + " – "
        + TIME.format(appointment.end().atZone(zone()));
  }

  public String getStartIso() {
    return ClinicTime.of(appointment.start(), zone()).iso();
  }

  public String getBorn() {
    return BORN.format(appointment.dateOfBirth());
  }

  public String getZoneName() {
    return ClinicTime.zoneName(zone());
  }

  public String getScreeningTakenAt() {
    return appointment.screening().map(s -> ClinicTime.of(s.takenAt(), zone()).text()).orElse("");
  }

  /** The shared screening's answers, question by question. */
  public List<Answer> getAnswers() {
    return appointment.screening().map(this::answers).orElse(List.of());
  }

  private List<Answer> answers(SharedScreening screening) {
    Instrument instrument = screening.instrument();
    ResourceBundle wording = ResourceBundle.getBundle(Instrument.BUNDLE, Locale.US);
    List<Integer> values = screening.answers();
    return IntStream.range(0, values.size())
        .mapToObj(
            i ->
                new Answer(
                    wording.getString(instrument.itemKey(i + 1)),
                    wording.getString(instrument.optionKey(values.get(i))),
                    values.get(i)))
        .toList();
  }

  public AppointmentDetail getAppointment() {
    return appointment;
  }

  public boolean isConfirming() {
    return appointment.isBooked() && step != null && STEPS.contains(step) && !isBookingSession();
  }

  public boolean isBookingSession() {
    return "session".equals(step);
  }

  /** Neither a confirmation nor the session form: the actions are offered. */
  public boolean isOverview() {
    return !isConfirming() && !isBookingSession();
  }

  public List<ProviderChoice> getProviders() {
    return providers;
  }

  public List<AppointmentType> getSessionTypes() {
    return sessionTypes;
  }

  public FormErrors getErrors() {
    return errors;
  }

  public String getId() {
    return id;
  }

  public String getStep() {
    return step;
  }

  public String getSessionType() {
    return sessionType;
  }

  public void setSessionType(String sessionType) {
    this.sessionType = sessionType;
  }

  public String getSessionDate() {
    return sessionDate;
  }

  public void setSessionDate(String sessionDate) {
    this.sessionDate = sessionDate;
  }

  public String getSessionTime() {
    return sessionTime;
  }

  public void setSessionTime(String sessionTime) {
    this.sessionTime = sessionTime;
  }

  public Long getSessionProvider() {
    return sessionProvider;
  }

  public void setSessionProvider(Long sessionProvider) {
    this.sessionProvider = sessionProvider;
  }
}
