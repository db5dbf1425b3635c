package care.lantern.screening.control;

import care.lantern.screening.entity.TakenScreening;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
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
 * by default. Payara implements JCache over its Hazelcast data grid, so both modules of an instance
 * and every instance of a cluster see the same screenings, and a reload may land on any of them.
 * Nothing is written to disk.
 *
 * <p>The cache holds each screening as JSON text ({@link ScreeningJson}), never as an object of
 * this module's classes, which each module has its own copy of. The name says so: the first version
 * of this cache, {@code lantern-recent-screenings}, held {@code TakenScreening} objects, and a
 * member still running that version writes there, not here; its screenings read as expired on
 * members of this version instead of failing their pages.
 *
 * <p>The cache manager is Payara's, injected: {@code Caching.getCachingProvider()} would find
 * Hazelcast's own provider, which in Payara is the client one and waits for ever for a cluster to
 * connect to, instead of Payara's provider for its embedded data grid (also bound at {@code
 * payara/CachingProvider}).
 */
@ApplicationScoped
public class RecentScreenings {

  static final String CACHE_NAME = "lantern-recent-screenings-json";
  static final Duration KEPT_FOR = new Duration(TimeUnit.HOURS, 2);

  private static final Logger LOG = Logger.getLogger(RecentScreenings.class.getName());

  /** Ids are random UUIDs; anything else is not looked up at all. */
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @Inject private CacheManager manager;

  private final ScreeningJson json = new ScreeningJson();

  private Cache<String, String> cache;

  @PostConstruct
  void open() {
    Cache<String, String> existing = manager.getCache(CACHE_NAME);
    cache = existing != null ? existing : create(manager);
  }

  private static Cache<String, String> create(CacheManager manager) {
    MutableConfiguration<String, String> configuration =
        new MutableConfiguration<String, String>()
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
    cache.put(screening.id(), json.write(screening));
  }

  /**
   * The screening with this id, unless it was never taken or has expired. A kept text that this
   * version cannot read counts as expired: the person is asked to take the screening again rather
   * than shown an error.
   */
  public Optional<TakenScreening> find(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    String kept = cache.get(id);
    if (kept == null) {
      return Optional.empty();
    }
    Optional<TakenScreening> screening = json.read(kept);
    if (screening.isEmpty()) {
      // The id is random, not the person's; the text holds their answers and is not logged.
      LOG.log(Level.WARNING, "Kept screening unreadable, treated as expired: id={0}", id);
    }
    return screening;
  }
}
