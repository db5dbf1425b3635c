package care.lantern.scheduling.entity;

/**
 * Fired inside the transaction that booked, moved or cancelled an appointment; observers that talk
 * to the outside world (email) listen AFTER_SUCCESS, so nothing is sent for a rollback. {@code
 * manageToken} is the token the patient used or was just given, for the manage link.
 */
public record AppointmentChanged(AppointmentView appointment, String manageToken, Change change) {

  public enum Change {
    BOOKED,
    RESCHEDULED,
    CANCELLED
  }
}
