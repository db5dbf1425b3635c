package care.lantern.web.book;

import care.lantern.web.providers.ClinicTime;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as a patient reads them: on the clinic's wall clock and always with the zone's
 * abbreviation, so that 1:30 PM EST cannot be mistaken for the patient's own 1:30 PM, and the
 * repeated hour when clocks fall back shows as EDT or EST.
 */
public record ClinicClock(ZoneId zone, Locale locale) implements Serializable {

  /** "2:00 PM EST". */
  public String time(Instant instant) {
    return format(instant, "h:mm a z");
  }

  /** "Tuesday, March 3". */
  public String day(Instant instant) {
    return format(instant, "EEEE, MMMM d");
  }

  /** "Tuesday, March 3". */
  public String day(LocalDate date) {
    return DateTimeFormatter.ofPattern("EEEE, MMMM d", locale).format(date);
  }

  /** "Tuesday, March 3, 2026". */
  public String date(Instant instant) {
    return format(instant, "EEEE, MMMM d, yyyy");
  }

  /** "Eastern Time (America/New_York)", named as the provider pages name it. */
  public String zoneName() {
    return ClinicTime.zoneName(zone);
  }

  public LocalDate localDate(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  private String format(Instant instant, String pattern) {
    return DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(zone));
  }
}
