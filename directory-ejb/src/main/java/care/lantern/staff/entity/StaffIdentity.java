package care.lantern.staff.entity;

import java.util.Set;

/** The signed-in member of staff, as every portal boundary sees them. */
public record StaffIdentity(
    long id, String email, String displayName, StaffRole role, Set<Long> clinicIds) {

  public boolean isAdmin() {
    return role == StaffRole.ADMIN;
  }

  public boolean belongsTo(long clinicId) {
    return clinicIds.contains(clinicId);
  }
}
