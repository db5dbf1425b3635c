package care.lantern.api.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;

/**
 * In a test deployment only: creates the cache of recent screenings before the application first
 * opens it, with the same expiry policy but seconds long instead of two hours, so that a test can
 * see a screening really expire. The two hours are the cache's own expiry, not a rule read from the
 * application's {@code Clock}, so no clock a test could move would make a screening expire. The
 * application opens the cache it finds, as when another module or cluster member created it first;
 * if the application opened it first, creating it here fails the deployment.
 */
@ApplicationScoped
public class ScreeningsKeptBriefly {

  /** The name the screening component gives its cache. */
  static final String CACHE_NAME = "lantern-recent-screenings";

  static final Duration KEPT_FOR = Duration.ofSeconds(10);

  @Inject private CacheManager manager;

  void createBeforeFirstUse(@Observes @Initialized(ApplicationScoped.class) Object started) {
    manager.createCache(
        CACHE_NAME,
        new MutableConfiguration<>()
            .setExpiryPolicyFactory(
                CreatedExpiryPolicy.factoryOf(
                    new javax.cache.expiry.Duration(TimeUnit.SECONDS, KEPT_FOR.toSeconds())))
            .setStoreByValue(true));
  }
}
