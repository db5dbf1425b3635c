package care.lantern.referral.boundary;

import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.NotFoundException;
import care.lantern.referral.control.Practices;
import care.lantern.referral.entity.ApiKey;
import care.lantern.referral.entity.InvalidReferralException;
import care.lantern.referral.entity.IssuedKey;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /**
   * A new practice with its first API key; with {@code webhookUrl} (absolute http or https) it also
   * gets a webhook secret, and every status change of its referrals is delivered there.
   */
  public IssuedKey register(String name, String webhookUrl) {
    List<FieldError> errors = new ArrayList<>();
    String trimmed = name == null ? "" : name.trim();
    if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
      errors.add(new FieldError("name", "Give the practice's name, 1 to 200 characters."));
    }
    Optional<String> hook =
        Optional.ofNullable(webhookUrl).map(String::trim).filter(url -> !url.isEmpty());
    if (hook.isPresent() && !isHttpUrl(hook.get())) {
      errors.add(new FieldError("webhookUrl", "Give an absolute http or https URL."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidReferralException(errors);
    }
    IssuedKey issued = practices.register(trimmed, hook, clock.instant());
    LOG.info(() -> "Practice " + issued.practiceId() + " registered with key " + issued.keyId());
    return issued;
  }

  private static boolean isHttpUrl(String url) {
    try {
      URI uri = new URI(url);
      return uri.isAbsolute()
          && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null
          && url.length() <= 2000;
    } catch (URISyntaxException malformed) {
      return false;
    }
  }

  /** Revokes the key at once; it is refused from the next request on. */
  public Instant revoke(long keyId) {
    ApiKey key = practices.findKeyById(keyId).orElseThrow(() -> new NotFoundException("API key"));
    key.revoke(clock.instant());
    LOG.info(() -> "API key " + keyId + " revoked");
    return key.revokedAt().orElseThrow();
  }
}
