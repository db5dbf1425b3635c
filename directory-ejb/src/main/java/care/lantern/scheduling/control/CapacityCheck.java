package care.lantern.scheduling.control;

import care.lantern.scheduling.entity.Busy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Guards a resource several patients share at once, such as a clinic's Spravato and ketamine
 * monitoring chairs: the capacity is how many units exist (chairs), the bookings are what already
 * occupies them.
 */
@ApplicationScoped
public class CapacityCheck {

  /**
   * Whether one more booking of {@code [start, end)} fits: at every instant of it fewer than {@code
   * capacity} existing bookings overlap. Bookings that merely touch (one ends as the other starts)
   * do not overlap.
   */
  public boolean fits(Instant start, Instant end, int capacity, List<Busy> sameResourceBookings) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          "A booking must start before it ends: " + start + " to " + end);
    }
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative: " + capacity);
    }
    List<Busy> overlapping =
        Objects.requireNonNull(sameResourceBookings, "sameResourceBookings").stream()
            .filter(booking -> booking.overlaps(start, end))
            .toList();
    // Occupancy only rises where a booking starts, so its peak within the requested interval is
    // reached at the requested start or at a booking start inside it.
    return Stream.concat(
            Stream.of(start), overlapping.stream().map(Busy::start).filter(s -> s.isAfter(start)))
        .allMatch(instant -> occupancyAt(instant, overlapping) < capacity);
  }

  private static long occupancyAt(Instant instant, List<Busy> bookings) {
    return bookings.stream()
        .filter(b -> !b.start().isAfter(instant) && b.end().isAfter(instant))
        .count();
  }
}
