package care.lantern.scheduling.entity;

/** Where an appointment stands; only BOOKED holds its slot. */
public enum AppointmentStatus {
  BOOKED,
  CANCELLED,
  COMPLETED,
  NO_SHOW
}
