package care.lantern.staff.entity;

import java.util.List;

/** A platform administrator's request for a staff account, as typed. */
public record NewStaffMember(String email, String name, String role, List<Long> clinicIds) {}
