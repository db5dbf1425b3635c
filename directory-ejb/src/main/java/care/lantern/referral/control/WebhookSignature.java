package care.lantern.referral.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Lantern-Signature} header of a webhook delivery: {@code t=<unix seconds>,v1=<hex>},
 * where {@code v1} is HMAC-SHA256 with the practice's webhook secret over {@code <t>.<body>}.
 * Signing the time with the body lets a receiver refuse replays of old deliveries.
 */
public final class WebhookSignature {

  public static final String HEADER = "Lantern-Signature";
  public static final String DELIVERY_HEADER = "Lantern-Delivery";

  private WebhookSignature() {}

  public static String header(String secret, Instant at, String body) {
    long t = at.getEpochSecond();
    return "t=" + t + ",v1=" + hmac(secret, t + "." + body);
  }

  static String hmac(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("Every Java runtime has HmacSHA256", impossible);
    }
  }
}
