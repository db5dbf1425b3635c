package care.lantern.staff.boundary;

import care.lantern.directory.entity.Clinic;
import care.lantern.platform.entity.FieldError;
import care.lantern.staff.control.StaffPasswords;
import care.lantern.staff.entity.InvalidStaffInputException;
import care.lantern.staff.entity.IssuedPassword;
import care.lantern.staff.entity.NewStaffMember;
import care.lantern.staff.entity.StaffMember;
import care.lantern.staff.entity.StaffRole;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Staff accounts, created by a platform administrator with a generated password that is shown once;
 * the demo accounts of demo mode.
 */
@Stateless
public class StaffAccounts {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @PersistenceContext private EntityManager em;

  @Inject private StaffPasswords passwords;

  @Inject private Clock clock;

  /** A new account with a generated password, or field-level problems. */
  public IssuedPassword create(NewStaffMember request) {
    List<FieldError> errors = new ArrayList<>();
    String email = StaffMember.normalizedEmail(request.email());
    if (!EMAIL.matcher(email).matches() || email.length() > 254) {
      errors.add(new FieldError("email", "Enter the person's work email address."));
    } else if (exists(email)) {
      errors.add(new FieldError("email", "An account with this email already exists."));
    }
    String name = request.name() == null ? "" : request.name().trim();
    if (name.isEmpty() || name.length() > 120) {
      errors.add(new FieldError("name", "Enter the person's name (at most 120 characters)."));
    }
    StaffRole role = parseRole(request.role(), errors);
    Set<Long> clinics =
        new TreeSet<>(request.clinicIds() == null ? List.of() : request.clinicIds());
    if (clinics.isEmpty()) {
      errors.add(new FieldError("clinicIds", "Name at least one clinic the person works at."));
    }
    clinics.stream()
        .filter(id -> id == null || em.find(Clinic.class, id) == null)
        .findFirst()
        .ifPresent(
            id -> errors.add(new FieldError("clinicIds", "Clinic " + id + " does not exist.")));
    if (!errors.isEmpty()) {
      throw new InvalidStaffInputException(errors);
    }
    String password = passwords.generate();
    StaffMember member =
        new StaffMember(
            email,
            name,
            passwords.hash(password.toCharArray()),
            role,
            clinics,
            false,
            clock.instant());
    em.persist(member);
    em.flush();
    return new IssuedPassword(member.getId(), email, role, clinics, password);
  }

  /** A demo account, unless one with this email exists; false when it did. */
  public boolean createDemoOnce(
      String email, String name, String password, StaffRole role, long clinicId) {
    if (exists(email)) {
      return false;
    }
    em.persist(
        new StaffMember(
            email,
            name,
            passwords.hash(password.toCharArray()),
            role,
            Set.of(clinicId),
            true,
            clock.instant()));
    em.flush();
    return true;
  }

  private boolean exists(String email) {
    return !em.createNamedQuery("StaffMember.byEmail", StaffMember.class)
        .setParameter("email", StaffMember.normalizedEmail(email))
        .getResultList()
        .isEmpty();
  }

  private static StaffRole parseRole(String role, List<FieldError> errors) {
    if (role == null || role.isBlank()) {
      return StaffRole.STAFF;
    }
    try {
      return StaffRole.valueOf(role.trim().toUpperCase());
    } catch (IllegalArgumentException unknown) {
      errors.add(new FieldError("role", "Use STAFF or ADMIN."));
      return StaffRole.STAFF;
    }
  }
}
