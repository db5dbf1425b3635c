package care.lantern.portal.entity;

import care.lantern.screening.entity.Instrument;
import care.lantern.screening.entity.ScreeningRecord;
import care.lantern.screening.entity.Severity;
import java.time.Instant;
import java.util.List;

/** A screening the patient chose to share with the clinic when booking, answers included. */
public record SharedScreening(
    Instrument instrument,
    String instrumentVersion,
    int score,
    Severity severity,
    boolean urgent,
    Boolean traumaExposure,
    List<Integer> answers,
    Instant takenAt) {

  public static SharedScreening of(ScreeningRecord record) {
    return new SharedScreening(
        record.getInstrument(),
        record.getInstrumentVersion(),
        record.getScore(),
        record.getSeverity(),
        record.isUrgent(),
        record.getTraumaExposure(),
        record.answers(),
        record.createdAt());
  }
}
