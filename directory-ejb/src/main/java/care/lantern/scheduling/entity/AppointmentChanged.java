package care.lantern.scheduling.entity;

import java.util.Optional;

/**
 * Fired inside the transaction that booked, moved, cancelled or closed an appointment; observers
 * that talk to the outside world (email) listen AFTER_SUCCESS, so nothing is sent for a rollback.
 * {@code manageToken} is the token the patient used or was just given, for the manage link; it is
 * null when the clinic made the change, as the clinic never holds the patient's token.
 */
public record AppointmentChanged(AppointmentView appointment, String manageToken, Change change) {

  public enum Change {
    BOOKED,
    RESCHEDULED,
    /** The patient cancelled from the manage link. */
    CANCELLED,
    CANCELLED_BY_CLINIC,
    ATTENDED,
    NO_SHOW;

    /** Whether the patient is emailed about it: a visit they attended or missed is not news. */
    public boolean tellsPatient() {
      return this != ATTENDED && this != NO_SHOW;
    }
  }

  /** A change made by the clinic's staff. */
  public static AppointmentChanged byClinic(AppointmentView appointment, Change change) {
    return new AppointmentChanged(appointment, null, change);
  }

  public Optional<String> patientToken() {
    return Optional.ofNullable(manageToken);
  }
}
