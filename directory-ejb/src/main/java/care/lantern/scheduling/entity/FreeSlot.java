package care.lantern.scheduling.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/** A bookable appointment time, start inclusive and end exclusive, in one mode. */
public record FreeSlot(Instant start, Instant end, AppointmentMode mode) {

  public FreeSlot {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(mode, "mode");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          "A slot must start before it ends: " + start + " to " + end);
    }
  }

  /**
   * The start as a person in {@code zone} reads it. The result carries its offset, which tells the
   * two 01:30s of a fall-back night apart.
   */
  public ZonedDateTime startIn(ZoneId zone) {
    return start.atZone(zone);
  }

  public ZonedDateTime endIn(ZoneId zone) {
    return end.atZone(zone);
  }

  public Duration length() {
    return Duration.between(start, end);
  }
}
