package care.lantern.screening.entity;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ScreeningRecordMappingIT {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static TakenScreening phq9(String id) {
    Instrument phq9 = Instrument.PHQ9;
    return new TakenScreening(
        id,
        Instant.parse("2026-11-23T14:05:30Z"),
        List.of(3, 3, 2, 2, 1, 1, 0, 0, 1),
        null,
        "10001",
        "AETNA",
        2,
        false,
        new ScreeningOutcome(
            phq9, phq9.version(), 13, 27, Severity.MODERATE, true, true, List.of("note")));
  }

  private static void persist(ScreeningRecord record) {
    try (EntityManager em = db.entityManager()) {
      em.getTransaction().begin();
      em.persist(record);
      em.getTransaction().commit();
    }
  }

  @Test
  void storesTheSharedScreeningWithItsAnswersAndVersion() {
    String id = "0b6f3c1e-7a0d-4d6e-8f61-2a9e3c4b5d01";
    persist(ScreeningRecord.of(phq9(id), 4711));

    try (EntityManager em = db.entityManager()) {
      ScreeningRecord found = em.find(ScreeningRecord.class, id);

      assertThat(found.getAppointmentId()).isEqualTo(4711L);
      assertThat(found.getInstrument()).isEqualTo(Instrument.PHQ9);
      assertThat(found.getInstrumentVersion()).isEqualTo("PHQ-9 (Kroenke 2001)");
      assertThat(found.answers()).containsExactly(3, 3, 2, 2, 1, 1, 0, 0, 1);
      assertThat(found.getScore()).isEqualTo(13);
      assertThat(found.getSeverity()).isEqualTo(Severity.MODERATE);
      assertThat(found.isUrgent()).isTrue();
      assertThat(found.getTraumaExposure()).isNull();
      assertThat(found.createdAt()).isEqualTo(Instant.parse("2026-11-23T14:05:30Z"));
    }
  }

  @Test
  void storesAPtsdScreenAfterANoToTheTraumaQuestionWithoutAnswers() {
    String id = "0b6f3c1e-7a0d-4d6e-8f61-2a9e3c4b5d02";
    Instrument pcPtsd5 = Instrument.PCPTSD5;
    TakenScreening noExposure =
        new TakenScreening(
            id,
            Instant.parse("2026-11-23T15:00:00Z"),
            List.of(),
            false,
            null,
            null,
            0,
            false,
            new ScreeningOutcome(
                pcPtsd5, pcPtsd5.version(), 0, 5, Severity.NEGATIVE, false, false, List.of("n")));
    persist(ScreeningRecord.of(noExposure, 4712));

    try (EntityManager em = db.entityManager()) {
      ScreeningRecord found = em.find(ScreeningRecord.class, id);

      assertThat(found.answers()).isEmpty();
      assertThat(found.getTraumaExposure()).isFalse();
      assertThat(found.getSeverity()).isEqualTo(Severity.NEGATIVE);
    }
  }

  @Test
  void movesToTheLatestAppointmentBookedWithIt() {
    String id = "0b6f3c1e-7a0d-4d6e-8f61-2a9e3c4b5d03";
    persist(ScreeningRecord.of(phq9(id), 1));

    try (EntityManager em = db.entityManager()) {
      em.getTransaction().begin();
      em.find(ScreeningRecord.class, id).attachTo(2);
      em.getTransaction().commit();
    }

    try (EntityManager em = db.entityManager()) {
      assertThat(em.find(ScreeningRecord.class, id).getAppointmentId()).isEqualTo(2L);
    }
  }
}
