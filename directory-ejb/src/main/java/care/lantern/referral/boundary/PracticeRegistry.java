package care.lantern.referral.boundary;

import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.NotFoundException;
import care.lantern.referral.control.Practices;
import care.lantern.referral.entity.ApiKey;
import care.lantern.referral.entity.InvalidReferralException;
import care.lantern.referral.entity.IssuedKey;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * What a platform administrator does for referring practices: register one (with its first API key)
 * and revoke keys. Keys are shown once, when issued, and stored only as hashes.
 */
@Stateless
public class PracticeRegistry {

  static final int MAX_NAME = 200;

  private static final Logger LOG = Logger.getLogger(PracticeRegistry.class.getName());

  @Inject private Practices practices;

  @Inject private Clock clock;

  public IssuedKey register(String name) {
    String trimmed = name == null ? "" : name.trim();
    if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
      throw new InvalidReferralException(
          List.of(new FieldError("name", "Give the practice's name, 1 to 200 characters.")));
    }
    IssuedKey issued = practices.register(trimmed, clock.instant());
    LOG.info(() -> "Practice " + issued.practiceId() + " registered with key " + issued.keyId());
    return issued;
  }

  /** Revokes the key at once; it is refused from the next request on. */
  public Instant revoke(long keyId) {
    ApiKey key = practices.findKeyById(keyId).orElseThrow(() -> new NotFoundException("API key"));
    key.revoke(clock.instant());
    LOG.info(() -> "API key " + keyId + " revoked");
    return key.revokedAt().orElseThrow();
  }
}
