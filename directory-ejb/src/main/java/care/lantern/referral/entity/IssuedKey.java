package care.lantern.referral.entity;

/** An API key just issued: {@code key} is shown this once and kept only as a hash. */
public record IssuedKey(long practiceId, String practiceName, long keyId, String key) {}
