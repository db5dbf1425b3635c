package care.lantern.referral.entity;

import java.util.Optional;

/**
 * An API key just issued: {@code key} is shown this once and kept only as a hash. {@code
 * webhookSecret}, when the practice registered a webhook, signs its deliveries and is shown once
 * too.
 */
public record IssuedKey(
    long practiceId, String practiceName, long keyId, String key, Optional<String> webhookSecret) {}
