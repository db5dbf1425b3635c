package care.lantern.web.appointments;

import care.lantern.platform.entity.Choice;
import care.lantern.platform.entity.InvalidInputException;
import care.lantern.platform.entity.NotFoundException;
import care.lantern.scheduling.boundary.AppointmentBook;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentNotChangeableException;
import care.lantern.scheduling.entity.AppointmentStatus;
import care.lantern.scheduling.entity.AppointmentView;
import care.lantern.scheduling.entity.SlotUnavailableException;
import care.lantern.web.book.ClinicClock;
import care.lantern.web.book.Fortnight;
import care.lantern.web.book.Timetable;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The manage page ({@code /appointments/manage.xhtml?ref&token}): the appointment and its status,
 * cancelling after a confirmation step ({@code step=cancel}) and moving it to another free time of
 * the same provider and clinic ({@code step=reschedule}). Each step is its own address, so the back
 * button and a reload behave; every change redirects back here with a status message.
 */
@Named
@ViewScoped
public class ManageBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String CANCEL = "cancel";
  static final String RESCHEDULE = "reschedule";

  @Inject private AppointmentBook book;

  @Inject private Clock clock;

  private String ref;
  private String token;
  private String step;
  private String from;

  private AppointmentView appointment;
  private Fortnight fortnight;
  private Timetable timetable = Timetable.empty();
  private Timetable alternatives = Timetable.empty();
  private boolean taken;
  private String problem;

  public void load() {
    try {
      appointment = book.find(ref, token);
    } catch (NotFoundException wrongLink) {
      Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
      return;
    }
    if (isRescheduling()) {
      fortnight =
          Fortnight.from(from, LocalDate.now(clock.withZone(appointment.clinic().timezone())));
      timetable = freeTimes();
    }
  }

  public void cancel() {
    try {
      AppointmentView cancelled = book.cancel(appointment.reference(), token);
      Messages.addFlashGlobalInfo(
          text(
              cancelled.lateCancellation()
                  ? "appointments.manage.cancelledLate"
                  : "appointments.manage.cancelled"));
      backToOverview(cancelled);
    } catch (AppointmentNotChangeableException notBooked) {
      refused(notBooked.getMessage());
    }
  }

  /** Moves the appointment to the chosen time: the old time is freed in the same transaction. */
  public void choose(long slotId, AppointmentMode mode) {
    try {
      AppointmentView moved =
          book.reschedule(appointment.reference(), token, slotId, Choice.of(mode));
      ClinicClock clinicClock = new ClinicClock(moved.clinic().timezone(), Faces.getLocale());
      boolean movedLate = moved.lateCancellation() && !appointment.lateCancellation();
      Messages.addFlashGlobalInfo(
          text(
              movedLate
                  ? "appointments.manage.rescheduledLate"
                  : "appointments.manage.rescheduled"),
          clinicClock.date(moved.start()),
          clinicClock.time(moved.start()));
      backToOverview(moved);
    } catch (SlotUnavailableException gone) {
      taken = true;
      alternatives = Timetable.of(gone.alternatives(), Faces.getLocale());
      timetable = freeTimes();
    } catch (AppointmentNotChangeableException notBooked) {
      refused(notBooked.getMessage());
    } catch (InvalidInputException invalid) {
      refused(invalid.getMessage());
    }
  }

  private void backToOverview(AppointmentView changed) {
    Faces.redirect("appointments/manage.xhtml?ref=%s&token=%s", changed.reference(), token);
  }

  private void refused(String why) {
    problem = why;
    appointment = book.find(appointment.reference(), token);
  }

  private Timetable freeTimes() {
    return Timetable.of(
        book
            .freeSlots(
                appointment.providerId(),
                Optional.of(fortnight.first()),
                Optional.of(fortnight.last()),
                Optional.empty(),
                Optional.empty())
            .stream()
            .filter(slot -> slot.clinicId() == appointment.clinic().id())
            .toList(),
        Faces.getLocale());
  }

  private static String text(String key) {
    return Faces.getResourceBundle("msg").getString(key);
  }

  public AppointmentView getAppointment() {
    return appointment;
  }

  public ClinicClock getClinicClock() {
    return appointment == null
        ? null
        : new ClinicClock(appointment.clinic().timezone(), Faces.getLocale());
  }

  public boolean isBooked() {
    return appointment != null && appointment.status() == AppointmentStatus.BOOKED;
  }

  public boolean isConfirmingCancel() {
    return isBooked() && CANCEL.equals(step);
  }

  public boolean isRescheduling() {
    return isBooked() && RESCHEDULE.equals(step);
  }

  /** Neither step chosen: the overview with both actions. */
  public boolean isOverview() {
    return !isConfirmingCancel() && !isRescheduling();
  }

  public Fortnight getFortnight() {
    return fortnight;
  }

  public Timetable getTimetable() {
    return timetable;
  }

  public Timetable getAlternatives() {
    return alternatives;
  }

  public boolean isTaken() {
    return taken;
  }

  /** Why a change was refused (already cancelled, say), in the boundary's plain words. */
  public String getProblem() {
    return problem;
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }
}
