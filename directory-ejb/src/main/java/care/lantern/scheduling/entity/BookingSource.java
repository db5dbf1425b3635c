package care.lantern.scheduling.entity;

/** How the patient came to book: a search, a screening's recommendation, or a referral. */
public enum BookingSource {
  SEARCH,
  SCREENING,
  REFERRAL
}
