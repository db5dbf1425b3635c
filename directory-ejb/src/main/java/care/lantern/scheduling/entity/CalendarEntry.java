package care.lantern.scheduling.entity;

import java.time.Instant;
import java.util.Optional;

/**
 * A period on a provider's calendar: an appointment, or a slot a patient holds right now while they
 * fill in the booking form (a hold has no appointment yet).
 */
public record CalendarEntry(
    Instant start,
    Instant end,
    ProviderChoice provider,
    Optional<Booked> appointment,
    Optional<Instant> heldUntil) {

  /** What the calendar shows of an appointment; the rest is on its own page. */
  public record Booked(
      String reference,
      AppointmentType type,
      AppointmentStatus status,
      boolean urgent,
      String patientName) {}

  public static CalendarEntry booked(
      Instant start, Instant end, ProviderChoice provider, Booked appointment) {
    return new CalendarEntry(start, end, provider, Optional.of(appointment), Optional.empty());
  }

  public static CalendarEntry held(
      Instant start, Instant end, ProviderChoice provider, Instant until) {
    return new CalendarEntry(start, end, provider, Optional.empty(), Optional.of(until));
  }
}
