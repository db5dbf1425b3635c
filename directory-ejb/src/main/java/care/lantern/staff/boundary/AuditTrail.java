package care.lantern.staff.boundary;

import care.lantern.staff.entity.AuditAction;
import care.lantern.staff.entity.AuditEvent;
import care.lantern.staff.entity.StaffIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Records a view or change of patient data by staff in the caller's transaction: a change and its
 * audit line are kept together or not at all.
 */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private RequestOrigin origin;

  protected AuditTrail() {}

  /** Outside a container, e.g. in persistence tests. */
  AuditTrail(EntityManager em, Clock clock, RequestOrigin origin) {
    this.em = em;
    this.clock = clock;
    this.origin = origin;
  }

  /** {@code subject} names the record (a reference or id), never the patient. */
  public void record(StaffIdentity staff, long clinicId, AuditAction action, String subject) {
    em.persist(
        new AuditEvent(
            clock.instant(), staff.email(), clinicId, action, subject, origin.address()));
  }
}
