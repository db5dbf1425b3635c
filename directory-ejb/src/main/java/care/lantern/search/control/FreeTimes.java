package care.lantern.search.control;

import java.time.Instant;
import java.util.Arrays;

/**
 * One calendar's candidate consultation times, as the search index keeps them: the starts of its
 * slots that are open and clear of the provider's appointments at every clinic (what no clock can
 * change), in order, each with the end of its hold if one was set. Which of them is free then
 * depends only on the time ({@code NextFreeSlots.freeSql}): it starts at or after the clinic's
 * bookable-from and is not under a live hold, so a hold that lapses needs no event. Immutable: a
 * change to the calendar replaces it. Times are microseconds since the epoch, the databases'
 * precision.
 */
final class FreeTimes {

  static final FreeTimes NONE = new FreeTimes(new long[0], null);

  /** No time: a slot not held, or a calendar with no free consultation. */
  static final long NO_TIME = Long.MIN_VALUE;

  private final long[] starts;

  /** The hold's end per start, {@link #NO_TIME} when never held; null when no start was held. */
  private final long[] heldUntil;

  private FreeTimes(long[] starts, long[] heldUntil) {
    this.starts = starts;
    this.heldUntil = heldUntil;
  }

  /** From parallel arrays in any order; {@code heldUntil} holds {@link #NO_TIME} where none. */
  static FreeTimes of(long[] starts, long[] heldUntil, int count) {
    if (count == 0) {
      return NONE;
    }
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(starts[a], starts[b]));
    long[] sortedStarts = new long[count];
    long[] sortedHolds = new long[count];
    boolean anyHeld = false;
    for (int i = 0; i < count; i++) {
      sortedStarts[i] = starts[order[i]];
      sortedHolds[i] = heldUntil[order[i]];
      anyHeld |= sortedHolds[i] != NO_TIME;
    }
    return new FreeTimes(sortedStarts, anyHeld ? sortedHolds : null);
  }

  /**
   * The first start at or after {@code bookableFrom} not under a hold live at {@code now}, or
   * {@link #NO_TIME}.
   */
  long firstFree(long bookableFrom, long now) {
    int i = Arrays.binarySearch(starts, bookableFrom);
    if (i < 0) {
      i = -i - 1;
    } else {
      while (i > 0 && starts[i - 1] == bookableFrom) {
        i--;
      }
    }
    for (; i < starts.length; i++) {
      if (heldUntil == null || heldUntil[i] == NO_TIME || heldUntil[i] <= now) {
        return starts[i];
      }
    }
    return NO_TIME;
  }

  int size() {
    return starts.length;
  }

  static long micros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000);
  }
}
