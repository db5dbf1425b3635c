package care.lantern.scheduling.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where the patient and the clinician meet. */
public enum AppointmentMode {
  IN_PERSON,
  TELEHEALTH;

  /** The modes stored as two flags (tables keep one boolean column per mode), in-person first. */
  public static Set<AppointmentMode> of(boolean inPerson, boolean telehealth) {
    Set<AppointmentMode> modes = EnumSet.noneOf(AppointmentMode.class);
    if (inPerson) {
      modes.add(IN_PERSON);
    }
    if (telehealth) {
      modes.add(TELEHEALTH);
    }
    return modes;
  }
}
