package care.lantern.scheduling.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A free slot as a patient picks it: one per mode the slot offers, in the clinic's zone. */
public record SlotView(
    long id, Instant start, Instant end, long clinicId, AppointmentMode mode, ZoneId timezone)
    implements Serializable {

  public ZonedDateTime localStart() {
    return start.atZone(timezone);
  }

  public ZonedDateTime localEnd() {
    return end.atZone(timezone);
  }
}
