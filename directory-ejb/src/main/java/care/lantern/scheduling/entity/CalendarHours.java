package care.lantern.scheduling.entity;

import care.lantern.directory.entity.ClinicSummary;
import java.time.LocalDate;
import java.util.List;

/**
 * A provider's availability at one clinic as the portal shows it: the stored hours, and the booked
 * consultations already outside them (conflicts still to resolve).
 *
 * @param today the clinic's date, the first a date override can change
 */
public record CalendarHours(
    ClinicSummary clinic,
    ProviderChoice provider,
    boolean telehealthOffered,
    Availability availability,
    List<BookedConsultation> conflicts,
    LocalDate today) {

  public CalendarHours {
    conflicts = List.copyOf(conflicts);
  }
}
