package care.lantern.web.book;

import care.lantern.platform.entity.NotFoundException;
import care.lantern.scheduling.boundary.AppointmentBook;
import care.lantern.scheduling.entity.AppointmentView;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import org.omnifaces.util.Faces;

/**
 * A page the patient opens with their appointment's link ({@code ?ref&token}, from the booking or
 * its email): the appointment, with times on the clinic's clock. A wrong link is a page that does
 * not exist.
 */
public abstract class AppointmentLinkPage implements Serializable {

  private static final long serialVersionUID = 1L;

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

  /** Reads the appointment again, e.g. after a change was refused because it changed meanwhile. */
  protected void reload() {
    appointment = book.find(appointment.reference(), token);
  }

  protected AppointmentBook book() {
    return book;
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
