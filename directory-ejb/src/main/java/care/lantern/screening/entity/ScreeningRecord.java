package care.lantern.screening.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A screening a patient chose to share with the clinic of an appointment they booked: the only way
 * answers are ever stored. Keeps the answers and the instrument version, so the clinic can see
 * exactly what was asked and answered, and the scoring can be checked later.
 */
@Entity
@Table(name = "screening_record")
@NamedQuery(
    name = "ScreeningRecord.ofAppointment",
    query = "SELECT r FROM ScreeningRecord r WHERE r.appointmentId = :appointment")
public class ScreeningRecord {

  private static final String ANSWER_SEPARATOR = ",";

  /** The screening's own id, as the patient's result page and the booking knew it. */
  @Id private String id;

  @Column(name = "appointment_id")
  private Long appointmentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Instrument instrument;

  @Column(name = "instrument_version", nullable = false)
  private String instrumentVersion;

  /** The answers in item order, comma-separated: {@code 1,0,2,3,0,1,0,0,1}. */
  @Column(nullable = false)
  private String answers;

  @Column(name = "trauma_exposure")
  private Boolean traumaExposure;

  @Column(nullable = false)
  private int score;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Severity severity;

  @Column(nullable = false)
  private boolean urgent;

  /**
   * When the screening was taken, which may be up to two hours before the booking. Mapped as an
   * offset date-time in UTC, which both H2 and PostgreSQL bind to TIMESTAMP WITH TIME ZONE.
   */
  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected ScreeningRecord() {}

  /** The record of {@code screening} shared with the clinic of {@code appointmentId}. */
  public static ScreeningRecord of(TakenScreening screening, long appointmentId) {
    ScreeningRecord record = new ScreeningRecord();
    ScreeningOutcome outcome = screening.outcome();
    record.id = screening.id();
    record.appointmentId = appointmentId;
    record.instrument = outcome.instrument();
    record.instrumentVersion = outcome.instrumentVersion();
    record.answers =
        screening.answers().stream()
            .map(String::valueOf)
            .collect(Collectors.joining(ANSWER_SEPARATOR));
    record.traumaExposure = screening.traumaExposure();
    record.score = outcome.score();
    record.severity = outcome.severity();
    record.urgent = outcome.urgent();
    record.createdAt = screening.takenAt().atOffset(ZoneOffset.UTC);
    return record;
  }

  /**
   * Shares the screening with another appointment instead: one screening belongs to the latest
   * booking made with it, whose clinic is the one that will see the patient.
   */
  public void attachTo(long appointmentId) {
    this.appointmentId = appointmentId;
  }

  public String getId() {
    return id;
  }

  public Long getAppointmentId() {
    return appointmentId;
  }

  public Instrument getInstrument() {
    return instrument;
  }

  public String getInstrumentVersion() {
    return instrumentVersion;
  }

  public List<Integer> answers() {
    if (answers.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(answers.split(ANSWER_SEPARATOR)).map(Integer::valueOf).toList();
  }

  public Boolean getTraumaExposure() {
    return traumaExposure;
  }

  public int getScore() {
    return score;
  }

  public Severity getSeverity() {
    return severity;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }
}
