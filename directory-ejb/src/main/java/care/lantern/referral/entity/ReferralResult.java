package care.lantern.referral.entity;

/**
 * The answer to a submitted referral. {@code replayed} tells that the same request was sent before
 * under the same {@code Idempotency-Key} and this is the referral it created then.
 */
public record ReferralResult(ReferralView referral, boolean replayed) {}
