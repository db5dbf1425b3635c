package care.lantern.api.referral;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(JSON.toJson(request).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
    }
  }
}
