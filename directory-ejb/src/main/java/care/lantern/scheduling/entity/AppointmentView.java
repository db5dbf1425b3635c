package care.lantern.scheduling.entity;

import care.lantern.directory.entity.ClinicSummary;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * An appointment as its patient sees it (on the manage page, in the API and in the email). Only the
 * patient's first name is carried: the rest of their details stay in the database.
 */
public record AppointmentView(
    String reference,
    AppointmentStatus status,
    Instant start,
    Instant end,
    AppointmentMode mode,
    long providerId,
    String providerName,
    String providerCredentials,
    ClinicSummary clinic,
    String patientFirstName,
    String patientEmail,
    int calendarSequence,
    boolean lateCancellation,
    boolean inLateCancellationWindow,
    int lateCancellationHours,
    boolean urgent,
    AppointmentType type)
    implements Serializable {

  public static AppointmentView of(Appointment a, Instant now) {
    return new AppointmentView(
        a.getReference(),
        a.getStatus(),
        a.start(),
        a.end(),
        a.getMode(),
        a.getProvider().getId(),
        a.getProvider().getName(),
        a.getProvider().getCredentials(),
        ClinicSummary.of(a.getClinic()),
        a.getPatient().getFirstName(),
        a.getPatient().getEmail(),
        a.getCalendarSequence(),
        a.isLateCancellation(),
        a.isInLateCancellationWindow(now),
        a.getClinic().getLateCancellationHours(),
        a.isUrgent(),
        a.getType());
  }

  public ZonedDateTime localStart() {
    return start.atZone(clinic.timezone());
  }

  public ZonedDateTime localEnd() {
    return end.atZone(clinic.timezone());
  }
}
