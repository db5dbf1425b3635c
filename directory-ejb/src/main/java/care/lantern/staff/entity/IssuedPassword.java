package care.lantern.staff.entity;

import java.util.Set;

/** A staff account just created: {@code password} is shown this once and kept only as a hash. */
public record IssuedPassword(
    long staffId, String email, StaffRole role, Set<Long> clinicIds, String password) {}
