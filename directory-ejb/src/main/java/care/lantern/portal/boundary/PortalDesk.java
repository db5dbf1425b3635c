package care.lantern.portal.boundary;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.ClinicSummary;
import care.lantern.platform.entity.ResultPage;
import care.lantern.staff.control.StaffScope;
import care.lantern.staff.entity.AuditEntry;
import care.lantern.staff.entity.AuditEvent;
import care.lantern.staff.entity.StaffIdentity;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;

/** The signed-in member of staff, their clinics, and (for admins) their clinics' audit trail. */
@Stateless
public class PortalDesk {

  public static final int AUDIT_PAGE_SIZE = 50;

  @PersistenceContext private EntityManager em;

  @Inject private StaffScope scope;

  public StaffIdentity me() {
    return scope.current();
  }

  /** The clinics the signed-in member of staff works at, by name. */
  public List<ClinicSummary> myClinics() {
    return scope.current().clinicIds().stream()
        .map(id -> em.find(Clinic.class, id))
        .map(ClinicSummary::of)
        .sorted(Comparator.comparing(ClinicSummary::name))
        .toList();
  }

  /** The audit trail of an admin's clinics, newest first; reading it is not itself patient data. */
  public ResultPage<AuditEntry> auditTrail(int page) {
    StaffIdentity admin = scope.requireAdmin();
    int first = Math.max(0, page) * AUDIT_PAGE_SIZE;
    List<AuditEntry> entries =
        em.createNamedQuery("AuditEvent.forClinics", AuditEvent.class)
            .setParameter("clinics", admin.clinicIds())
            .setFirstResult(first)
            .setMaxResults(AUDIT_PAGE_SIZE)
            .getResultStream()
            .map(AuditEvent::entry)
            .toList();
    long total =
        em.createNamedQuery("AuditEvent.countForClinics", Long.class)
            .setParameter("clinics", admin.clinicIds())
            .getSingleResult();
    return new ResultPage<>(entries, total, Math.max(0, page), AUDIT_PAGE_SIZE);
  }
}
