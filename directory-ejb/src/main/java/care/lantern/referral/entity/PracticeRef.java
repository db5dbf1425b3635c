package care.lantern.referral.entity;

/** The practice an API key belongs to: who is calling, and whose referrals they may see. */
public record PracticeRef(long id, String name) {}
