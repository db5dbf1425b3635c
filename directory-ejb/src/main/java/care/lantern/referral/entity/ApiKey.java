package care.lantern.referral.entity;

import care.lantern.platform.entity.Secrets;
import care.lantern.platform.entity.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A practice's API key. A key reads {@code lk_<prefix>_<secret>}: the prefix finds the row, and
 * only a SHA-256 hash of the whole key is kept, so the key itself is shown once when issued and
 * never again. The contract's demo key has no prefix of its own and is flagged {@code demo}, so it
 * can be refused whenever demo mode is off.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = "ApiKey.byPrefix", query = "SELECT k FROM ApiKey k WHERE k.prefix = :prefix")
public class ApiKey {

  /** The physician key of the contract's demo mode. */
  public static final String DEMO_KEY = "lantern-demo-key";

  static final String DEMO_PREFIX = "demo";
  private static final Pattern FORMAT = Pattern.compile("lk_([a-z0-9]{10})_([A-Za-z0-9]{32})");
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String SECRET_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
  @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "practice_id")
  private Practice practice;

  @Column(nullable = false, unique = true, length = 32)
  private String prefix;

  @Column(name = "key_hash", nullable = false, length = 64)
  private String keyHash;

  @Column(nullable = false)
  private boolean demo;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  protected ApiKey() {}

  private ApiKey(Practice practice, String prefix, String key, boolean demo, Instant now) {
    this.practice = practice;
    this.prefix = prefix;
    this.keyHash = hash(key);
    this.demo = demo;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /** A new key and its plain text, which only the caller ever sees. */
  public record Issued(ApiKey apiKey, String plainKey) {}

  public static Issued issue(Practice practice, Instant now) {
    String prefix = Secrets.drawn(ALPHABET, 10);
    String key = "lk_" + prefix + "_" + Secrets.drawn(SECRET_ALPHABET, 32);
    return new Issued(new ApiKey(practice, prefix, key, false, now), key);
  }

  /** 32 random letters and digits, for secrets shown once. */
  public static String randomSecret() {
    return Secrets.drawn(SECRET_ALPHABET, 32);
  }

  /** The demo key, for the demo practice only; accepted only while demo mode is on. */
  public static ApiKey demo(Practice practice, Instant now) {
    return new ApiKey(practice, DEMO_PREFIX, DEMO_KEY, true, now);
  }

  /** The prefix to look {@code presented} up by, if it has the shape of a key at all. */
  public static Optional<String> lookupPrefix(String presented) {
    if (presented == null) {
      return Optional.empty();
    }
    if (DEMO_KEY.equals(presented)) {
      return Optional.of(DEMO_PREFIX);
    }
    Matcher key = FORMAT.matcher(presented);
    return key.matches() ? Optional.of(key.group(1)) : Optional.empty();
  }

  /**
   * Whether {@code presented} is this key and may be used now: not revoked, and the demo key only
   * in demo mode. The hashes are compared in constant time.
   */
  public boolean accepts(String presented, boolean demoMode) {
    return revokedAt == null
        && (!demo || demoMode)
        && MessageDigest.isEqual(
            keyHash.getBytes(StandardCharsets.US_ASCII),
            hash(presented).getBytes(StandardCharsets.US_ASCII));
  }

  /** Revokes at once; revoking twice keeps the first time. */
  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now.atOffset(ZoneOffset.UTC);
    }
  }

  public Long getId() {
    return id;
  }

  public Practice getPractice() {
    return practice;
  }

  public String getPrefix() {
    return prefix;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt).map(OffsetDateTime::toInstant);
  }

  static String hash(String value) {
    return Sha256.hex(value);
  }
}
