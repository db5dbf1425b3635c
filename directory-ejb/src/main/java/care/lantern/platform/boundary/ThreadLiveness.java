package care.lantern.platform.boundary;

import care.lantern.platform.control.ThisModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * {@code /health/live} is DOWN only when threads of this JVM are deadlocked: a state no wait cures,
 * so an orchestrator should restart the node. It asks nothing of the database or any other service
 * on purpose: a slow or absent database makes a node not ready ({@link DatabaseReadiness}), and
 * restarting healthy nodes for it would only add cold starts to the outage.
 */
@Liveness
@ApplicationScoped
public class ThreadLiveness implements HealthCheck {

  @Inject private ThisModule module;

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  @Override
  public HealthCheckResponse call() {
    long[] deadlocked = threads.findDeadlockedThreads();
    int count = deadlocked == null ? 0 : deadlocked.length;
    return HealthCheckResponse.named("threads")
        .status(count == 0)
        .withData("deadlocked", count)
        .withData("module", module.name())
        .build();
  }
}
