package care.lantern.scheduling.control;

import care.lantern.scheduling.entity.CalendarId;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code calendar_change} table: which calendars' free times each committed transaction
 * changed. Written in the changing transaction, so a notice is visible exactly when its change is;
 * read by every node to keep its in-memory search truthful.
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
  public List<Notice> after(long afterId, int max) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, provider_id, clinic_id FROM calendar_change WHERE id > ? ORDER BY id"
                    + " FETCH FIRST ? ROWS ONLY")
            .setParameter(1, afterId)
            .setParameter(2, max)
            .getResultList();
    List<Notice> notices = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      notices.add(
          new Notice(
              ((Number) columns[0]).longValue(),
              new CalendarId(
                  ((Number) columns[1]).longValue(), ((Number) columns[2]).longValue())));
    }
    return notices;
  }

  /** The highest id written so far, 0 if none. */
  public long newest() {
    Object max = em.createNativeQuery("SELECT MAX(id) FROM calendar_change").getSingleResult();
    return max == null ? 0 : ((Number) max).longValue();
  }

  /** Deletes notices written before {@code before}: every node has long read them. */
  public int forgetBefore(Instant before) {
    return em.createNativeQuery("DELETE FROM calendar_change WHERE changed_at < ?")
        .setParameter(1, utc(before))
        .executeUpdate();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
