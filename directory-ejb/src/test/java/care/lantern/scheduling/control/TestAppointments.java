package care.lantern.scheduling.control;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentStatus;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.AppointmentView;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Appointment views as a patient would see them, for the calendar and email tests. */
final class TestAppointments {

  static final String PATIENT_EMAIL = "jamie.rivera@example.com";

  private TestAppointments() {}

  /** A booked 45-minute consultation at {@code localStart} on the clinic's wall clock. */
  static AppointmentView booked(
      String reference, String zone, LocalDateTime localStart, AppointmentMode mode) {
    ZoneId clinicZone = ZoneId.of(zone);
    var start = localStart.atZone(clinicZone).toInstant();
    return new AppointmentView(
        reference,
        AppointmentStatus.BOOKED,
        start,
        start.plus(Duration.ofMinutes(45)),
        mode,
        7L,
        "Dana Whitfield",
        "MD",
        new ClinicSummary(
            3L,
            "Harbor Mind Clinic",
            "12 Main St",
            "Springfield",
            "NJ",
            "07081",
            clinicZone,
            Duration.ofHours(2)),
        "Jamie",
        PATIENT_EMAIL,
        0,
        false,
        false,
        24,
        false,
        AppointmentType.CONSULTATION);
  }

  /** The same appointment after the patient cancelled it, as the calendar must then show it. */
  static AppointmentView cancelled(AppointmentView booked) {
    return new AppointmentView(
        booked.reference(),
        AppointmentStatus.CANCELLED,
        booked.start(),
        booked.end(),
        booked.mode(),
        booked.providerId(),
        booked.providerName(),
        booked.providerCredentials(),
        booked.clinic(),
        booked.patientFirstName(),
        booked.patientEmail(),
        booked.calendarSequence() + 1,
        false,
        false,
        booked.lateCancellationHours(),
        booked.urgent(),
        booked.type());
  }
}
