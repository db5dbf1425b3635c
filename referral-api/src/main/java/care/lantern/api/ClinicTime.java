package care.lantern.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times in the API: ISO-8601 with the offset of the clinic's own zone, e.g.
 * 2026-11-23T14:00:00-05:00.
 */
public final class ClinicTime {

  private ClinicTime() {}

  public static String format(Instant instant, ZoneId clinicZone) {
    return instant.atZone(clinicZone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
