package care.lantern.scheduling.entity;

import jakarta.ejb.ApplicationException;

/** A cancelled, completed or missed appointment cannot be cancelled or moved again. */
@ApplicationException(rollback = true)
public class AppointmentNotChangeableException extends RuntimeException {

  private final AppointmentStatus status;

  public AppointmentNotChangeableException(AppointmentStatus status) {
    super(
        "This appointment is "
            + status.name().toLowerCase().replace('_', ' ')
            + " and can no longer be changed.",
        null,
        false,
        false);
    this.status = status;
  }

  public AppointmentStatus status() {
    return status;
  }
}
