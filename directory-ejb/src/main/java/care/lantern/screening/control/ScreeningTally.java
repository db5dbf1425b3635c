package care.lantern.screening.control;

import care.lantern.screening.entity.Instrument;
import care.lantern.screening.entity.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * Counts screenings per instrument, severity and day: the only trace an anonymous screening leaves
 * in the database. Each count runs in its own short transaction, so a failed first insert of the
 * day (two screenings racing to create the same row) never spoils the caller's transaction, and the
 * caller can simply count again. The caller must hold no database connection meanwhile (be in no
 * transaction that has used one): waiting for a second connection while holding one starves the
 * pool under concurrent screenings.
 */
@ApplicationScoped
public class ScreeningTally {

  @PersistenceContext private EntityManager em;

  protected ScreeningTally() {}

  /** For the persistence tests, with a resource-local entity manager in a transaction. */
  ScreeningTally(EntityManager em) {
    this.em = em;
  }

  /**
   * Adds one to the day's count, creating the row at 1 if it is the day's first. Plain UPDATE then
   * INSERT, which H2 and PostgreSQL run alike.
   *
   * @throws jakarta.persistence.PersistenceException when another transaction created the row
   *     between the two statements; counting again then updates it
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void count(Instrument instrument, Severity severity, LocalDate day) {
    int updated =
        em.createNativeQuery(
                "UPDATE screening_tally SET count = count + 1"
                    + " WHERE instrument = ? AND severity = ? AND tally_date = ?")
            .setParameter(1, instrument.name())
            .setParameter(2, severity.name())
            .setParameter(3, day)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO screening_tally (instrument, severity, tally_date, count)"
                  + " VALUES (?, ?, ?, 1)")
          .setParameter(1, instrument.name())
          .setParameter(2, severity.name())
          .setParameter(3, day)
          .executeUpdate();
    }
  }
}
