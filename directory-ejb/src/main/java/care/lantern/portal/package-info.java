/**
 * The clinic portal's read views that span components: an appointment with the screening its
 * patient shared and the referral it was booked for, the signed-in member of staff and their
 * clinics, the audit trail. It changes nothing itself: each change goes through the component that
 * owns the data.
 *
 * <p>May call: every component but demo.
 */
package care.lantern.portal;
