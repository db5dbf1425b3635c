package care.lantern.scheduling.entity;

import static care.lantern.scheduling.entity.AppointmentMode.IN_PERSON;
import static care.lantern.scheduling.entity.AppointmentMode.TELEHEALTH;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an appointment is for. Only a consultation is booked by patients themselves; treatments
 * follow a psychiatric evaluation and are scheduled by the clinic.
 */
public enum AppointmentType {
  /** Psychiatric evaluation, the entry point to every treatment. */
  CONSULTATION("consultation", "CONSULTATION", 45, false, true, EnumSet.of(IN_PERSON, TELEHEALTH)),
  /** First TMS visit: finding the motor threshold and the treatment spot. */
  TMS_MAPPING("TMS mapping session", "TMS", 60, false, false, EnumSet.of(IN_PERSON)),
  /** One of the daily TMS treatment sessions. */
  TMS_SESSION("TMS session", "TMS", 20, false, false, EnumSet.of(IN_PERSON)),
  /** Esketamine nasal spray; the patient is observed in a monitoring chair for at least 2 hours. */
  SPRAVATO("Spravato session", "SPRAVATO", 120, true, false, EnumSet.of(IN_PERSON)),
  /** 40 minutes of infusion followed by 60 minutes of recovery, both in a monitoring chair. */
  KETAMINE_IV("ketamine infusion", "KETAMINE_IV", 40 + 60, true, false, EnumSet.of(IN_PERSON));

  private final String noun;
  private final String treatmentCode;
  private final Duration duration;
  private final boolean usesMonitoringChair;
  private final boolean patientBookable;
  private final Set<AppointmentMode> modes;

  AppointmentType(
      String noun,
      String treatmentCode,
      int minutes,
      boolean usesMonitoringChair,
      boolean patientBookable,
      Set<AppointmentMode> modes) {
    this.noun = noun;
    this.treatmentCode = treatmentCode;
    this.duration = Duration.ofMinutes(minutes);
    this.usesMonitoringChair = usesMonitoringChair;
    this.patientBookable = patientBookable;
    this.modes = Set.copyOf(modes);
  }

  /** What a patient calls it within a sentence: "your TMS session", "your consultation". */
  public String noun() {
    return noun;
  }

  /** The code of the directory's treatment this appointment belongs to. */
  public String treatmentCode() {
    return treatmentCode;
  }

  /** How long the appointment lasts; for chair types, also how long it occupies the chair. */
  public Duration duration() {
    return duration;
  }

  public boolean usesMonitoringChair() {
    return usesMonitoringChair;
  }

  public boolean patientBookable() {
    return patientBookable;
  }

  public Set<AppointmentMode> modes() {
    return modes;
  }

  public boolean offers(AppointmentMode mode) {
    return modes.contains(mode);
  }
}
