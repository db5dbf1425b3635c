package care.lantern.api.referral;

import care.lantern.platform.entity.Sha256;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * The fingerprint an {@code Idempotency-Key} is bound to: SHA-256 over the request as read, written
 * back as JSON with properties in a fixed order and absent values left out. Two bodies that mean
 * the same (other spacing, other key order, an explicit null) therefore have the same fingerprint.
 */
final class CanonicalBody {

  private static final Jsonb JSON =
      JsonbBuilder.create(new JsonbConfig().withPropertyOrderStrategy("LEXICOGRAPHICAL"));

  private CanonicalBody() {}

  static String sha256(Object request) {
    return Sha256.hex(JSON.toJson(request));
  }
}
