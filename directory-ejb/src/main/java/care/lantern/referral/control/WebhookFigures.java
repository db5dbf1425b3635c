package care.lantern.referral.control;

import care.lantern.platform.control.ThisModule;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The webhook outbox's figures for {@code /metrics} (application scope): how many deliveries wait
 * to be sent, and how long the oldest due one has waited past its time (0 while the dispatcher
 * keeps up). Read only when {@code /metrics} is scraped, with one query on the outbox's index on
 * {@code next_attempt_at}, at most once per {@link #FRESH_FOR}, never on a patient's request.
 */
@ApplicationScoped
public class WebhookFigures {

  private static final Logger LOG = Logger.getLogger(WebhookFigures.class.getName());

  static final Duration FRESH_FOR = Duration.ofSeconds(5);

  private static final String PENDING =
      "SELECT COUNT(*), MIN(next_attempt_at) FROM webhook_delivery"
          + " WHERE next_attempt_at IS NOT NULL";

  /** The outbox as last read; unknown (-1) while the database does not answer. */
  record Backlog(long pending, double oldestDueSeconds, Instant readAt) {
    static final Backlog UNKNOWN = new Backlog(-1, -1, Instant.MIN);
  }

  @Resource(lookup = "jdbc/lantern")
  private DataSource dataSource;

  @Inject private MetricRegistry registry;

  @Inject private ThisModule module;

  @Inject private Clock clock;

  private volatile Backlog last = Backlog.UNKNOWN;

  @PostConstruct
  void register() {
    registry.gauge(
        Metadata.builder()
            .withName("lantern.webhooks.pending")
            .withDescription("Webhook deliveries not yet delivered nor abandoned (-1: unknown)")
            .build(),
        () -> backlog().pending(),
        module.tag());
    registry.gauge(
        Metadata.builder()
            .withName("lantern.webhooks.oldest.due.age")
            .withDescription(
                "How long the oldest due webhook delivery has waited past its time (-1: unknown)")
            .withUnit(MetricUnits.SECONDS)
            .build(),
        () -> backlog().oldestDueSeconds(),
        module.tag());
  }

  /** Registers the gauges at start, so that they are there before the first referral. */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {}

  private Backlog backlog() {
    Instant now = clock.instant();
    Backlog known = last;
    if (known.readAt().plus(FRESH_FOR).isAfter(now)) {
      return known;
    }
    Backlog read = read(now).orElse(Backlog.UNKNOWN);
    last = read;
    return read;
  }

  private Optional<Backlog> read(Instant now) {
    try (Connection db = dataSource.getConnection();
        Statement query = db.createStatement();
        ResultSet row = query.executeQuery(PENDING)) {
      row.next();
      OffsetDateTime oldest = row.getObject(2, OffsetDateTime.class);
      double late =
          oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now).toMillis());
      return Optional.of(new Backlog(row.getLong(1), late / 1000, now));
    } catch (SQLException unknown) {
      LOG.log(Level.FINE, "Webhook outbox not read for /metrics", unknown);
      return Optional.empty();
    }
  }
}
