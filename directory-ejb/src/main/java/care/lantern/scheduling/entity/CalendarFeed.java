package care.lantern.scheduling.entity;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.platform.entity.Secrets;
import care.lantern.platform.entity.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A provider's calendar subscription link at one clinic, for Google Calendar or Outlook, which
 * fetch it without signing in: the link's secret token is the only key. Only a SHA-256 hash of the
 * token is kept, so the link is shown once when issued; issuing again replaces the hash, and the
 * old link stops working at once.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(
    name = "CalendarFeed.byTokenHash",
    query = "SELECT f FROM CalendarFeed f WHERE f.tokenHash = :hash")
@NamedQuery(
    name = "CalendarFeed.of",
    query =
        "SELECT f FROM CalendarFeed f WHERE f.provider.id = :provider AND f.clinic.id = :clinic")
@NamedQuery(
    name = "CalendarFeed.ofClinic",
    query = "SELECT f FROM CalendarFeed f WHERE f.clinic.id = :clinic")
@NamedQuery(
    name = "CalendarFeed.appointments",
    query =
        "SELECT a FROM Appointment a WHERE a.provider.id = :provider AND a.clinic.id = :clinic"
            + " AND a.status <> care.lantern.scheduling.entity.AppointmentStatus.CANCELLED"
            + " AND a.end > :from AND a.start < :to ORDER BY a.start, a.id")
public class CalendarFeed extends OnCalendar {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_feed_seq")
  @SequenceGenerator(
      name = "calendar_feed_seq",
      sequenceName = "calendar_feed_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "issued_at", nullable = false)
  private OffsetDateTime issuedAt;

  @Version private long version;

  protected CalendarFeed() {}

  private CalendarFeed(Provider provider, Clinic clinic) {
    super(provider, clinic);
  }

  /** A new feed and its token. */
  public static Issued issue(Provider provider, Clinic clinic, Instant now) {
    CalendarFeed feed = new CalendarFeed(provider, clinic);
    return new Issued(feed, feed.reissue(now));
  }

  /** A feed and its token in plain text, which only the caller ever sees. */
  public record Issued(CalendarFeed feed, String token) {}

  /** A new token for this feed; the one before stops working. */
  public String reissue(Instant now) {
    String token = Secrets.urlToken();
    this.tokenHash = hash(token);
    this.issuedAt = now.atOffset(ZoneOffset.UTC);
    return token;
  }

  /** The hash a token is looked up by. */
  public static String hash(String token) {
    return Sha256.hex(token);
  }

  public Instant issuedAt() {
    return issuedAt.toInstant();
  }
}
