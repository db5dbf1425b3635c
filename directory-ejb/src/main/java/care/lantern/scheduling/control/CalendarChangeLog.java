package care.lantern.scheduling.control;

import care.lantern.scheduling.entity.CalendarId;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code calendar_change} table: which calendars' free times each committed transaction
 * changed. Written in the changing transaction ({@link SlotChanges}), so a notice is visible
 * exactly when its change is; read, outside any transaction, by every node and web module to keep
 * its in-memory search truthful.
 */
public class CalendarChangeLog {

  /** One notice: calendar {@code calendar} changed in the transaction that wrote row {@code id}. */
  public record Notice(long id, CalendarId calendar) {}

  private final EntityManager em;

  public CalendarChangeLog(EntityManager em) {
    this.em = em;
  }

  /** Notes, in the current transaction, that these calendars' free times changed. */
  public void record(Set<CalendarId> calendars, Instant now) {
    for (CalendarId calendar : calendars) {
      em.createNativeQuery(
              "INSERT INTO calendar_change (provider_id, clinic_id, changed_at) VALUES (?, ?, ?)")
          .setParameter(1, calendar.providerId())
          .setParameter(2, calendar.clinicId())
          .setParameter(3, utc(now))
          .executeUpdate();
    }
  }

  /** The committed notices with an id above {@code afterId}, oldest first, at most {@code max}. */
  public static List<Notice> after(Connection db, long afterId, int max) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT id, provider_id, clinic_id FROM calendar_change WHERE id > ? ORDER BY id"
                + " FETCH FIRST ? ROWS ONLY")) {
      query.setLong(1, afterId);
      query.setInt(2, max);
      List<Notice> notices = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          notices.add(
              new Notice(rows.getLong(1), new CalendarId(rows.getLong(2), rows.getLong(3))));
        }
      }
      return notices;
    }
  }

  /** The highest id written so far, 0 if none. */
  public static long newest(Connection db) throws SQLException {
    try (PreparedStatement query = db.prepareStatement("SELECT MAX(id) FROM calendar_change");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Deletes notices written before {@code before}: every node has long read them. */
  public static int forgetBefore(Connection db, Instant before) throws SQLException {
    try (PreparedStatement delete =
        db.prepareStatement("DELETE FROM calendar_change WHERE changed_at < ?")) {
      delete.setObject(1, utc(before));
      return delete.executeUpdate();
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
