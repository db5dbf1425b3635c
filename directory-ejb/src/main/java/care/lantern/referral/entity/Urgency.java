package care.lantern.referral.entity;

/** How soon the referring physician wants the patient seen. */
public enum Urgency {
  ROUTINE,
  URGENT
}
