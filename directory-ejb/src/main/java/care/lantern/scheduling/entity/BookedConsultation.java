package care.lantern.scheduling.entity;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A booked consultation as the clinic's availability page lists a conflict: enough for staff to
 * find the appointment and call the patient.
 */
public record BookedConsultation(
    long appointmentId, String reference, Instant start, AppointmentMode mode, String patientName) {

  /** As the {@code Appointment.bookedConsultationsOf} query reads it. */
  public BookedConsultation(
      Long appointmentId,
      String reference,
      OffsetDateTime start,
      AppointmentMode mode,
      String firstName,
      String lastName) {
    this(appointmentId, reference, start.toInstant(), mode, firstName + " " + lastName);
  }
}
