package care.lantern.screening.control;

import care.lantern.screening.entity.TakenScreening;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;

/**
 * The screenings taken in the last two hours, by id, in a JCache cache: long enough to show the
 * result again and to share it with a clinic when booking, short enough that answers are not kept
 * by default. Payara implements JCache over its Hazelcast data grid, so every instance of a cluster
 * sees the same screenings and a reload may land on any of them. Nothing is written to disk.
 *
 * <p>The cache manager is Payara's, injected: {@code Caching.getCachingProvider()} would find
 * Hazelcast's own provider, which in Payara is the client one and waits for ever for a cluster to
 * connect to, instead of Payara's provider for its embedded data grid (also bound at {@code
 * payara/CachingProvider}), whose cache manager reads cached values with the application's classes.
 */
@ApplicationScoped
public class RecentScreenings {

  static final String CACHE_NAME = "lantern-recent-screenings";
  static final Duration KEPT_FOR = new Duration(TimeUnit.HOURS, 2);

  /** Ids are random UUIDs; anything else is not looked up at all. */
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @Inject private CacheManager manager;

  private Cache<String, TakenScreening> cache;

  @PostConstruct
  void open() {
    Cache<String, TakenScreening> existing = manager.getCache(CACHE_NAME);
    cache = existing != null ? existing : create(manager);
  }

  private static Cache<String, TakenScreening> create(CacheManager manager) {
    MutableConfiguration<String, TakenScreening> configuration =
        new MutableConfiguration<String, TakenScreening>()
            .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(KEPT_FOR))
            .setStoreByValue(true);
    try {
      return manager.createCache(CACHE_NAME, configuration);
    } catch (CacheException createdMeanwhile) {
      // Another module or cluster member created it between our look-up and our create.
      return manager.getCache(CACHE_NAME);
    }
  }

  public void keep(TakenScreening screening) {
    cache.put(screening.id(), screening);
  }

  /** The screening with this id, unless it was never taken or has expired. */
  public Optional<TakenScreening> find(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return Optional.ofNullable(cache.get(id));
  }
}
