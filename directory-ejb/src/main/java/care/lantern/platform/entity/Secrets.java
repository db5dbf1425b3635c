package care.lantern.platform.entity;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random secrets and codes (manage tokens, feed tokens, API keys, generated passwords, booking
 * references), all from one {@link SecureRandom}: the one place that says how Lantern draws them.
 */
public final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int TOKEN_BYTES = 32;

  private Secrets() {}

  /** {@code length} characters, each drawn uniformly from {@code alphabet}. */
  public static String drawn(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  /** 256 random bits, URL-safe base64 without padding: the key of a link or a feed. */
  public static String urlToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
