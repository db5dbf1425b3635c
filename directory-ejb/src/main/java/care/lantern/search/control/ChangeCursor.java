package care.lantern.search.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far a node has read the {@code calendar_change} notices. Their ids are taken when a
 * transaction writes, not when it commits, so a lower id can become visible after a higher one: an
 * id skipped over is a gap, read again on every poll until it appears or, after {@code patience}
 * (longer than any transaction that changes slots runs), is taken to belong to a transaction that
 * rolled back. Not thread-safe: one poller owns it.
 */
final class ChangeCursor {

  private final Duration patience;

  /** Every id up to this one has been applied or is a gap. */
  private long highest;

  /** Ids below {@link #highest} not seen yet, with when each was first missed. */
  private final TreeMap<Long, Instant> gaps = new TreeMap<>();

  ChangeCursor(long highest, Duration patience) {
    this.highest = highest;
    this.patience = patience;
  }

  /** Read the notices with ids above this one. */
  long readAfter() {
    return gaps.isEmpty() ? highest : gaps.firstKey() - 1;
  }

  /**
   * Takes a notice read at {@code now}, in ascending id order. True when it was not applied before
   * (its id is new or fills a gap); ids in between that were skipped become gaps.
   */
  boolean accept(long id, Instant now) {
    if (id <= highest) {
      return gaps.remove(id) != null;
    }
    for (long skipped = highest + 1; skipped < id; skipped++) {
      gaps.put(skipped, now);
    }
    highest = id;
    return true;
  }

  /** Forgets gaps missed for longer than the patience: their transactions rolled back. */
  void giveUpOn(Instant now) {
    Instant cutoff = now.minus(patience);
    gaps.values().removeIf(missedAt -> missedAt.isBefore(cutoff));
  }

  /** The ids still awaited. */
  Map<Long, Instant> gaps() {
    return Map.copyOf(gaps);
  }
}
