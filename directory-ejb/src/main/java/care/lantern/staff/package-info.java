/**
 * Clinic staff: who they are, which clinics each belongs to, how they sign in, and the audit trail
 * of what they saw and changed.
 *
 * <p>{@link care.lantern.staff.boundary.StaffScope} is the one place that says which clinics the
 * signed-in person may see. Every portal boundary asks it before reading or changing anything, and
 * answers "not found" for another clinic's data, so that no URL, parameter or form field reaches
 * past the caller's own clinics. {@link care.lantern.staff.boundary.AuditTrail} records each view
 * or change of patient data in the same transaction as the work it describes.
 *
 * <p>May call: platform, directory.
 */
package care.lantern.staff;
