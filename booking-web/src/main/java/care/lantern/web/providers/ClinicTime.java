package care.lantern.web.providers;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A moment as a clinic's wall clock shows it, because that is where the patient will be: {@code
 * text} for people ("Mon 23 Nov, 2:00 PM EST"), {@code iso} for a {@code <time datetime>}.
 */
public record ClinicTime(String text, String iso) implements Serializable {

  private static final DateTimeFormatter TEXT =
      DateTimeFormatter.ofPattern("EEE d MMM, h:mm a zzz", Locale.US);

  public static ClinicTime of(Instant instant, ZoneId zone) {
    var local = instant.atZone(zone);
    return new ClinicTime(TEXT.format(local), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local));
  }

  /** A time zone as people name it, with its IANA id: "Eastern Time (America/New_York)". */
  public static String zoneName(ZoneId zone) {
    return zone.getDisplayName(TextStyle.FULL_STANDALONE, Locale.US) + " (" + zone.getId() + ")";
  }
}
