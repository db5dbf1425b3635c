package care.lantern.scheduling.entity;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Opening hours within one day on the clinic's wall clock, start inclusive and end exclusive. A
 * window cannot run past midnight ({@link LocalTime} has no 24:00); split overnight hours in two.
 */
public record TimeWindow(LocalTime start, LocalTime end) {

  public TimeWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          "A time window must start before it ends: " + start + " to " + end);
    }
  }
}
