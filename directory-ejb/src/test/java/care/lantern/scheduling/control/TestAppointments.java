package care.lantern.scheduling.control;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentStatus;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.AppointmentView;
import care.lantern.scheduling.entity.BookingSource;
import care.lantern.scheduling.entity.PatientDetails;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Appointment views as a patient would see them, for the calendar and email tests, and what a
 * patient asks for when booking, for the persistence tests.
 */
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

  /** An in-person, self-pay consultation for an invented adult patient. */
  static Appointment.Booking booking() {
    List<FieldError> errors = new ArrayList<>();
    PatientDetails patient =
        PatientDetails.validated(
            new PatientDetails.Input(
                "Alex", "Rivera", "alex@example.com", "(555) 010-0199", "1980-04-27", "10001"),
            LocalDate.of(2026, 11, 23),
            "",
            errors);
    return new Appointment.Booking(
        AppointmentMode.IN_PERSON,
        patient,
        "SELF_PAY",
        "Reason",
        BookingSource.SEARCH,
        Optional.empty(),
        false);
  }
}
