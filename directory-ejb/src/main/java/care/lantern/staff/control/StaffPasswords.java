package care.lantern.staff.control;

import care.lantern.platform.entity.Secrets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Optional;

/**
 * Staff passwords, hashed with Jakarta Security's PBKDF2 (HMAC-SHA512, 210,000 iterations as OWASP
 * recommends) and never kept in any other form.
 */
@ApplicationScoped
public class StaffPasswords {

  /** Long enough to resist guessing; short enough to type. */
  public static final int MINIMUM_LENGTH = 12;

  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final int GENERATED_LENGTH = 20;
  @Inject private Pbkdf2PasswordHash hash;

  /** Compared against when the email is unknown, so both answers take as long. */
  private String unmatchable;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    unmatchable = hash.generate(generate().toCharArray());
  }

  public String hash(char[] password) {
    return hash.generate(password);
  }

  public boolean verify(char[] password, Optional<String> stored) {
    boolean matches = hash.verify(password, stored.orElse(unmatchable));
    return matches && stored.isPresent();
  }

  /** A random password for a new account, shown once to the administrator who created it. */
  public String generate() {
    return Secrets.drawn(ALPHABET, GENERATED_LENGTH);
  }
}
