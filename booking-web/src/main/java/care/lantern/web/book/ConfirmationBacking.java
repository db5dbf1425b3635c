package care.lantern.web.book;

import care.lantern.platform.entity.NotFoundException;
import care.lantern.scheduling.boundary.AppointmentBook;
import care.lantern.scheduling.entity.AppointmentView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Faces;

/**
 * "You're booked" ({@code /book/confirmation.xhtml?ref&token}): the reference, the time on the
 * clinic's clock, the calendar file and the manage link. A wrong token is a page that does not
 * exist.
 */
@Named
@RequestScoped
public class ConfirmationBacking {

  @Inject private AppointmentBook book;

  private String ref;
  private String token;
  private AppointmentView appointment;

  public void load() {
    try {
      appointment = book.find(ref, token);
    } catch (NotFoundException wrongLink) {
      Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
    }
  }

  public AppointmentView getAppointment() {
    return appointment;
  }

  public ClinicClock getClinicClock() {
    return appointment == null
        ? null
        : new ClinicClock(appointment.clinic().timezone(), Faces.getLocale());
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
}
