package care.lantern.search.control;

import care.lantern.platform.control.ThisModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} is DOWN while this module has not read the calendar change notices for
 * {@link #NOT_READY_AFTER}: its searches are then answered in SQL (correct, but slow), and a load
 * balancer should send patients to a node that keeps up. A shorter lapse only moves searches to SQL
 * ({@link SearchIndex#BEHIND_AFTER}), so that a busy moment does not take a node out.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

  static final Duration NOT_READY_AFTER = Duration.ofSeconds(10);

  @Inject private SearchIndex index;

  @Inject private ThisModule module;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("search-index")
        .status(index.readChangesWithin(NOT_READY_AFTER))
        .withData("inMemory", index.ready().isPresent())
        .withData("module", module.name())
        .build();
  }
}
