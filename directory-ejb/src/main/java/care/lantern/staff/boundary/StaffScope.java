package care.lantern.staff.boundary;

import care.lantern.platform.entity.NotFoundException;
import care.lantern.staff.entity.StaffIdentity;
import care.lantern.staff.entity.StaffMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is signed in to the portal and which clinics they may see. Another clinic's data is answered
 * with "not found", exactly as if it did not exist, so that nobody can probe for it.
 */
@RequestScoped
public class StaffScope {

  @Inject private SecurityContext security;

  @PersistenceContext private EntityManager em;

  private StaffIdentity current;

  /** The signed-in member of staff; looked up once a request. */
  public StaffIdentity current() {
    if (current == null) {
      current =
          Optional.ofNullable(security.getCallerPrincipal())
              .map(Principal::getName)
              .flatMap(this::find)
              .orElseThrow(() -> new NotFoundException("Staff member"));
    }
    return current;
  }

  /** The caller, if {@code clinicId} is one of their clinics; otherwise "not found". */
  public StaffIdentity requireClinic(long clinicId) {
    StaffIdentity staff = current();
    if (!staff.belongsTo(clinicId)) {
      throw new NotFoundException("Clinic");
    }
    return staff;
  }

  /** The caller, if they are an admin of their clinics; otherwise "not found". */
  public StaffIdentity requireAdmin() {
    StaffIdentity staff = current();
    if (!staff.isAdmin()) {
      throw new NotFoundException("Page");
    }
    return staff;
  }

  private Optional<StaffIdentity> find(String email) {
    return em.createNamedQuery("StaffMember.byEmail", StaffMember.class)
        .setParameter("email", StaffMember.normalizedEmail(email))
        .getResultStream()
        .findFirst()
        .map(StaffMember::identity);
  }
}
