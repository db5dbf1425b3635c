package care.lantern.staff.boundary;

import care.lantern.platform.control.DemoMode;
import care.lantern.staff.control.StaffPasswords;
import care.lantern.staff.entity.StaffIdentity;
import care.lantern.staff.entity.StaffMember;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Checks a member of staff's email and password for the portal's identity store. */
@Stateless
public class StaffSignIn {

  @PersistenceContext private EntityManager em;

  @Inject private StaffPasswords passwords;

  @Inject private DemoMode demoMode;

  /**
   * The member of staff, when the password is theirs and the account may sign in. An unknown email
   * costs the same hashing time as a wrong password, so the answer's timing reveals nothing.
   */
  public Optional<StaffIdentity> verify(String email, char[] password) {
    Optional<StaffMember> member =
        em.createNamedQuery("StaffMember.byEmail", StaffMember.class)
            .setParameter("email", StaffMember.normalizedEmail(email))
            .getResultStream()
            .findFirst();
    boolean matches = passwords.verify(password, member.map(StaffMember::getPasswordHash));
    return member.filter(m -> matches && m.maySignIn(demoMode.isOn())).map(StaffMember::identity);
  }
}
