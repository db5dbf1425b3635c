package care.lantern.scheduling.entity;

import jakarta.ejb.ApplicationException;

/** Attendance is recorded only once an appointment has started. */
@ApplicationException(rollback = true)
public class AppointmentNotStartedException extends RuntimeException {

  public AppointmentNotStartedException() {
    super(
        "This appointment has not started yet. Mark it attended or missed once it has started.",
        null,
        false,
        false);
  }
}
