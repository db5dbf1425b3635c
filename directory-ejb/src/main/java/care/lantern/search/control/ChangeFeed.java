package care.lantern.search.control;

import care.lantern.scheduling.control.CalendarChangeLog;
import care.lantern.scheduling.control.CalendarChangeLog.Notice;
import care.lantern.scheduling.entity.CalendarId;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One node's reading of the calendar change notices that every transaction changing free times
 * writes ({@link CalendarChangeLog}): each read names the calendars to load anew since the last.
 * The same table serves the other web module on this node and every other node, on H2 and
 * PostgreSQL alike. A node that has not read successfully for a while cannot know what changed
 * meanwhile: {@link #isCurrent} says so, and the search then asks the database instead.
 */
final class ChangeFeed {

  /** More notices than this at once (say, the nightly publication) and everything is reloaded. */
  static final int MOST_AT_ONCE = 5_000;

  /**
   * Read again on start: a transaction that took its id before start and commits after is read
   * rather than skipped. Reloading a calendar twice does no harm.
   */
  static final int READ_AGAIN_ON_START = 1_000;

  /** Longer than any transaction that changes slots: a gap older than this rolled back. */
  static final Duration PATIENCE = Duration.ofMinutes(2);

  private final ChangeCursor cursor;

  private volatile Instant lastRead;

  private ChangeFeed(ChangeCursor cursor, Instant startedAt) {
    this.cursor = cursor;
    this.lastRead = startedAt;
  }

  /**
   * A feed that starts reading at what {@code log} holds now; build the in-memory state after this,
   * so that no change committed in between is missed.
   */
  static ChangeFeed startingNow(Connection db, Instant now) throws SQLException {
    long from = Math.max(0, CalendarChangeLog.newest(db) - READ_AGAIN_ON_START);
    return new ChangeFeed(new ChangeCursor(from, PATIENCE), now);
  }

  /**
   * The calendars changed by the notices committed since the last read; empty when nothing was, or
   * {@code Optional.empty()} when so many changed that everything should be reloaded.
   */
  Optional<Set<CalendarId>> read(Connection db, Instant now) throws SQLException {
    List<Notice> notices = CalendarChangeLog.after(db, cursor.readAfter(), MOST_AT_ONCE + 1);
    Set<CalendarId> changed = new HashSet<>();
    for (Notice notice : notices) {
      if (cursor.accept(notice.id(), now)) {
        changed.add(notice.calendar());
      }
    }
    cursor.giveUpOn(now);
    lastRead = now;
    return notices.size() > MOST_AT_ONCE ? Optional.empty() : Optional.of(changed);
  }

  /** Whether the last successful read was at most {@code tolerance} before {@code now}. */
  boolean isCurrent(Instant now, Duration tolerance) {
    return !lastRead.plus(tolerance).isBefore(now);
  }

  /** How long before {@code now} the last successful read was. */
  Duration unreadFor(Instant now) {
    return Duration.between(lastRead, now);
  }
}
