package care.lantern.scheduling.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
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

  /** The mode a form or JSON body names, in any case; empty when it names none. */
  public static Optional<AppointmentMode> named(String name) {
    String upper = name == null ? "" : name.trim().toUpperCase();
    return Arrays.stream(values()).filter(mode -> mode.name().equals(upper)).findFirst();
  }
}
