package care.lantern.api.scheduling;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
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
 * application opens the cache it finds, as when another module or cluster member created it first.
 *
 * <p>A CDI extension, because the demo data's start-up beans already use the cache before any bean
 * of the web module hears that the application started; if the application opened it first anyway,
 * creating it here fails the deployment.
 */
public class ScreeningsKeptBriefly implements Extension {

  /** The name the screening component gives its cache. */
  static final String CACHE_NAME = "lantern-recent-screenings-json";

  static final Duration KEPT_FOR = Duration.ofSeconds(10);

  void createBeforeFirstUse(@Observes AfterDeploymentValidation validated, BeanManager beans) {
    Bean<?> bean = beans.resolve(beans.getBeans(CacheManager.class));
    CacheManager manager =
        (CacheManager)
            beans.getReference(bean, CacheManager.class, beans.createCreationalContext(bean));
    manager.createCache(
        CACHE_NAME,
        new MutableConfiguration<>()
            .setExpiryPolicyFactory(
                CreatedExpiryPolicy.factoryOf(
                    new javax.cache.expiry.Duration(TimeUnit.SECONDS, KEPT_FOR.toSeconds())))
            .setStoreByValue(true));
  }
}
