package care.lantern.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One view or change of patient data by a member of staff: who, what, when and from where. Every
 * column is fixed at insert ({@code updatable = false}) and nothing in the application deletes a
 * row, so the trail cannot be edited from the application. {@code subject} names the record (an
 * appointment's reference, a referral's id), never the patient.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = "AuditEvent.forClinics",
    query =
        "SELECT e FROM AuditEvent e WHERE e.clinicId IN :clinics"
            + " ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(
    name = "AuditEvent.countForClinics",
    query = "SELECT COUNT(e) FROM AuditEvent e WHERE e.clinicId IN :clinics")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  @Column(updatable = false)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "clinic_id", nullable = false, updatable = false)
  private long clinicId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AuditAction action;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(updatable = false)
  private String origin;

  protected AuditEvent() {}

  public AuditEvent(
      Instant at, String actor, long clinicId, AuditAction action, String subject, String origin) {
    this.occurredAt = at.atOffset(ZoneOffset.UTC);
    this.actor = actor;
    this.clinicId = clinicId;
    this.action = action;
    this.subject = subject;
    this.origin = origin;
  }

  public AuditEntry entry() {
    return new AuditEntry(occurredAt.toInstant(), actor, clinicId, action, subject, origin);
  }
}
