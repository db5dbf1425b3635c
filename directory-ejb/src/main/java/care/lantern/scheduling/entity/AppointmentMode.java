package care.lantern.scheduling.entity;

/** Where the patient and the clinician meet. */
public enum AppointmentMode {
  IN_PERSON,
  TELEHEALTH
}
