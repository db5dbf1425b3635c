package care.lantern.scheduling.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * Time that is already taken, start inclusive and end exclusive: an existing appointment, a live
 * hold, or one booking of a shared resource.
 */
public record Busy(Instant start, Instant end) {

  public Busy {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          "Busy time must start before it ends: " + start + " to " + end);
    }
  }

  /** Whether this busy time shares at least one instant with {@code [from, to)}. */
  public boolean overlaps(Instant from, Instant to) {
    return start.isBefore(to) && from.isBefore(end);
  }
}
