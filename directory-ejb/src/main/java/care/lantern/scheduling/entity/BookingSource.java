package care.lantern.scheduling.entity;

/**
 * How the appointment came to be booked: by the patient after a search, a screening's
 * recommendation or a referral, or by the clinic's staff (treatment sessions).
 */
public enum BookingSource {
  SEARCH,
  SCREENING,
  REFERRAL,
  CLINIC
}
