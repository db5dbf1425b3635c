package care.lantern.screening.control;

import static care.lantern.testing.ConstraintAssertions.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.screening.entity.Instrument;
import care.lantern.screening.entity.Severity;
import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ScreeningTallyMappingIT {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static void count(Instrument instrument, Severity severity, LocalDate day) {
    try (EntityManager em = db.entityManager()) {
      em.getTransaction().begin();
      new ScreeningTally(em).count(instrument, severity, day);
      em.getTransaction().commit();
    }
  }

  private static long counted(Instrument instrument, Severity severity, LocalDate day) {
    try (EntityManager em = db.entityManager()) {
      List<?> rows =
          em.createNativeQuery(
                  "SELECT count FROM screening_tally"
                      + " WHERE instrument = ? AND severity = ? AND tally_date = ?")
              .setParameter(1, instrument.name())
              .setParameter(2, severity.name())
              .setParameter(3, day)
              .getResultList();
      return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }
  }

  @Test
  void firstScreeningOfTheDayStartsTheCountAtOneAndLaterOnesAddToIt() {
    LocalDate day = LocalDate.of(2026, 11, 23);

    count(Instrument.PHQ9, Severity.MODERATE, day);
    count(Instrument.PHQ9, Severity.MODERATE, day);
    count(Instrument.PHQ9, Severity.MODERATE, day);

    assertThat(counted(Instrument.PHQ9, Severity.MODERATE, day)).isEqualTo(3);
  }

  @Test
  void countsEachInstrumentSeverityAndDayApart() {
    LocalDate day = LocalDate.of(2026, 11, 24);

    count(Instrument.GAD7, Severity.MILD, day);
    count(Instrument.GAD7, Severity.SEVERE, day);
    count(Instrument.GAD7, Severity.MILD, day.plusDays(1));

    assertThat(counted(Instrument.GAD7, Severity.MILD, day)).isEqualTo(1);
    assertThat(counted(Instrument.GAD7, Severity.SEVERE, day)).isEqualTo(1);
    assertThat(counted(Instrument.GAD7, Severity.MILD, day.plusDays(1))).isEqualTo(1);
    assertThat(counted(Instrument.PCPTSD5, Severity.POSITIVE, day)).isZero();
  }

  /** What makes counting again after a lost race right: the day's row can exist only once. */
  @Test
  void aSecondRowForTheSameDayIsRejected() {
    LocalDate day = LocalDate.of(2026, 11, 25);
    count(Instrument.PCPTSD5, Severity.NEGATIVE, day);

    try (EntityManager em = db.entityManager()) {
      em.getTransaction().begin();
      var duplicate =
          em.createNativeQuery(
                  "INSERT INTO screening_tally (instrument, severity, tally_date, count)"
                      + " VALUES (?, ?, ?, 1)")
              .setParameter(1, "PCPTSD5")
              .setParameter(2, "NEGATIVE")
              .setParameter(3, day);

      // V30 leaves the primary key unnamed: PostgreSQL calls it screening_tally_pkey, H2 names
      // the table.
      assertViolates("screening_tally", duplicate::executeUpdate);
      em.getTransaction().rollback();
    }
  }
}
