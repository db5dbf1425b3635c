package care.lantern.web.appointments;

import care.lantern.platform.entity.Choice;
import care.lantern.platform.entity.InvalidInputException;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentNotChangeableException;
import care.lantern.scheduling.entity.AppointmentStatus;
import care.lantern.scheduling.entity.AppointmentView;
import care.lantern.scheduling.entity.SlotUnavailableException;
import care.lantern.web.book.AppointmentLinkPage;
import care.lantern.web.book.ClinicClock;
import care.lantern.web.book.Fortnight;
import care.lantern.web.book.FreeTimes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
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
public class ManageBacking extends AppointmentLinkPage {

  private static final long serialVersionUID = 1L;

  static final String CANCEL = "cancel";
  static final String RESCHEDULE = "reschedule";

  @Inject private Clock clock;

  private String step;
  private String from;

  private FreeTimes times;
  private String problem;

  @Override
  public void load() {
    super.load();
    if (isRescheduling()) {
      AppointmentView appointment = getAppointment();
      times =
          FreeTimes.of(
              book(),
              appointment.providerId(),
              appointment.clinic().id(),
              Fortnight.from(from, LocalDate.now(clock.withZone(appointment.clinic().timezone()))));
    }
  }

  public void cancel() {
    try {
      AppointmentView cancelled = book().cancel(getAppointment().reference(), getToken());
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
          book().reschedule(getAppointment().reference(), getToken(), slotId, Choice.of(mode));
      ClinicClock clinicClock = new ClinicClock(moved.clinic().timezone(), Faces.getLocale());
      boolean movedLate = moved.lateCancellation() && !getAppointment().lateCancellation();
      Messages.addFlashGlobalInfo(
          text(
              movedLate
                  ? "appointments.manage.rescheduledLate"
                  : "appointments.manage.rescheduled"),
          clinicClock.date(moved.start()),
          clinicClock.time(moved.start()));
      backToOverview(moved);
    } catch (SlotUnavailableException gone) {
      times.taken(book(), gone);
    } catch (AppointmentNotChangeableException notBooked) {
      refused(notBooked.getMessage());
    } catch (InvalidInputException invalid) {
      refused(invalid.getMessage());
    }
  }

  private void backToOverview(AppointmentView changed) {
    Faces.redirect("appointments/manage.xhtml?ref=%s&token=%s", changed.reference(), getToken());
  }

  private void refused(String why) {
    problem = why;
    reload();
  }

  private static String text(String key) {
    return Faces.getResourceBundle("msg").getString(key);
  }

  public boolean isBooked() {
    return getAppointment() != null && getAppointment().status() == AppointmentStatus.BOOKED;
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

  /** The free times to move to, while rescheduling. */
  public FreeTimes getTimes() {
    return times;
  }

  /** Why a change was refused (already cancelled, say), in the boundary's plain words. */
  public String getProblem() {
    return problem;
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
