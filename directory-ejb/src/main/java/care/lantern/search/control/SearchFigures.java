package care.lantern.search.control;

import care.lantern.platform.control.ThisModule;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The search's figures for {@code /metrics} (application scope): how many searches and how long
 * they took, and how far this module's search index lags behind the calendars' changes. The gauges
 * read fields in memory, so a scrape costs the database nothing.
 */
@ApplicationScoped
public class SearchFigures {

  @Inject private MetricRegistry registry;

  @Inject private ThisModule module;

  @Inject private SearchIndex index;

  private Timer searches;

  // The timer keeps the default unit, nanoseconds, which /metrics converts to seconds throughout;
  // declared in seconds, Payara printed its quantiles and maximum in nanoseconds (6.2025.10).
  @PostConstruct
  void register() {
    searches =
        registry.timer(
            Metadata.builder()
                .withName("lantern.searches")
                .withDescription("Provider searches asked for by patients, valid or not")
                .build(),
            module.tag());
    registry.gauge(
        Metadata.builder()
            .withName("lantern.search.index.lag")
            .withDescription(
                "Time since this module's search index last read the calendar change notices"
                    + " (-1 before its first read); over 1 s searches go to SQL, over 10 s it is"
                    + " not ready")
            .withUnit(MetricUnits.SECONDS)
            .build(),
        () -> index.changesUnreadFor().map(SearchFigures::seconds).orElse(-1.0),
        module.tag());
    registry.gauge(
        Metadata.builder()
            .withName("lantern.search.index.ready")
            .withDescription("1 while searches are answered from memory, 0 while they go to SQL")
            .build(),
        () -> index.ready().isPresent() ? 1 : 0,
        module.tag());
  }

  /** Registers the figures at start, so that /metrics shows them before the first use. */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {}

  /** Times one search until the context is closed. */
  public Timer.Context searchStarted() {
    return searches.time();
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}
