package care.lantern.scheduling.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a calendar hands out slots: the one home of the rules about when a slot can be booked. The
 * slot calculation, slot publication, the booking checks and the search's next free time all ask
 * the policy rather than keep their own copy of a rule; a clinic's consultations follow the policy
 * made from its settings ({@code SlotPublisher.consultationsAt}). Where a query must apply a rule
 * in SQL (the search over many clinics), it reads the same clinic columns the policy is made from.
 *
 * <ul>
 *   <li>{@code slotLength}: the real-time length of every slot;
 *   <li>{@code bufferBefore}, {@code bufferAfter}: time that must be free of busy intervals before
 *       and after a new appointment (preparation, notes, room turnover). Busy intervals are taken
 *       as given, so the buffers of the appointment being offered keep it apart from its
 *       neighbours; buffers may reach outside opening hours;
 *   <li>{@code minimumNotice}: how far ahead of now a slot must start;
 *   <li>{@code horizonDays}: how many days past today (in the clinic's zone) can be booked;
 *   <li>{@code slotStep}: the spacing between candidate starts in wall-clock time; shorter than
 *       {@code slotLength} offers overlapping starts (09:00, 09:15, ...), see {@link #of}.
 * </ul>
 */
public record BookingPolicy(
    Duration slotLength,
    Duration bufferBefore,
    Duration bufferAfter,
    Duration minimumNotice,
    int horizonDays,
    Duration slotStep) {

  /**
   * How long a hold keeps a slot away from other patients while one patient completes the booking.
   * Live holds reach {@link care.lantern.scheduling.control.SlotCalculator} as {@link Busy} time.
   */
  public static final Duration HOLD_TIME = Duration.ofMinutes(10);

  public BookingPolicy {
    requirePositive(slotLength, "slotLength");
    requireNotNegative(bufferBefore, "bufferBefore");
    requireNotNegative(bufferAfter, "bufferAfter");
    requireNotNegative(minimumNotice, "minimumNotice");
    requirePositive(slotStep, "slotStep");
    if (horizonDays < 0) {
      throw new IllegalArgumentException("horizonDays must not be negative: " + horizonDays);
    }
  }

  /** The earliest start a patient can book at {@code now}: after the minimum notice. */
  public Instant bookableFrom(Instant now) {
    return now.plus(minimumNotice);
  }

  /**
   * This policy for publishing slots, which are kept from now on: the notice moves with the clock,
   * so it is applied when slots are shown and booked ({@link #bookableFrom}), never by withdrawing
   * published ones (a booked slot inside the notice is still within the hours).
   */
  public BookingPolicy forPublishing() {
    return new BookingPolicy(
        slotLength, bufferBefore, bufferAfter, Duration.ZERO, horizonDays, slotStep);
  }

  /** A policy whose candidate starts follow each other back to back, one slot length apart. */
  public static BookingPolicy of(
      Duration slotLength,
      Duration bufferBefore,
      Duration bufferAfter,
      Duration minimumNotice,
      int horizonDays) {
    return new BookingPolicy(
        slotLength, bufferBefore, bufferAfter, minimumNotice, horizonDays, slotLength);
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + duration);
    }
  }

  private static void requireNotNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + duration);
    }
  }
}
