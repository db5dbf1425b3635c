package care.lantern.staff.entity;

/** What a member of a clinic's staff may do in the portal. */
public enum StaffRole {
  /** Front desk and clinicians: calendars, availability, referrals, attendance. */
  STAFF,
  /** Everything staff do, plus reading the clinic's audit trail. */
  ADMIN;

  /** The security group the identity store reports, and the web tier's role of the same name. */
  public String group() {
    return this == ADMIN ? "clinic-admin" : "clinic-staff";
  }
}
