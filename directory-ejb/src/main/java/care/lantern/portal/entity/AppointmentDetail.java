package care.lantern.portal.entity;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentStatus;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.BookingSource;
import care.lantern.scheduling.entity.PatientDetails;
import care.lantern.scheduling.entity.ProviderChoice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An appointment as the clinic's staff see it: the patient's details, the screening they shared,
 * and the referral it was booked for. {@code started} says whether attendance can be recorded.
 */
public record AppointmentDetail(
    long id,
    String reference,
    ClinicSummary clinic,
    ProviderChoice provider,
    AppointmentType type,
    AppointmentMode mode,
    AppointmentStatus status,
    Instant start,
    Instant end,
    boolean started,
    boolean urgent,
    boolean lateCancellation,
    String firstName,
    String lastName,
    LocalDate dateOfBirth,
    String email,
    String phone,
    String zip,
    String payer,
    String reason,
    BookingSource source,
    Optional<SharedScreening> screening,
    Optional<ReferralOrigin> referral) {

  public static AppointmentDetail of(
      Appointment a,
      String payerName,
      Instant now,
      Optional<SharedScreening> screening,
      Optional<ReferralOrigin> referral) {
    PatientDetails patient = a.getPatient();
    return new AppointmentDetail(
        a.getId(),
        a.getReference(),
        ClinicSummary.of(a.getClinic()),
        new ProviderChoice(a.getProvider().getId(), a.getProvider().getName()),
        a.getType(),
        a.getMode(),
        a.getStatus(),
        a.start(),
        a.end(),
        a.hasStarted(now),
        a.isUrgent(),
        a.isLateCancellation(),
        patient.getFirstName(),
        patient.getLastName(),
        patient.getDateOfBirth(),
        patient.getEmail(),
        patient.getPhone(),
        patient.getZip(),
        payerName,
        a.getReason(),
        a.getSource(),
        screening,
        referral);
  }

  public boolean isBooked() {
    return status == AppointmentStatus.BOOKED;
  }
}
