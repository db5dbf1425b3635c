package care.lantern.staff.entity;

/** What a member of staff did with patient data, as the audit trail names it. */
public enum AuditAction {
  VIEW_CALENDAR("Viewed a calendar"),
  VIEW_APPOINTMENT("Viewed an appointment"),
  MARK_ATTENDED("Marked attended"),
  MARK_NO_SHOW("Marked no-show"),
  CANCEL_APPOINTMENT("Cancelled an appointment"),
  BOOK_SESSION("Booked a treatment session"),
  CHANGE_AVAILABILITY("Changed availability"),
  VIEW_AVAILABILITY_CONFLICTS("Viewed appointments outside availability"),
  VIEW_REFERRALS("Viewed the referral inbox"),
  VIEW_REFERRAL("Viewed a referral"),
  ACCEPT_REFERRAL("Accepted and scheduled a referral"),
  DECLINE_REFERRAL("Declined a referral"),
  ISSUE_CALENDAR_FEED("Issued a calendar feed link");

  private final String label;

  AuditAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
