package care.lantern.portal.boundary;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.ClinicSummary;
import care.lantern.directory.entity.Payer;
import care.lantern.platform.entity.ResultPage;
import care.lantern.portal.entity.AppointmentDetail;
import care.lantern.portal.entity.ReferralOrigin;
import care.lantern.portal.entity.SharedScreening;
import care.lantern.referral.entity.Referral;
import care.lantern.scheduling.boundary.ClinicCalendar;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.screening.entity.ScreeningRecord;
import care.lantern.staff.boundary.StaffScope;
import care.lantern.staff.entity.AuditEntry;
import care.lantern.staff.entity.AuditEvent;
import care.lantern.staff.entity.StaffIdentity;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the clinic portal shows that spans components: the signed-in member of staff and their
 * clinics, an appointment with the screening the patient shared and the referral it was booked for,
 * and (for admins) their clinics' audit trail. Reads only; every change goes through the component
 * that owns the data.
 */
@Stateless
public class PortalDesk {

  public static final int AUDIT_PAGE_SIZE = 50;

  @PersistenceContext private EntityManager em;

  @Inject private StaffScope scope;

  @Inject private ClinicCalendar calendar;

  @Inject private Clock clock;

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

  /**
   * One appointment with the patient's details, by its reference or its numeric id.
   *
   * @throws care.lantern.platform.entity.NotFoundException when there is none, or it is another
   *     clinic's
   */
  public AppointmentDetail appointment(String referenceOrId) {
    return detail(calendar.open(referenceOrId));
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

  private AppointmentDetail detail(Appointment appointment) {
    Optional<SharedScreening> screening =
        em.createNamedQuery("ScreeningRecord.ofAppointment", ScreeningRecord.class)
            .setParameter("appointment", appointment.getId())
            .getResultStream()
            .findFirst()
            .map(SharedScreening::of);
    Optional<ReferralOrigin> referral =
        em.createNamedQuery("Referral.byAppointment", Referral.class)
            .setParameter("reference", appointment.getReference())
            .getResultStream()
            .findFirst()
            .map(ReferralOrigin::of);
    String payer =
        Optional.ofNullable(em.find(Payer.class, appointment.getPayerCode()))
            .map(Payer::getName)
            .orElse(appointment.getPayerCode());
    return AppointmentDetail.of(appointment, payer, clock.instant(), screening, referral);
  }
}
