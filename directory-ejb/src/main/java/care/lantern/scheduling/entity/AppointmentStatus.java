package care.lantern.scheduling.entity;

import java.util.Set;

/** Where an appointment stands; only BOOKED holds its slot. */
public enum AppointmentStatus {
  BOOKED,
  CANCELLED,
  COMPLETED,
  NO_SHOW;

  /** The statuses in which an appointment took or takes up its provider's time and chair. */
  public static Set<AppointmentStatus> occupying() {
    return Set.of(BOOKED, COMPLETED);
  }
}
